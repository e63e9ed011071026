import type { Guide } from '../library/types.ts';
import {
  BALL_RELEASE,
  GLUTEAL_TENDONS,
  PREGNANCY_POSITIONS,
  EXPECTATIONS,
  SEE_CONTRAINDICATIONS,
  SEE_LEG_SYMPTOMS,
  SEE_NO_IMPROVEMENT,
  SEE_RED_FLAGS,
  SORE_NEXT_DAY,
  STOP_IF,
  STRETCH_HOLD,
  STRETCH_HOLD_STEP,
} from './common.ts';

export const tensorFasciaeLataeGuide: Guide = {
  muscle: 'tensor_fasciae_latae',
  area: 'hip',
  depth: 'short',
  intro: {
    text: 'Tensor fasciae latae is a small muscle at the front-outer hip that pulls on the long band down the outside of the thigh. Its pain sits deep in the hip and runs down the outside of the thigh toward the knee.',
    sources: ['finando-tfl', 'nielasher-tfl', 'kent-tfl-2012'],
  },
  sections: [
    {
      trp: 'tensor_fasciae_latae.belly',
      find: [
        {
          text: 'Find the bony point at the front of your {side} hip, and the bony bump on the side of that hip.',
          sources: ['finando-tfl', 'nielasher-tfl'],
        },
        {
          text: 'Move a few finger-widths down and slightly back from the front point, in front of the bump. Press into the muscle there for a tender spot.',
          sources: ['finando-tfl', 'nielasher-tfl'],
        },
      ],
      placement: {
        text: 'Lie on your {side} side, rolled a little toward your front, with the ball under the front-outer hip just below the bony point. Or lean that part of your {side} hip against a wall.',
        sources: ['livingleen', 'backmusclesolutions-lacrosse-ball'],
        uncertain: 'Ball placement for this muscle is our application of the general side-lying method.',
      },
    },
  ],
  release: BALL_RELEASE,
  stretches: [
    {
      name: 'Standing cross-over at a wall',
      steps: [
        'Stand side-on to a wall, with your {side} side nearest the wall and your {side} hand on it for balance.',
        'Cross your {side} leg behind your {other} leg.',
        'Push your {side} hip gently sideways toward the wall until you feel a stretch along the outside of that hip and thigh.',
        STRETCH_HOLD_STEP,
        'Come back slowly. Repeat two or three times.',
      ],
      holdSeconds: STRETCH_HOLD,
      sources: ['zanotowane-standing-stretch', 'acsm-2021'],
      caution: {
        text: 'Go gently and keep your balance with a hand on the wall.',
        sources: ['zanotowane-standing-stretch'],
        uncertain: 'The stretch sheet offers it for the outer hip muscles; using it for this muscle is our choice.',
      },
    },
  ],
  aggravators: [
    { text: 'Walking fast.', sources: ['finando-tfl', 'kent-tfl-2012'] },
    { text: 'Lying on {either} side.', sources: ['finando-tfl', 'kent-tfl-2012'] },
    { text: 'Standing up straight after sitting or driving with the hip bent for a long time.', sources: ['finando-tfl', 'kent-tfl-2012'] },
  ],
  perpetuators: [
    { text: 'Walking or running on uneven ground.', sources: ['finando-tfl'] },
    { text: 'Long periods without moving, such as bed rest or a cast.', sources: ['finando-tfl'] },
    { text: 'A sudden overload of the hip.', sources: ['finando-tfl'] },
  ],
  dailyLife: [
    { text: 'Lying on your side, put a pillow between your knees.', sources: ['kent-tfl-2012'] },
    {
      text: 'On long drives or long sits, stop and stand up every so often.',
      sources: ['finando-tfl', 'namtpt-gluteus-minimus'],
      uncertain:
        'The source names long sitting and driving as triggers; the break interval of 15 to 20 minutes is advice given for the buttock muscles.',
    },
  ],
  stopIf: STOP_IF,
  seeAProfessional: [
    SEE_RED_FLAGS,
    SEE_LEG_SYMPTOMS,
    {
      text: 'The pain is right on the bony bump at the side of the hip, or sharp at the top of the hip bone after running: a physiotherapist can check the tendons there, the most common cause of outer hip pain.',
      sources: ['bjsm-lateral-hip-2020', 'bjsm-gluteal-triangle'],
    },
    SEE_NO_IMPROVEMENT,
    ...SEE_CONTRAINDICATIONS,
  ],
  cautions: [
    {
      text: 'This pain can look like trochanteric bursitis or iliotibial band syndrome; if pressing the muscle does not bring on your pain, the cause may be elsewhere.',
      sources: ['finando-tfl', 'kent-tfl-2012', 'njoo-1994'],
    },
    GLUTEAL_TENDONS,
    PREGNANCY_POSITIONS,
    SORE_NEXT_DAY,
  ],
  expectations: EXPECTATIONS,
};
