import type { Guide } from '../library/types.ts';
import {
  BACK_MUSCLE_AGGRAVATORS,
  BACK_MUSCLE_CAUTION,
  BACK_MUSCLE_DAILY_LIFE,
  BACK_MUSCLE_PERPETUATORS,
  BACK_MUSCLE_POSITION,
  BACK_MUSCLE_TOOL,
  DISCOMFORT_MAX,
  EXPECTATIONS,
  HOLD_SECONDS,
  KNEES_TO_CHEST_STEPS,
  REPETITIONS,
  SEE_CONTRAINDICATIONS,
  SEE_LEG_SYMPTOMS,
  SEE_NO_IMPROVEMENT,
  SEE_RED_FLAGS,
  SESSIONS_PER_DAY,
  SORE_NEXT_DAY,
  STOP_NERVE,
  STOP_PULSE,
  STOP_SHARP,
  STRETCH_HOLD,
  ourStretchChoice,
} from './common.ts';

export const multifidusGuide: Guide = {
  muscle: 'multifidus',
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
        text: 'Ball between a wall and your back, just beside (not on) the bony bumps of the spine, from the belt line down.',
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
        text: 'Ball between a wall and your back, just beside (not on) the bony bumps of the spine, between the ribs and the belt line.',
        sources: ['nielasher-lbp'],
      },
    },
  ],
  release: {
    tool: BACK_MUSCLE_TOOL,
    position: BACK_MUSCLE_POSITION,
    discomfortMax: DISCOMFORT_MAX,
    holdSeconds: HOLD_SECONDS,
    repetitions: REPETITIONS,
    sessionsPerDay: SESSIONS_PER_DAY,
  },
  stretches: [
    {
      name: 'Knees to chest',
      steps: KNEES_TO_CHEST_STEPS,
      holdSeconds: STRETCH_HOLD,
      sources: ['acsm-2021'],
      caution: ourStretchChoice('the back muscles'),
    },
  ],
  aggravators: BACK_MUSCLE_AGGRAVATORS,
  perpetuators: BACK_MUSCLE_PERPETUATORS,
  dailyLife: BACK_MUSCLE_DAILY_LIFE,
  stopIf: [STOP_NERVE, STOP_PULSE, STOP_SHARP],
  seeAProfessional: [SEE_RED_FLAGS, SEE_LEG_SYMPTOMS, SEE_NO_IMPROVEMENT, ...SEE_CONTRAINDICATIONS],
  cautions: [
    BACK_MUSCLE_CAUTION,
    {
      text: 'Keep the ball on the muscle beside the spine, never on the bony bumps themselves.',
      sources: ['nielasher-lbp'],
      uncertain: 'Our own safety rule for pressing near the spine.',
    },
    SORE_NEXT_DAY,
  ],
  expectations: EXPECTATIONS,
};
