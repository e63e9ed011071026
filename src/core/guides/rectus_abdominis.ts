import type { Guide } from '../library/types.ts';
import {
  HOLD_SECONDS,
  REPETITIONS,
  PREGNANCY_POSITIONS,
  BELLY_DISCOMFORT_MAX,
  BELLY_POSITION,
  BELLY_CAUTION,
  EXPECTATIONS,
  SEE_CONTRAINDICATIONS,
  SEE_NO_IMPROVEMENT,
  SEE_RED_FLAGS,
  SESSIONS_PER_DAY,
  SORE_NEXT_DAY,
  STOP_NERVE,
  STOP_PULSE,
  STOP_SHARP,
  STRETCH_HOLD,
  STRETCH_HOLD_STEP,
  ourStretchChoice,
} from './common.ts';

export const rectusAbdominisGuide: Guide = {
  muscle: 'rectus_abdominis',
  area: 'lower belly',
  depth: 'short',
  intro: {
    text: 'The lower part of the long belly muscle, below the navel, can send a band of pain across both sides of the low back. The spot is on the belly, so ask a doctor first and press gently.',
    sources: ['namtpt-iliopsoas', 'mortonsfoot-5-muscle-recipe', 'aberdeen-abdominals', 'painalog-iliopsoas'],
  },
  sections: [
    {
      trp: 'rectus_abdominis.lower',
      find: [
        { text: 'Lie on your back with your knees bent and feet flat, so the belly is relaxed.', sources: ['painalog-iliopsoas'] },
        {
          text: 'Below the navel, a finger-width or two to the side of the midline, press gently with your fingertips for a tender spot that brings on the band of back pain.',
          sources: ['namtpt-iliopsoas', 'aberdeen-abdominals'],
          uncertain: 'The exact site was not verified.',
        },
      ],
      placement: {
        text: 'Fingertips, not a ball, on the tender spot below the navel, on your {side} side of the midline, with gentle pressure.',
        sources: ['painalog-iliopsoas'],
        uncertain: 'Advice given for the deep hip muscle under the belly; we apply the same care here.',
      },
    },
  ],
  release: {
    tool: {
      text: 'Your fingertips, not a ball.',
      sources: ['painalog-iliopsoas'],
      uncertain: 'The belly-pressure advice comes from the iliopsoas source; we apply the same care here.',
    },
    position: BELLY_POSITION,
    discomfortMax: BELLY_DISCOMFORT_MAX,
    holdSeconds: HOLD_SECONDS,
    repetitions: REPETITIONS,
    sessionsPerDay: SESSIONS_PER_DAY,
  },
  stretches: [
    {
      name: 'Lying on your front, up on the elbows',
      steps: [
        'Lie on your front.',
        'Come up onto your forearms, elbows under your shoulders, letting the belly stay on the floor.',
        'Relax your back and feel a gentle stretch along the front of the belly.',
        STRETCH_HOLD_STEP,
        'Lower down slowly. Repeat two or three times.',
      ],
      holdSeconds: STRETCH_HOLD,
      sources: ['acsm-2021'],
      caution: ourStretchChoice('the belly muscle'),
    },
  ],
  aggravators: [
    {
      text: 'Sudden or unaccustomed effort of the belly muscles, such as a burst of sit-ups when out of condition.',
      sources: ['dommerholt-2006'],
      uncertain: 'How trigger points start in general; our sources name no particular activities for this muscle.',
    },
  ],
  perpetuators: [
    {
      text: 'Hard work the muscle is not used to, especially while it lengthens under load.',
      sources: ['dommerholt-2006'],
      uncertain: 'How trigger points start in general; not specific to this muscle.',
    },
  ],
  dailyLife: [
    {
      text: 'Build up belly exercises gradually rather than all at once.',
      sources: ['dommerholt-2006'],
      uncertain: 'Our suggestion from how trigger points start in general.',
    },
  ],
  stopIf: [STOP_PULSE, STOP_SHARP, STOP_NERVE],
  seeAProfessional: [
    { text: 'Before any self-pressure here: ask a doctor to rule out other causes of the pain first.', sources: ['painalog-iliopsoas'] },
    SEE_RED_FLAGS,
    {
      text: 'You have belly pain, fever, sickness or changes in your bowels or urine. Organs in the belly, such as the kidneys, pancreas, stomach or the main artery, can cause back pain.',
      sources: ['bmj-best-practice-lbp'],
    },
    SEE_NO_IMPROVEMENT,
    ...SEE_CONTRAINDICATIONS,
  ],
  cautions: [
    BELLY_CAUTION,
    {
      text: 'If you are pregnant, skip this release altogether: it presses on the belly.',
      sources: ['excitingspas-side-effects', 'clinicwala-precautions'],
    },
    PREGNANCY_POSITIONS,
    SORE_NEXT_DAY,
  ],
  expectations: EXPECTATIONS,
};
