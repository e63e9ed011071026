import type { Guide } from '../library/types.ts';
import {
  SIJ_ITSELF,
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

export const iliopsoasGuide: Guide = {
  muscle: 'iliopsoas',
  area: 'hip and low back',
  depth: 'short',
  intro: {
    text: 'Iliopsoas is the deep hip-lifting muscle inside the belly and pelvis. Its pain runs as a strip up and down one side of the low back, sometimes into the groin and the front of the thigh. Reaching it means pressing over the belly, so ask a doctor first and go gently.',
    sources: ['nielasher-psoas', 'namtpt-iliopsoas', 'perry-iliopsoas', 'painalog-iliopsoas'],
  },
  sections: [
    {
      trp: 'iliopsoas.psoas_iliacus',
      find: [
        { text: 'Lie on your back with your knees bent and feet flat, so the belly is relaxed.', sources: ['painalog-iliopsoas'] },
        { text: 'Find the bony point at the front of your {side} hip.', sources: ['painalog-iliopsoas'] },
        {
          text: 'Slide your fingertips just inside it, toward the navel, and sink in slowly as you breathe out, curling the fingers toward the inside of the hip bone (iliacus).',
          sources: ['painalog-iliopsoas', 'parker-iliopsoas'],
        },
        {
          text: 'The spot beside the navel (psoas) and the one in the groin lie over organs and a large artery: leave them to a professional.',
          sources: ['painalog-iliopsoas', 'davies-bob-and-brad'],
          uncertain: 'Limiting self-help to the spot inside the hip bone is our own cautious choice.',
        },
      ],
      placement: {
        text: 'Fingertips, not a ball, just inside the bony point at the front of your {side} hip, with gentle pressure.',
        sources: ['painalog-iliopsoas'],
      },
    },
  ],
  release: {
    tool: {
      text: 'Your fingertips, not a ball.',
      sources: ['painalog-iliopsoas'],
      uncertain: 'The source asks for a gentle approach; choosing fingertips over a ball is our reading of it.',
    },
    position: BELLY_POSITION,
    discomfortMax: BELLY_DISCOMFORT_MAX,
    holdSeconds: HOLD_SECONDS,
    repetitions: REPETITIONS,
    sessionsPerDay: SESSIONS_PER_DAY,
  },
  stretches: [
    {
      name: 'Kneeling hip-front stretch',
      steps: [
        'Kneel on your {side} knee on a cushion, with your {other} foot flat in front of you.',
        'Tuck your tailbone under slightly and keep your back upright.',
        'Shift your weight gently forward until you feel a stretch at the front of the hip on the kneeling side.',
        STRETCH_HOLD_STEP,
        'Come back slowly. Repeat two or three times.',
      ],
      holdSeconds: STRETCH_HOLD,
      sources: ['acsm-2021'],
      caution: ourStretchChoice('iliopsoas'),
    },
  ],
  aggravators: [
    { text: 'Standing upright; sitting is usually milder and lying down eases it.', sources: ['namtpt-iliopsoas', 'parker-iliopsoas'] },
    { text: 'Getting up from deep, soft seats.', sources: ['namtpt-iliopsoas', 'parker-iliopsoas'] },
    { text: 'Sit-ups, which may become impossible.', sources: ['namtpt-iliopsoas', 'parker-iliopsoas'] },
  ],
  perpetuators: [
    { text: 'Trigger points in the tensor fasciae latae at the front of the hip can set off new ones here.', sources: ['finando-tfl'] },
    {
      text: 'Sudden or unaccustomed effort, especially when out of condition, can start trigger points in any muscle.',
      sources: ['dommerholt-2006'],
      uncertain: 'General, not specific to this muscle.',
    },
  ],
  dailyLife: [
    {
      text: 'Choose a firm chair you can rise from easily rather than a deep, soft one.',
      sources: ['namtpt-iliopsoas'],
      uncertain: 'The source names deep soft seats as a trigger; the advice is ours.',
    },
    {
      text: 'When it flares, a rest lying on your back with your knees bent can ease it.',
      sources: ['namtpt-iliopsoas', 'parker-iliopsoas'],
      uncertain: 'The source says lying down eases it; the position is ours.',
    },
  ],
  stopIf: [STOP_PULSE, STOP_SHARP, STOP_NERVE],
  seeAProfessional: [
    { text: 'Before any self-pressure here: ask a doctor to rule out other causes of the pain first.', sources: ['painalog-iliopsoas'] },
    SEE_RED_FLAGS,
    SIJ_ITSELF,
    {
      text: 'You have belly pain, fever, sickness or a tender belly. Pain from this muscle can look like appendicitis, and organs such as the kidneys can cause back pain.',
      sources: ['aberdeen-iliopsoas', 'bmj-best-practice-lbp'],
    },
    SEE_NO_IMPROVEMENT,
    ...SEE_CONTRAINDICATIONS,
  ],
  cautions: [
    BELLY_CAUTION,
    {
      text: 'Do not press in the groin crease where you can feel a pulse: a large artery runs there.',
      sources: ['davies-bob-and-brad', 'painalog-iliopsoas'],
    },
    {
      text: 'If you are pregnant, skip this release altogether: it presses on the belly.',
      sources: ['excitingspas-side-effects', 'clinicwala-precautions'],
    },
    PREGNANCY_POSITIONS,
    SORE_NEXT_DAY,
  ],
  expectations: EXPECTATIONS,
};
