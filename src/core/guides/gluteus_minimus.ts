import type { Guide } from '../library/types.ts';
import {
  BALL_TOOL,
  GLUTEAL_TENDONS,
  PREGNANCY_POSITIONS,
  DISCOMFORT_MAX,
  EXPECTATIONS,
  HOLD_SECONDS,
  REPETITIONS,
  SCIATIC_NERVE,
  SEE_CONTRAINDICATIONS,
  SEE_LEG_SYMPTOMS,
  SEE_NO_IMPROVEMENT,
  SEE_RED_FLAGS,
  SESSIONS_PER_DAY,
  SORE_NEXT_DAY,
  STOP_IF,
  STRETCH_HOLD,
  STRETCH_HOLD_STEP,
} from './common.ts';

export const gluteusMinimusGuide: Guide = {
  muscle: 'gluteus_minimus',
  area: 'hip',
  depth: 'short',
  intro: {
    text: 'Gluteus minimus is the deepest buttock muscle, under gluteus medius. Its pain can run down the outside or the back of the leg, which is why it is called "pseudo-sciatica". Because a trapped nerve can cause the same path of pain, check the warning signs first.',
    sources: ['ts2-ch9', 'painfreehealth-gluteus-minimus', 'namtpt-gluteus-minimus'],
  },
  sections: [
    {
      trp: 'gluteus_minimus.anterior',
      find: [
        {
          text: 'Find the bony point at the front of your {side} hip, and the bony bump on the side of that hip below it.',
          sources: ['keatsinhampstead-sciatica', 'bodyhealtherapy-minimus'],
        },
        {
          text: 'Press in between the two, just above the bony bump and a little toward the front. The muscle is deep, under other muscles, so it takes steady pressure.',
          sources: ['keatsinhampstead-sciatica', 'bodyhealtherapy-minimus', 'triggerpoints3d-gluteus-minimus'],
        },
      ],
      placement: {
        text: 'Lie on your {side} side, or stand with your {side} side to a wall, with the ball just above the bony bump at the side of your {side} hip, toward the front.',
        sources: ['bodyhealtherapy-minimus', 'mortonsfoot-gluteus-minimus'],
      },
    },
    {
      trp: 'gluteus_minimus.posterior',
      find: [
        {
          text: 'Find the top of your {side} hip bone and the bony bump on the side of that hip.',
          sources: ['brookbush-gluteus-minimus'],
        },
        {
          text: 'Move toward the back, into the upper-outer part of the buttock between the two, and press in deeply.',
          sources: ['brookbush-gluteus-minimus', 'triggerpoints3d-gluteus-minimus'],
        },
      ],
      placement: {
        text: 'Lie on your back, or stand with your back to a wall, with the ball in your {side} upper-outer buttock between the top of the hip bone and the bony bump. Keep it toward the outer side, away from the middle of the buttock.',
        sources: ['brookbush-gluteus-minimus', 'backmusclesolutions-lacrosse-ball', 'biologyinsights-sciatica'],
      },
    },
  ],
  release: {
    tool: BALL_TOOL,
    position: {
      text: 'Side-lying or standing against a wall. Start at the wall: it is gentler.',
      sources: ['bodyhealtherapy-minimus', 'backmusclesolutions-lacrosse-ball'],
    },
    discomfortMax: DISCOMFORT_MAX,
    holdSeconds: HOLD_SECONDS,
    repetitions: REPETITIONS,
    sessionsPerDay: SESSIONS_PER_DAY,
  },
  stretches: [
    {
      // Not the figure-4: its hip bend and turn-out slacken this muscle's front fibres instead of lengthening them.
      name: 'Standing cross-over at a wall',
      steps: [
        'Stand side-on to a wall, with your {side} side nearest the wall and your {side} hand on it for balance.',
        'Cross your {side} leg behind your {other} leg, so your {side} hip is straight and the leg is drawn in across your body.',
        'Push your {side} hip gently sideways toward the wall until you feel a stretch along the outside of that hip.',
        STRETCH_HOLD_STEP,
        'Come back to standing slowly. Repeat two or three times.',
      ],
      holdSeconds: STRETCH_HOLD,
      sources: ['zanotowane-standing-stretch', 'philamassages-stretches', 'acsm-2021'],
      caution: {
        text: 'Go gently, keep a hand on the wall, and stop if it brings on tingling or pain down the leg, or sharp pain right on the bony bump at the side of the hip.',
        sources: ['zanotowane-standing-stretch', 'livingleen', 'bjsm-lateral-hip-2020'],
      },
    },
  ],
  aggravators: [
    { text: 'Getting up from a chair, and getting in or out of a car.', sources: ['namtpt-gluteus-minimus', 'triggerpoints3d-gluteus-minimus'] },
    { text: 'Rolling onto {either} side in bed, which can wake you.', sources: ['namtpt-gluteus-minimus', 'triggerpoints3d-gluteus-minimus'] },
    {
      text: 'Walking (some people limp) and lying down: it is hard to find a comfortable position.',
      sources: ['namtpt-gluteus-minimus', 'triggerpoints3d-gluteus-minimus'],
    },
  ],
  perpetuators: [
    { text: 'Sitting on a wallet, or sitting cross-legged.', sources: ['triggerpoints3d-gluteus-minimus', 'stuart-hinds-gluteus-minimus'] },
    { text: 'Sports such as tennis, running and cycling.', sources: ['triggerpoints3d-gluteus-minimus'] },
    { text: 'Hip problems, hip surgery or a cast.', sources: ['triggerpoints3d-gluteus-minimus'] },
    { text: 'One leg shorter than the other.', sources: ['triggerpoints3d-gluteus-minimus', 'namtpt-gluteus-minimus'] },
    { text: 'Trigger points in quadratus lumborum, which can set off new ones here.', sources: ['namtpt-quadratus-lumborum', 'morningside-ql'] },
    {
      text: 'The same daily habits as gluteus medius: falls, sleeping without a pillow between the knees, long standing.',
      sources: ['namtpt-gluteus-minimus'],
    },
  ],
  dailyLife: [
    { text: 'Lying on your side, put a pillow between your knees.', sources: ['namtpt-gluteus-minimus'] },
    { text: 'Get up and move every 15 to 20 minutes when sitting, and keep your wallet in a front pocket.', sources: ['namtpt-gluteus-minimus'] },
    {
      text: 'Avoid sitting cross-legged for long.',
      sources: ['triggerpoints3d-gluteus-minimus'],
      uncertain: 'The source names cross-legged sitting as a cause; the advice to avoid it is ours.',
    },
  ],
  stopIf: STOP_IF,
  seeAProfessional: [
    SEE_RED_FLAGS,
    SEE_LEG_SYMPTOMS,
    {
      text: 'The leg pain feels electric or shooting rather than a deep ache, or comes with numbness or weakness: that points to a nerve, not this muscle.',
      sources: ['learnandfeelbetter-gluteus-minimus', 'biologyinsights-sciatica'],
      uncertain: 'A rule of thumb only.',
    },
    SEE_NO_IMPROVEMENT,
    ...SEE_CONTRAINDICATIONS,
  ],
  cautions: [
    {
      text: 'Nerve caution: this muscle’s pain follows the same path as sciatica. If pressing brings on tingling or numbness down the leg, stop at once. It may be the nerve, not the muscle.',
      sources: ['livingleen', 'biologyinsights-sciatica', 'namtpt-gluteus-minimus'],
    },
    SCIATIC_NERVE,
    {
      text: 'Use moderate pressure and keep sessions short: strong or long pressure on this deep muscle can leave the hip sore.',
      sources: ['bodyhealtherapy-minimus', 'mortonsfoot-gluteus-minimus'],
    },
    GLUTEAL_TENDONS,
    PREGNANCY_POSITIONS,
    SORE_NEXT_DAY,
  ],
  expectations: EXPECTATIONS,
};
