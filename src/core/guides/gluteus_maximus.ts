import type { Guide } from '../library/types.ts';
import {
  BALL_RELEASE,
  PREGNANCY_POSITIONS,
  SIJ_ITSELF,
  EXPECTATIONS,
  SCIATIC_NERVE,
  SEE_CONTRAINDICATIONS,
  SEE_LEG_SYMPTOMS,
  SEE_NO_IMPROVEMENT,
  SEE_RED_FLAGS,
  SORE_NEXT_DAY,
  STOP_IF,
  STRETCH_HOLD,
  STRETCH_HOLD_STEP,
} from './common.ts';

export const gluteusMaximusGuide: Guide = {
  muscle: 'gluteus_maximus',
  area: 'buttock',
  depth: 'short',
  intro: {
    text: 'Gluteus maximus is the big muscle of the buttock. Its trigger points lie in a curve from beside the base of the spine down to the sitting bone and the tailbone, and their pain mostly stays in the buttock. They are close to the skin and easy to reach with a ball.',
    sources: ['ts2-ch7', 'brainscape-trp-location', 'brainscape-trp-referral'],
  },
  sections: [
    {
      trp: 'gluteus_maximus.trp1',
      find: [
        { text: 'Find the dimple at the top of your {side} buttock, beside the spine.', sources: ['ts2-ch7', 'brainscape-trp-location'] },
        {
          text: 'Move down and slightly out, beside the flat bone at the base of the spine. Press for a tender spot.',
          sources: ['ts2-ch7', 'brainscape-trp-location'],
        },
      ],
      placement: {
        text: 'Ball beside the base of the spine on your {side} side, just below and out from the dimple, against a wall or lying on your back.',
        sources: ['backmusclesolutions-lacrosse-ball', 'painscience-spot-12'],
      },
    },
    {
      trp: 'gluteus_maximus.trp2',
      find: [
        {
          text: 'Sit on your {side} hand to feel your {side} sitting bone, the bony point you sit on.',
          sources: ['ts2-ch7', 'brainscape-trp-location'],
        },
        { text: 'Stand, and press into the buttock just above that bone.', sources: ['ts2-ch7', 'brainscape-trp-location'] },
      ],
      placement: {
        text: 'Ball just above your {side} sitting bone, against a wall or lying on your back. Keep it toward the inner side, away from the middle of the buttock where the sciatic nerve runs.',
        sources: ['backmusclesolutions-lacrosse-ball', 'biologyinsights-sciatica'],
      },
    },
    {
      trp: 'gluteus_maximus.trp3',
      find: [
        { text: 'Find the tailbone at the top of the buttock crease.', sources: ['ts2-ch7', 'brainscape-trp-location'] },
        { text: 'Press gently into the buttock right beside it, not on the bone itself.', sources: ['ts2-ch7', 'brainscape-trp-location'] },
      ],
      placement: {
        text: 'Ball or fingertips right beside the tailbone on your {side} side, with light pressure, against a wall or lying on your back.',
        sources: ['backmusclesolutions-lacrosse-ball', 'ts2-ch7'],
      },
    },
  ],
  release: BALL_RELEASE,
  stretches: [
    {
      name: 'Knee toward the opposite shoulder',
      steps: [
        'Lie on your back with both legs straight.',
        'Bend your {side} knee and hold it with both hands.',
        'Draw it gently up toward your {other} shoulder until you feel a stretch in your {side} buttock.',
        STRETCH_HOLD_STEP,
        'Lower slowly. Repeat two or three times.',
      ],
      holdSeconds: STRETCH_HOLD,
      sources: ['physitrack-gluteus-stretch', 'bodyacheescape-gluteus-maximus', 'acsm-2021'],
    },
  ],
  aggravators: [
    { text: 'Sitting, especially on a hard seat.', sources: ['bodyacheescape-gluteus-maximus', 'ts2-ch7', 'brainscape-trp-referral'] },
    { text: 'Walking uphill, and swimming.', sources: ['bodyacheescape-gluteus-maximus'] },
    { text: 'Bending the hip fully, knee toward the chest, may feel stiff and limited.', sources: ['kent-gluteus-maximus-2014'] },
  ],
  perpetuators: [
    { text: 'A fall or near-fall, or a direct blow to the buttock.', sources: ['bodyacheescape-gluteus-maximus'] },
    { text: 'Long uphill walks, long sitting and poor sleeping positions.', sources: ['bodyacheescape-gluteus-maximus'] },
    { text: 'Injections into the buttock, and sitting on a wallet.', sources: ['bodyacheescape-gluteus-maximus'] },
    {
      text: 'A "Morton foot" (short big-toe bone) or one leg shorter than the other.',
      sources: ['bodyacheescape-gluteus-maximus', 'rothbart-morton-foot'],
    },
  ],
  dailyLife: [
    { text: 'Limit sitting to 15 to 20 minutes at a time.', sources: ['bodyacheescape-gluteus-maximus'] },
    { text: 'Sit on a cushion with a cut-out under the tender spot.', sources: ['bodyacheescape-gluteus-maximus'] },
    { text: 'In bed, put a pillow under or between your knees.', sources: ['bodyacheescape-gluteus-maximus'] },
  ],
  stopIf: STOP_IF,
  seeAProfessional: [
    SEE_RED_FLAGS,
    SEE_LEG_SYMPTOMS,
    SIJ_ITSELF,
    SEE_NO_IMPROVEMENT,
    {
      text: 'Tailbone pain that started after a fall, or that does not settle: it can have other causes that need a doctor to look at.',
      sources: ['nhs-gloucestershire-red-flags', 'ts2-ch7'],
      uncertain:
        'The muscle sources name tailbone pain as one possible cause only; the advice to see a doctor is ours, in line with the trauma warning sign.',
    },
    ...SEE_CONTRAINDICATIONS,
  ],
  cautions: [SCIATIC_NERVE, PREGNANCY_POSITIONS, SORE_NEXT_DAY],
  expectations: EXPECTATIONS,
};
