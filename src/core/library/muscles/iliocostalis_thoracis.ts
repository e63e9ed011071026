import type { Muscle } from '../types.ts';

export const iliocostalisThoracis: Muscle = {
  id: 'iliocostalis_thoracis',
  name: 'Iliocostalis thoracis',
  summary: {
    text: 'The outer column of the long back muscles at the level of the lower ribs, just above the waist. It helps hold the back upright and bend it to the side.',
    sources: ['ts1-ch48', 'namtpt-paraspinals'],
  },
  trps: [
    {
      id: 'iliocostalis_thoracis.t11',
      muscle: 'iliocostalis_thoracis',
      name: 'At the eleventh thoracic vertebra (lower ribs)',
      location: {
        text: 'In the outer column of the back muscles over the lower ribs, at about the level of the eleventh thoracic vertebra: a little above the waist, two to three finger-widths out from the spine.',
        sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-location'],
        uncertain: 'The level is not verified: one summary gives the ninth to tenth thoracic level.',
      },
      marker: [0.06, 1.16, -0.051],
      sitsIn: ['thoracolumbar_paraspinal'],
      zones: {
        essential: ['thoracolumbar_paraspinal'],
        spillover: ['lumbar_paraspinal_upper', 'abdomen_upper', 'upper_back'],
        sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-referral'],
        uncertain: 'Some details differ between the summaries of Travell & Simons.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain in the back at the level of the lower ribs, pulling toward the spine, sometimes reaching up toward the shoulder blade or round into the belly, points to this muscle.',
          sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-referral'],
        },
        {
          text: 'Pain high in the back between the shoulder blades, rather than low, is a reason to get medical advice the same day.',
          sources: ['redflagsymptoms-back-pain', 'sheffield-msk-back-pain'],
        },
        {
          text: 'Pain that runs far down into the buttock fits the lumbar part of the muscle (iliocostalis lumborum) or longissimus better.',
          sources: ['ts1-ch48', 'namtpt-paraspinals'],
        },
      ],
      symptoms: [],
      depth: 'deep',
    },
  ],
};
