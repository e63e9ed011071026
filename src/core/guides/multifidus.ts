import type { Guide } from '../library/types.ts';
import { BACK_MUSCLE_CAUTION, BACK_MUSCLE_GUIDE, SEE_A_PROFESSIONAL, SORE_NEXT_DAY } from './common.ts';

export const multifidusGuide: Guide = {
  muscle: 'multifidus',
  area: 'low back',
  depth: 'short',
  intro: {
    text: 'Multifidus is a set of short, deep muscles tight against the spine. Their pain sits on the spine itself, at or a little below the trigger point; the lowest ones can also ache into the buttock or the tailbone.',
    sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-referral', 'nielasher-lbp'],
  },
  sections: [
    {
      trp: 'multifidus.lumbosacral',
      find: [
        {
          text: 'Find the bony bumps down the middle of your low back, and the belt line (the level of the top of the hip bones).',
          sources: ['ts1-ch48', 'namtpt-paraspinals'],
        },
        {
          text: 'From the belt line down to the top of the flat bone at the base of the spine, press deep right beside the bumps, one finger-width out.',
          sources: ['ts1-ch48', 'brainscape-trp-location'],
        },
      ],
      placement: {
        text: 'Ball between a wall and your back, just beside (not on) the bony bumps of the spine on your {side} side, from the belt line down.',
        sources: ['nielasher-lbp'],
      },
    },
    {
      trp: 'multifidus.upper_lumbar',
      find: [
        {
          text: 'Find the bony bumps down the middle of your back between the lowest ribs and the belt line.',
          sources: ['ts1-ch48', 'namtpt-paraspinals'],
        },
        { text: 'Press deep right beside them, one finger-width out, for a tender spot.', sources: ['ts1-ch48', 'brainscape-trp-location'] },
      ],
      placement: {
        text: 'Ball between a wall and your back, just beside (not on) the bony bumps of the spine on your {side} side, between the ribs and the belt line.',
        sources: ['nielasher-lbp'],
      },
    },
  ],
  ...BACK_MUSCLE_GUIDE,
  seeAProfessional: SEE_A_PROFESSIONAL,
  cautions: [
    BACK_MUSCLE_CAUTION,
    {
      text: 'Keep the ball on the muscle beside the spine, never on the bony bumps themselves.',
      sources: ['nielasher-lbp'],
      uncertain: 'Our own safety rule for pressing near the spine.',
    },
    SORE_NEXT_DAY,
  ],
};
