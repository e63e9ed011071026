import type { Muscle } from '../types.ts';

export const tensorFasciaeLatae: Muscle = {
  id: 'tensor_fasciae_latae',
  name: 'Tensor fasciae latae',
  summary: {
    text: 'A small muscle at the front-outer hip. It starts at the bony point at the front of the hip and joins the long band of tissue down the outside of the thigh (the iliotibial band), just below the bony bump at the side of the hip. It helps gluteus medius and minimus steady the pelvis.',
    sources: ['finando-tfl', 'nielasher-tfl'],
  },
  trps: [
    {
      id: 'tensor_fasciae_latae.belly',
      muscle: 'tensor_fasciae_latae',
      name: 'Muscle belly (front-outer hip)',
      location: {
        text: 'In the belly of the muscle at the front-outer hip: a few finger-widths below and slightly behind the bony point at the front of the hip, in front of the bony bump at the side of the hip.',
        sources: ['finando-tfl', 'nielasher-tfl'],
      },
      marker: [0.151, 0.9, 0.06],
      sitsIn: ['hip_lateral', 'asis', 'thigh_anterior_upper'],
      zones: {
        essential: ['hip_lateral', 'thigh_lateral_upper', 'thigh_lateral_lower'],
        spillover: ['knee_lateral', 'thigh_anterior_upper'],
        sources: ['finando-tfl', 'nielasher-tfl', 'kent-tfl-2012', 'rpm-therapy-tfl'],
        uncertain: 'One weak source mentions pain as far as the calf; it is not listed.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'A deep ache at the front-outer hip that runs down the outside of the thigh toward the knee points to this muscle. It can look like trochanteric bursitis or iliotibial band syndrome.',
          sources: ['finando-tfl', 'nielasher-tfl', 'kent-tfl-2012'],
        },
        {
          text: 'Not being able to walk fast, not being able to lie on that side, and pain when standing up straight after sitting or driving with the hip bent all fit this muscle.',
          sources: ['finando-tfl', 'kent-tfl-2012'],
        },
        {
          text: 'Pain that goes on past the knee down the outside of the lower leg to the ankle fits gluteus minimus better.',
          sources: ['ts2-ch9', 'painfreehealth-gluteus-minimus'],
        },
        {
          text: 'In runners, pain right at the top of the hip bone where this muscle starts can come from the tendon attachment instead.',
          sources: ['bjsm-lateral-hip-2020'],
        },
      ],
      symptoms: [
        { id: 'walking', sources: ['finando-tfl', 'kent-tfl-2012'] },
        { id: 'lying_on_affected_side', sources: ['finando-tfl', 'kent-tfl-2012'] },
        { id: 'rising_from_sitting', sources: ['finando-tfl', 'kent-tfl-2012'] },
        { id: 'running', sources: ['finando-tfl'] },
      ],
      depth: 'superficial',
    },
  ],
};
