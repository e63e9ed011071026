import type { Muscle, SourcedText, TriggerPoint } from '../types.ts';

/** Symptoms sourced for gluteus minimus (clinical-facts §2.4, §3). Shared by both parts. */
const GLUTEUS_MINIMUS_SYMPTOMS: TriggerPoint['symptoms'] = [
  { id: 'rising_from_sitting', sources: ['namtpt-gluteus-minimus', 'triggerpoints3d-gluteus-minimus'] },
  { id: 'getting_in_out_of_car', sources: ['namtpt-gluteus-minimus', 'triggerpoints3d-gluteus-minimus'] },
  { id: 'walking', sources: ['namtpt-gluteus-minimus', 'triggerpoints3d-gluteus-minimus'] },
  { id: 'lying_on_affected_side', sources: ['namtpt-gluteus-minimus', 'triggerpoints3d-gluteus-minimus'] },
  { id: 'turning_in_bed', sources: ['namtpt-gluteus-minimus', 'triggerpoints3d-gluteus-minimus'] },
];

const NERVE_LOOK_ALIKE: SourcedText = {
  text: 'Nerve-root pain (sciatica) can follow the same path. It tends to feel electric or shooting, with numbness, pins and needles or weakness. Gluteus minimus pain tends to be a deep ache. This is only a rule of thumb: numbness, tingling or weakness needs a doctor.',
  sources: ['learnandfeelbetter-gluteus-minimus', 'biologyinsights-sciatica', 'namtpt-gluteus-minimus'],
  uncertain: 'A rule of thumb from practitioner pages, not a tested sign.',
};

export const gluteusMinimus: Muscle = {
  id: 'gluteus_minimus',
  name: 'Gluteus minimus',
  summary: {
    text: 'The deepest of the three buttock muscles, lying under gluteus medius. It runs from the outer face of the hip bone to the front of the bony bump at the side of the hip, and helps lift the leg out to the side and keep the pelvis level. Its pain can run far down the leg, so it is sometimes called "pseudo-sciatica".',
    sources: ['stuart-hinds-gluteus-minimus', 'kent-gluteus-minimus-2011', 'ts2-ch9', 'painfreehealth-gluteus-minimus'],
  },
  trps: [
    {
      id: 'gluteus_minimus.anterior',
      muscle: 'gluteus_minimus',
      name: 'Front part (between the front hip bone and the side of the hip)',
      location: {
        text: 'Deep at the front-outer hip, between the bony point at the front of the hip and the bony bump at the side of the hip. It lies under the small muscle at the front of the hip (tensor fasciae latae) and the front of gluteus medius, just above the hip joint.',
        sources: ['keatsinhampstead-sciatica', 'bodyhealtherapy-minimus', 'triggerpoints3d-gluteus-minimus', 'stuart-hinds-gluteus-minimus'],
        uncertain: 'The exact spots vary between sources; the muscle has several trigger point sites in its front, middle and back fibres.',
      },
      marker: [0.151, 0.91, 0.05],
      sitsIn: ['hip_lateral'],
      zones: {
        essential: ['buttock_lower_lateral', 'hip_lateral', 'thigh_lateral_upper', 'thigh_lateral_lower', 'knee_lateral', 'leg_lateral'],
        spillover: ['ankle_lateral'],
        sources: ['ts2-ch9', 'painfreehealth-gluteus-minimus', 'namtpt-gluteus-minimus'],
        uncertain: 'The pain normally stops at the ankle; rarely it reaches the top of the foot, which is not listed here.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain that runs down the outside of the thigh and the outside of the lower leg toward the ankle points here more than to any other buttock muscle.',
          sources: ['ts2-ch9', 'painfreehealth-gluteus-minimus', 'triggerpoints3d-gluteus-minimus'],
        },
        {
          text: 'Pain down the side of the leg to the ankle with a normal straight-leg-raise test (lying on your back, a straight leg lifted by someone else) leans toward this muscle rather than a trapped nerve.',
          sources: ['aberdeen-gluteus-minimus'],
          uncertain: 'A practitioner cue, not validated.',
        },
        {
          text: 'Pain on the outer side of the lower leg from this muscle is often mistaken for a problem with the fifth lumbar nerve root.',
          sources: ['triggerpoints3d-gluteus-minimus'],
        },
        NERVE_LOOK_ALIKE,
        {
          text: 'Pain that stops at the buttock and hip, without the long leg line, fits gluteus medius better.',
          sources: ['ts2-ch8', 'namtpt-gluteus-medius', 'brainscape-trp-referral'],
        },
      ],
      symptoms: GLUTEUS_MINIMUS_SYMPTOMS,
      depth: 'deep',
    },
    {
      id: 'gluteus_minimus.posterior',
      muscle: 'gluteus_minimus',
      name: 'Back part (above the piriformis)',
      location: {
        text: 'Deep in the back part of the muscle, in the upper-outer buttock between the top of the hip bone and the bony bump at the side of the hip, just above the piriformis muscle.',
        sources: ['brookbush-gluteus-minimus', 'triggerpoints3d-gluteus-minimus', 'stuart-hinds-gluteus-minimus'],
        uncertain: 'Based on one practitioner description; the exact spot is uncertain.',
      },
      marker: [0.128, 0.91, -0.04],
      sitsIn: ['buttock_upper_lateral'],
      zones: {
        essential: ['buttock_lower_medial', 'thigh_posterior_upper', 'thigh_posterior_lower', 'calf'],
        spillover: ['knee_posterior'],
        sources: ['ts2-ch9', 'painfreehealth-gluteus-minimus', 'namtpt-gluteus-minimus'],
        uncertain: 'The back of the knee is our own inference: the pain runs from the back of the thigh to the calf and so likely passes it.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain in the lower-inner buttock running down the back of the thigh into the calf points here.',
          sources: ['ts2-ch9', 'painfreehealth-gluteus-minimus'],
        },
        {
          text: 'The pain can be strong and long-lasting, and its source is easy to miss: the muscle lies deep and far from where it hurts.',
          sources: ['ts2-ch9', 'painfreehealth-gluteus-minimus'],
        },
        NERVE_LOOK_ALIKE,
        {
          text: 'Pain that stays in the buttock and the upper back of the thigh, without reaching the calf, fits piriformis or gluteus maximus as well.',
          sources: ['medlink-piriformis', 'namtpt-piriformis', 'ts2-ch7', 'brainscape-trp-referral'],
        },
      ],
      symptoms: GLUTEUS_MINIMUS_SYMPTOMS,
      depth: 'deep',
    },
  ],
};
