import type { Guide } from '../library/types.ts';
import {
  BACK_MUSCLE_CAUTION,
  BACK_MUSCLE_GUIDE,
  SEE_A_PROFESSIONAL,
  SORE_NEXT_DAY,
  PREGNANCY_POSITIONS,
  SIJ_ITSELF,
  SPINE_RIBS_KIDNEYS,
} from './common.ts';

export const longissimusThoracisGuide: Guide = {
  muscle: 'longissimus_thoracis',
  area: 'back',
  depth: 'short',
  intro: {
    text: 'Longissimus thoracis is the middle column of the long muscles beside the spine. A trigger point in it at the level of the lower ribs can send pain a long way down, to the dimple at the back of the pelvis and low into the buttock. So look for the spot well above where it hurts.',
    sources: ['ts1-ch48', 'namtpt-paraspinals'],
  },
  sections: [
    {
      trp: 'longissimus_thoracis.lower_thoracic',
      find: [
        { text: 'Find your lowest ribs at the back.', sources: ['ts1-ch48', 'namtpt-paraspinals'] },
        {
          text: 'Between the lower ribs and the top of the low back, one to two finger-widths out from the spine, press into the long muscle column for a tender spot that brings on your pain lower down.',
          sources: ['ts1-ch48', 'namtpt-paraspinals'],
          uncertain: 'The exact level is not verified.',
        },
      ],
      placement: {
        text: 'The two balls in a sock against a wall, the gap over the spine, so the ball on your {side} side rests on the long muscle beside the spine at the level of the lower ribs. Lean gently over the ribs.',
        sources: ['nielasher-lbp'],
      },
    },
  ],
  ...BACK_MUSCLE_GUIDE,
  seeAProfessional: [...SEE_A_PROFESSIONAL, SIJ_ITSELF],
  cautions: [BACK_MUSCLE_CAUTION, SPINE_RIBS_KIDNEYS, PREGNANCY_POSITIONS, SORE_NEXT_DAY],
};
