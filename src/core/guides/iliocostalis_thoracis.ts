import type { Guide } from '../library/types.ts';
import {
  BACK_MUSCLE_CAUTION,
  BACK_MUSCLE_GUIDE,
  SEE_CONTRAINDICATIONS,
  SEE_NO_IMPROVEMENT,
  SEE_RED_FLAGS,
  SORE_NEXT_DAY,
  PREGNANCY_POSITIONS,
  SPINE_RIBS_KIDNEYS,
} from './common.ts';

export const iliocostalisThoracisGuide: Guide = {
  muscle: 'iliocostalis_thoracis',
  area: 'back',
  depth: 'short',
  intro: {
    text: 'Iliocostalis thoracis is the outer column of the long back muscles at the level of the lower ribs. Its pain stays mostly around the lower ribs at the back, and can reach up toward the shoulder blade or round into the belly.',
    sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-referral'],
  },
  sections: [
    {
      trp: 'iliocostalis_thoracis.t11',
      find: [
        { text: 'Find your lowest ribs at the back.', sources: ['ts1-ch48', 'namtpt-paraspinals'] },
        {
          text: 'Move up a little, over the lower ribs, two to three finger-widths out from the spine, and press on the outer edge of the long back muscles.',
          sources: ['ts1-ch48', 'namtpt-paraspinals', 'brainscape-trp-location'],
          uncertain: 'The exact level is not verified.',
        },
      ],
      placement: {
        text: 'The two balls in a sock against a wall, the gap over the spine, so the ball on your {side} side rests on the long back muscles beside the spine at the level of the lower ribs. Lean gently: the muscle lies over the ribs here, and the lowest ribs are thin.',
        sources: ['nielasher-lbp'],
      },
    },
  ],
  ...BACK_MUSCLE_GUIDE,
  seeAProfessional: [
    {
      text: 'The pain is high in the back between the shoulder blades rather than low down: get medical advice the same day.',
      sources: ['redflagsymptoms-back-pain', 'sheffield-msk-back-pain'],
    },
    {
      text: 'The back pain comes with chest pain: call emergency services.',
      sources: ['nhs-gloucestershire-red-flags', 'redflagsymptoms-back-pain'],
    },
    SEE_RED_FLAGS,
    SEE_NO_IMPROVEMENT,
    ...SEE_CONTRAINDICATIONS,
  ],
  cautions: [
    BACK_MUSCLE_CAUTION,
    {
      text: 'Pain around the lower ribs can also come from organs such as the kidneys, the pancreas or the stomach. If it comes with belly symptoms, fever or feeling unwell, see a doctor.',
      sources: ['bmj-best-practice-lbp'],
    },
    SPINE_RIBS_KIDNEYS,
    PREGNANCY_POSITIONS,
    SORE_NEXT_DAY,
  ],
};
