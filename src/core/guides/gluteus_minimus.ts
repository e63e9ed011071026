import type { Guide } from '../library/types.ts';
import {
  BALL_TOOL,
  DISCOMFORT_MAX,
  EXPECTATIONS,
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
          text: 'Find the bony point at the front of your hip, and the bony bump on the side of your hip below it.',
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
          text: 'Find the top of the hip bone and the bony bump on the side of the hip.',
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
    holdSeconds: {
      min: 30,
      max: 90,
      sources: ['painalog-gluteus-medius', 'massagelibrary-mally', 'delgado-alvarez-2022', 'bodyhealtherapy-minimus'],
      uncertain: 'Sources advise moderate pressure and short sessions for this muscle, so stay near the lower end.',
    },
    repetitions: REPETITIONS,
    sessionsPerDay: SESSIONS_PER_DAY,
  },
  stretches: [
    {
      name: 'Figure-4',
      steps: [
        'Lie on your back with both knees bent and feet flat.',
        'Rest your {side} ankle on your {other} knee.',
        'Hold the back of your {other} thigh and draw it gently toward your chest until you feel a stretch in your {side} hip.',
        STRETCH_HOLD_STEP,
        'Lower slowly. Repeat two or three times.',
      ],
      holdSeconds: STRETCH_HOLD,
      sources: ['philamassages-stretches', 'acsm-2021'],
      caution: {
        text: 'Stop if it brings on tingling or pain down the leg.',
        sources: ['livingleen', 'biologyinsights-sciatica'],
      },
    },
    {
      name: 'Seated knee cross-over',
      steps: [
        'Sit tall on a chair.',
        'Cross your {side} leg over your {other} leg, knee over knee. Notice whether the top knee can rest flat on the lower one: if not, the muscle is tight.',
        'Let the top knee sink gently across, without forcing it.',
        STRETCH_HOLD_STEP,
        'Uncross slowly. Repeat two or three times.',
      ],
      holdSeconds: STRETCH_HOLD,
      sources: ['mortonsfoot-gluteus-minimus', 'acsm-2021'],
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
    SORE_NEXT_DAY,
  ],
  expectations: EXPECTATIONS,
};
