import type { Muscle } from '../types.ts';

export const longissimusThoracis: Muscle = {
  id: 'longissimus_thoracis',
  name: 'Longissimus thoracis',
  summary: {
    text: 'The middle column of the long muscles that run up either side of the spine, from the base of the spine to the ribs. It holds the back upright; trigger points in its lower part can send pain a long way down.',
    sources: ['ts1-ch48', 'namtpt-paraspinals'],
  },
  trps: [
    {
      id: 'longissimus_thoracis.lower_thoracic',
      muscle: 'longissimus_thoracis',
      name: 'Lower chest-level back (tenth thoracic to first lumbar)',
      location: {
        text: 'In the column of muscle just beside the spine, between the level of the lower ribs and the top of the low back (about the tenth thoracic to the first lumbar vertebra).',
        sources: ['ts1-ch48', 'namtpt-paraspinals'],
        uncertain: 'The level is not verified.',
      },
      marker: [0.035, 1.15, -0.048],
      sitsIn: ['thoracolumbar_paraspinal'],
      zones: {
        essential: ['sij', 'buttock_lower_medial'],
        spillover: ['lumbar_paraspinal_lower', 'buttock_upper_medial'],
        sources: ['ts1-ch48', 'namtpt-paraspinals'],
        uncertain:
          'One summary sends the pain to the sacroiliac part of the buttock, others quote Travell & Simons as "lower buttock"; we list both as main zones.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain far below the trigger point, over the dimple at the back of the pelvis and low in the buttock, while the spot itself sits up at the level of the lower ribs, points to this muscle.',
          sources: ['ts1-ch48', 'namtpt-paraspinals'],
        },
        {
          text: 'The same area also gets pain from quadratus lumborum, gluteus maximus and piriformis; a tender spot high beside the spine that brings on your pain is the better sign.',
          sources: ['ts2-ch4', 'ts2-ch7', 'brainscape-trp-referral', 'medlink-piriformis', 'njoo-1994'],
        },
      ],
      symptoms: [],
      depth: 'superficial',
    },
  ],
};
