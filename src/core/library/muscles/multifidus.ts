import type { Muscle } from '../types.ts';

export const multifidus: Muscle = {
  id: 'multifidus',
  name: 'Multifidus',
  summary: {
    text: 'Short, deep muscles that link each vertebra to the ones just below it, close against the spine. They steady the spine one segment at a time; their pain tends to sit on the spine itself.',
    sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-referral'],
  },
  trps: [
    {
      id: 'multifidus.lumbosacral',
      muscle: 'multifidus',
      name: 'Low back and base of the spine (fourth lumbar to first sacral)',
      location: {
        text: 'Deep, right beside the bony bumps of the spine, from the belt line down to the top of the flat bone at the base of the spine (fourth lumbar to first sacral level).',
        sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-location'],
      },
      marker: [0.02, 0.99, -0.048],
      sitsIn: ['lumbar_paraspinal_lower'],
      zones: {
        essential: ['lumbar_paraspinal_lower', 'sacrum'],
        spillover: ['M_coccyx', 'buttock_upper_medial', 'thigh_posterior_upper'],
        sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-referral', 'nielasher-lbp'],
        uncertain:
          'Summaries conflict for the lowest level: one sends the pain into the buttock and the top of the back of the thigh, another down to the tailbone. Both are listed as occasional.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain centred on the bony bumps of the spine, at or a few levels below a tender spot right beside them, points to this muscle.',
          sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-referral'],
        },
        {
          text: 'Pain at the tailbone can come from here or from gluteus maximus (its lowest trigger point).',
          sources: ['nielasher-lbp', 'ts2-ch7', 'brainscape-trp-referral'],
        },
      ],
      symptoms: [],
      depth: 'deep',
    },
    {
      id: 'multifidus.upper_lumbar',
      muscle: 'multifidus',
      name: 'Upper low back (first to third lumbar)',
      location: {
        text: 'Deep, right beside the bony bumps of the spine in the upper part of the low back, from just below the ribs to a hand-width above the belt line (first to third lumbar level).',
        sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-location'],
      },
      marker: [0.02, 1.06, -0.037],
      sitsIn: ['lumbar_paraspinal_upper'],
      zones: {
        essential: ['lumbar_paraspinal_upper'],
        spillover: ['lumbar_paraspinal_lower', 'abdomen_upper'],
        sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-referral'],
        uncertain: 'The front (upper belly) pain is reported for the first lumbar level by one summary only.',
      },
      sideRule: 'same_side',
      cues: [
        {
          text: 'Pain right on the spine in the upper low back, sometimes with pain in the upper belly on the same side, points to this spot.',
          sources: ['ts1-ch48', 'brainscape-trp-referral'],
        },
        {
          text: 'A long strip of pain beside the spine with pain at the front of the thigh fits iliopsoas better.',
          sources: ['namtpt-iliopsoas', 'nielasher-psoas'],
        },
      ],
      symptoms: [],
      depth: 'deep',
    },
  ],
};
