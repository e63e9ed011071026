import type { SourcedText } from './types.ts';

/**
 * Statements the app shows outside the guides, each with its sources: the nerve-root caution,
 * the both-legs advice, and the press-to-test instructions (clinical-facts.md §1, §14, §15).
 */
export const NERVE_ROOT_CAUTION: SourcedText = {
  text: 'Pain that runs below the knee, or numbness, tingling or weakness in the leg, can come from a nerve root in the back rather than a muscle. A tender spot in the buttock is common with nerve-root pain too. If you have these, let a doctor or physiotherapist check you before relying on self-release.',
  sources: ['adelmanesh-2015', 'adelmanesh-2016', 'namtpt-gluteus-minimus', 'ts2-ch9'],
};

export const BOTH_LEGS_ADVICE: SourcedText = {
  text: 'You marked pain in both legs. Pain in both legs can come from pressure on nerves in the spine: see a doctor before trying self-help, and go to A&E at once if you also have numbness, weakness, or bladder or bowel changes.',
  sources: ['nhs-gloucestershire-red-flags', 'nhs-norfolk-waveney-back-pain', 'redflagsymptoms-back-pain'],
};

/** How to press a trigger point to test it, step by step. */
export const PRESS_TEST_STEPS: readonly SourcedText[] = [
  {
    text: 'Find the dark dot on the body on yourself, using the landmarks above.',
    sources: ['holm-jensen-2020'],
    uncertain: 'Even experienced examiners place the same trigger point about a centimetre apart, so search a small area around it.',
  },
  {
    text: 'Press firmly with two or three fingertips, or lean on a ball, up to a discomfort of about 5 out of 10, never sharp. Hold for a few slow breaths.',
    sources: ['davies-bob-and-brad', 'painalog-gluteus-medius'],
  },
  {
    text: 'Stop at once if you feel shooting pain, numbness or tingling: you may be pressing on a nerve.',
    sources: ['livingleen'],
  },
];

/** Why the answer matters, in one sentence. */
export const PRESS_TEST_WHY: SourcedText = {
  text: 'Recognising your own familiar pain when a spot is pressed is one of the most reliable trigger-point signs examiners share; a spot that is only tender counts for less, and no pain does not rule a trigger point out.',
  sources: ['rathbone-2017', 'njoo-1994', 'hong-1997'],
};
