import type { Guide } from '../library/types.ts';
import { BACK_MUSCLE_CAUTION, BACK_MUSCLE_GUIDE, SEE_A_PROFESSIONAL, SORE_NEXT_DAY, PREGNANCY_POSITIONS, SPINE_RIBS_KIDNEYS } from './common.ts';

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
          text: 'From the belt line down to the top of the flat bone at the base of the spine, press with your fingertips on the {side} side of the bumps, one finger-width out, never on the bumps themselves.',
          sources: ['ts1-ch48', 'brainscape-trp-location'],
        },
      ],
      placement: {
        text: 'The two balls in a sock against a wall, the gap over the bony bumps of the spine, so the ball on your {side} side rests on the muscle beside the spine. Start at the belt line and work down toward the flat bone at the base of the spine.',
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
        {
          text: 'Press with your fingertips on the {side} side of them, one finger-width out, for a tender spot; never on the bumps themselves.',
          sources: ['ts1-ch48', 'brainscape-trp-location'],
        },
      ],
      placement: {
        text: 'The two balls in a sock against a wall, the gap over the bony bumps of the spine, so the ball on your {side} side rests on the muscle beside the spine, between the belt line and a hand-width below the lowest ribs.',
        sources: ['nielasher-lbp'],
      },
    },
  ],
  ...BACK_MUSCLE_GUIDE,
  seeAProfessional: SEE_A_PROFESSIONAL,
  cautions: [BACK_MUSCLE_CAUTION, SPINE_RIBS_KIDNEYS, PREGNANCY_POSITIONS, SORE_NEXT_DAY],
};
