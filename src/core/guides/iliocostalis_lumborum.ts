import type { Guide } from '../library/types.ts';
import { BACK_MUSCLE_CAUTION, BACK_MUSCLE_GUIDE, SEE_A_PROFESSIONAL, SORE_NEXT_DAY, PREGNANCY_POSITIONS, SPINE_RIBS_KIDNEYS } from './common.ts';

export const iliocostalisLumborumGuide: Guide = {
  muscle: 'iliocostalis_lumborum',
  area: 'low back',
  depth: 'short',
  intro: {
    text: 'Iliocostalis lumborum is the outer column of the long muscles beside the spine in the low back. Its trigger point sits high, just below the ribs, yet its pain travels down into the buttock. It is one of the muscles most often involved in long-lasting low back pain.',
    sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-referral', 'iglesias-gonzalez-2013'],
  },
  sections: [
    {
      trp: 'iliocostalis_lumborum.l1',
      find: [
        { text: 'Find your lowest ribs at the back, and the top of the hip bone below them.', sources: ['ts1-ch48', 'namtpt-paraspinals'] },
        {
          text: 'Just below the ribs, two to three finger-widths out from the spine, feel the outer edge of the thick long muscles. Press there for a tender spot that brings on your buttock pain.',
          sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-location'],
        },
      ],
      placement: {
        text: 'The two balls in a sock against a wall, the gap over the spine, on the long back muscles on your {side} side, just below the level of the lowest ribs. Keep off the ribs themselves, and do not go out past the edge of the long back muscles into the soft area over the kidney.',
        sources: ['nielasher-lbp'],
      },
    },
  ],
  ...BACK_MUSCLE_GUIDE,
  seeAProfessional: SEE_A_PROFESSIONAL,
  cautions: [BACK_MUSCLE_CAUTION, SPINE_RIBS_KIDNEYS, PREGNANCY_POSITIONS, SORE_NEXT_DAY],
};
