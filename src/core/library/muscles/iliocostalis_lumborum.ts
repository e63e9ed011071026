import type { Muscle } from '../types.ts';

export const iliocostalisLumborum: Muscle = {
  id: 'iliocostalis_lumborum',
  name: 'Iliocostalis lumborum',
  summary: {
    text: 'The outer column of the long muscles that run up either side of the spine, in the low back. It runs from the back of the hip bone up to the lower ribs and helps hold the back upright.',
    sources: ['ts1-ch48', 'namtpt-paraspinals', 'nielasher-lbp'],
  },
  prevalence: {
    min: 33,
    max: 38,
    sources: ['monclus-diez-2025', 'iglesias-gonzalez-2013'],
  },
  trps: [
    {
      id: 'iliocostalis_lumborum.l1',
      muscle: 'iliocostalis_lumborum',
      name: 'At the first lumbar vertebra (below the lowest ribs)',
      location: {
        text: 'In the outer column of the back muscles, just below the lowest ribs, at about the level of the first lumbar vertebra: a hand-width above the top of the hip bone, two to three finger-widths out from the spine.',
        sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-location'],
      },
      marker: [0.055, 1.1, -0.04],
      sitsIn: ['lumbar_paraspinal_upper', 'thoracolumbar_paraspinal'],
      zones: {
        essential: ['buttock_upper_medial', 'buttock_upper_lateral'],
        spillover: ['lumbar_paraspinal_upper', 'lumbar_paraspinal_lower', 'buttock_lower_medial', 'abdomen_lower'],
        sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-referral'],
        uncertain:
          'Summaries differ: one puts the pain over the middle of the buttock, another over the lower back and the lower buttock, sometimes the lower belly. How "mid-buttock" splits into our quarters is our own mapping.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain that travels down from the waist and gathers in the middle of the buttock, while the trigger point itself sits well above the hip bone, points to this muscle.',
          sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-referral'],
        },
        {
          text: 'Pain that gathers over the dimple at the back of the pelvis or low in the buttock fits longissimus better; pain along the top of the hip bone fits gluteus medius or quadratus lumborum better.',
          sources: ['ts1-ch48', 'namtpt-paraspinals', 'ts2-ch8', 'ts2-ch4', 'brainscape-trp-referral'],
        },
        {
          text: 'This is one of the muscles most often found with active trigger points in long-lasting low back pain.',
          sources: ['iglesias-gonzalez-2013', 'monclus-diez-2025'],
        },
      ],
      symptoms: [],
      depth: 'superficial',
    },
  ],
};
