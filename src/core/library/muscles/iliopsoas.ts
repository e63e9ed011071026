import type { Muscle } from '../types.ts';

export const iliopsoas: Muscle = {
  id: 'iliopsoas',
  name: 'Iliopsoas (psoas and iliacus)',
  summary: {
    text: 'Two deep muscles inside the belly and pelvis that join into one tendon at the top of the inner thigh. Psoas starts on the sides of the lower spine; iliacus lines the inside of the hip bone. Together they are the main muscle that lifts the thigh, and they help steady the low back.',
    sources: ['nielasher-psoas', 'parker-iliopsoas'],
  },
  prevalence: {
    min: 5,
    max: 10,
    sources: ['monclus-diez-2025'],
    uncertain: 'These figures are for psoas.',
  },
  trps: [
    {
      id: 'iliopsoas.psoas_iliacus',
      muscle: 'iliopsoas',
      name: 'Psoas and iliacus (belly, inside the front hip bone, groin)',
      location: {
        text: 'Three places give the same pain: psoas, pressed through the belly wall beside the navel; iliacus, just inside the bony point at the front of the hip; and the lower end of the muscle, near the groin at the top of the front of the thigh.',
        sources: ['painalog-iliopsoas', 'ts2-iliopsoas', 'parker-iliopsoas'],
        uncertain: 'These are lay descriptions; Travell & Simons describe checking it through the belly, inside the hip bone and in the groin.',
      },
      marker: [0.075, 0.935, 0.121],
      sitsIn: ['abdomen_lower', 'groin'],
      zones: {
        essential: ['lumbar_paraspinal_upper', 'lumbar_paraspinal_lower', 'sij'],
        spillover: ['thoracolumbar_paraspinal', 'sacrum', 'buttock_upper_medial', 'groin', 'thigh_anterior_upper'],
        sources: ['nielasher-psoas', 'namtpt-iliopsoas', 'perry-iliopsoas', 'parker-iliopsoas', 'ts2-iliopsoas'],
        uncertain:
          'The sources describe the front pain (groin and upper front of the thigh) without saying whether it is a main or an occasional zone; we count it as occasional.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'People with this pain show it by running a hand up and down beside the spine, not across the back. The strip runs on one side from the bottom of the ribs to the base of the spine, a few centimetres wide.',
          sources: ['namtpt-iliopsoas', 'parker-iliopsoas', 'nielasher-psoas', 'perry-iliopsoas'],
        },
        {
          text: 'A strip beside the spine together with pain at the front of the thigh or the groin points to this muscle.',
          sources: ['namtpt-iliopsoas', 'perry-iliopsoas', 'parker-iliopsoas'],
        },
        {
          text: 'A band of pain straight across both sides of the low back fits the lower belly muscle (rectus abdominis) better.',
          sources: ['namtpt-iliopsoas'],
        },
        {
          text: 'It is worse standing up straight and milder sitting; lying down eases it.',
          sources: ['namtpt-iliopsoas', 'parker-iliopsoas'],
        },
        {
          text: 'Pain low in the belly from this muscle can look like appendicitis. Belly pain with fever, sickness or a tender belly needs a doctor.',
          sources: ['aberdeen-iliopsoas', 'bmj-best-practice-lbp'],
        },
      ],
      symptoms: [
        { id: 'standing_long', sources: ['namtpt-iliopsoas', 'parker-iliopsoas'] },
        { id: 'rising_from_sitting', sources: ['namtpt-iliopsoas', 'parker-iliopsoas'] },
      ],
      depth: 'abdominal',
    },
  ],
};
