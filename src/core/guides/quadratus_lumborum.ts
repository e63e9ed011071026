import type { Guide } from '../library/types.ts';
import {
  BALL_TOOL,
  DISCOMFORT_MAX,
  EXPECTATIONS,
  SEE_CONTRAINDICATIONS,
  SEE_NO_IMPROVEMENT,
  SEE_RED_FLAGS,
  SORE_NEXT_DAY,
  STOP_IF,
  STRETCH_HOLD,
  STRETCH_HOLD_STEP,
  ourStretchChoice,
} from './common.ts';

export const quadratusLumborumGuide: Guide = {
  muscle: 'quadratus_lumborum',
  area: 'low back',
  depth: 'short',
  intro: {
    text: 'Quadratus lumborum is a deep, flat muscle in the waist on each side, between the lowest rib and the top of the hip bone. It is one of the muscles most often found with trigger points in low back pain. It lies under the long back muscles, so reach it from the side.',
    sources: ['nielasher-ql', 'rejuvenationhealth-ql', 'chihealth-ql', 'monclus-diez-2025'],
  },
  sections: [
    {
      trp: 'quadratus_lumborum.superficial_upper',
      find: [
        {
          text: 'Lie on your {other} side. Find your lowest rib at the side of your waist, and the top of the hip bone below it.',
          sources: ['rejuvenationhealth-ql', 'chihealth-ql'],
        },
        {
          text: 'Just below the rib, press in from the side, just in front of the thick long muscles beside the spine.',
          sources: ['fitness-vip-lower-torso', 'learnandfeelbetter-ql'],
        },
      ],
      placement: {
        text: 'Stand with your back to a wall and the ball between the wall and your {side} waist, just below the lowest rib, so the ball presses in from the side.',
        sources: ['learnandfeelbetter-ql'],
      },
    },
    {
      trp: 'quadratus_lumborum.superficial_lower',
      find: [
        {
          text: 'Lie on your {other} side and find the top of your {side} hip bone at the side of your waist.',
          sources: ['rejuvenationhealth-ql', 'chihealth-ql'],
        },
        {
          text: 'Just above the bone, press in from the side, in front of the thick long back muscles.',
          sources: ['fitness-vip-lower-torso', 'learnandfeelbetter-ql'],
        },
      ],
      placement: {
        text: 'Ball between the wall and your {side} waist, just above the top of the hip bone, pressing in from the side.',
        sources: ['learnandfeelbetter-ql'],
      },
    },
    {
      trp: 'quadratus_lumborum.deep_upper',
      find: [
        {
          text: 'Lie on your {other} side. Find the edge of the thick long muscles beside the spine on your {side} side, a few finger-widths above the top of the hip bone.',
          sources: ['rejuvenationhealth-ql', 'chihealth-ql', 'fitness-vip-lower-torso'],
        },
        { text: 'Press in at that edge, angling toward the spine.', sources: ['fitness-vip-lower-torso', 'learnandfeelbetter-ql'] },
      ],
      placement: {
        text: 'Ball against a wall, at the outer edge of the long back muscles on your {side} side, a few finger-widths above the hip bone, angled in toward the spine.',
        sources: ['learnandfeelbetter-ql'],
      },
    },
    {
      trp: 'quadratus_lumborum.deep_lower',
      find: [
        {
          text: 'Lie on your {other} side. Find the edge of the thick long muscles beside the spine on your {side} side, just above the top of the hip bone.',
          sources: ['rejuvenationhealth-ql', 'chihealth-ql', 'fitness-vip-lower-torso'],
        },
        {
          text: 'Press in at that edge, just above the bone, angling toward the spine.',
          sources: ['fitness-vip-lower-torso', 'learnandfeelbetter-ql'],
        },
      ],
      placement: {
        text: 'Ball against a wall, at the outer edge of the long back muscles on your {side} side, just above the top of the hip bone, angled in toward the spine.',
        sources: ['learnandfeelbetter-ql'],
      },
    },
  ],
  release: {
    tool: BALL_TOOL,
    position: {
      text: 'Standing with the ball between a wall and your back, pressing in from the side under the ribs. Lying on your {other} side is how practitioners reach your {side} side.',
      sources: ['learnandfeelbetter-ql', 'rejuvenationhealth-ql', 'chihealth-ql'],
    },
    discomfortMax: {
      ...DISCOMFORT_MAX,
      sources: [...DISCOMFORT_MAX.sources, 'learnandfeelbetter-ql'],
      uncertain:
        'The source for this muscle says only to avoid very strong pressure; the 5 out of 10 ceiling comes from Davies summaries, which differ (5 or 7).',
    },
    holdSeconds: {
      min: 30,
      max: 90,
      sources: ['painalog-gluteus-medius', 'massagelibrary-mally', 'delgado-alvarez-2022'],
      uncertain: 'The source for this muscle uses slow passes rather than still holds; the hold time is the general one.',
    },
    repetitions: {
      text: 'Roll slowly back and forth over each tender spot, 15 to 20 passes.',
      sources: ['learnandfeelbetter-ql'],
    },
    sessionsPerDay: { min: 2, max: 3, sources: ['learnandfeelbetter-ql'] },
  },
  stretches: [
    {
      name: 'Standing side bend',
      steps: [
        'Stand with your feet hip-width apart.',
        'Raise your {side} arm over your head.',
        'Lean slowly toward your {other} side until you feel a stretch in your {side} waist. Keep your hips still and do not twist.',
        STRETCH_HOLD_STEP,
        'Come back to upright slowly. Repeat two or three times.',
      ],
      holdSeconds: STRETCH_HOLD,
      sources: ['acsm-2021'],
      caution: ourStretchChoice('quadratus lumborum'),
    },
  ],
  aggravators: [
    { text: 'Turning over in bed, and standing up straight after sitting or lying.', sources: ['namtpt-quadratus-lumborum', 'galantdesign-ts'] },
    {
      text: 'Bending and twisting, for example reaching down to the floor.',
      sources: ['wellbeingnaturally-ql', 'learnandfeelbetter-ql', 'galantdesign-ts'],
    },
    { text: 'Lifting awkward loads.', sources: ['wellbeingnaturally-ql', 'learnandfeelbetter-ql'] },
    { text: 'Getting up from low seats.', sources: ['galantdesign-ts'] },
  ],
  perpetuators: [
    { text: 'A car accident.', sources: ['wellbeingnaturally-ql', 'learnandfeelbetter-ql', 'galantdesign-ts'] },
    { text: 'Putting on trousers while off balance.', sources: ['wellbeingnaturally-ql', 'galantdesign-ts'] },
    { text: 'One leg shorter than the other.', sources: ['wellbeingnaturally-ql', 'galantdesign-ts'] },
    { text: 'When one side is involved, the other side tends to be overloaded too.', sources: ['wellbeingnaturally-ql'] },
  ],
  dailyLife: [
    { text: 'Sit down to put on trousers and socks.', sources: ['namtpt-gluteus-minimus', 'galantdesign-ts'] },
    { text: 'Leaning on the arms of a chair makes sitting easier, and using them helps you get up.', sources: ['namtpt-quadratus-lumborum'] },
    { text: 'Ask a professional to check for a leg-length difference.', sources: ['galantdesign-ts', 'namtpt-gluteus-minimus'] },
    { text: 'Work on both sides: the other side is often involved too.', sources: ['wellbeingnaturally-ql'] },
  ],
  stopIf: STOP_IF,
  seeAProfessional: [
    {
      text: 'Your back pain is worse when you cough, sneeze or strain. Some pages list this for quadratus lumborum, but it is also a warning sign: get medical advice the same day rather than treating it as a trigger point.',
      sources: ['redflagsymptoms-back-pain', 'sheffield-msk-back-pain', 'chcp-msk-back', 'namtpt-quadratus-lumborum'],
    },
    SEE_RED_FLAGS,
    {
      text: 'The pain in your side comes with a fever, burning when you pass urine or feeling sick: the kidneys sit near this muscle and a kidney problem can feel like back pain.',
      sources: ['bmj-best-practice-lbp'],
    },
    SEE_NO_IMPROVEMENT,
    ...SEE_CONTRAINDICATIONS,
  ],
  cautions: [
    {
      text: 'Pain on coughing or sneezing is an urgent-advice warning sign, not a sign of a trigger point. The app never uses it to point to this muscle.',
      sources: ['redflagsymptoms-back-pain', 'sheffield-msk-back-pain', 'namtpt-quadratus-lumborum'],
    },
    { text: 'Avoid very strong pressure on this muscle.', sources: ['learnandfeelbetter-ql'] },
    SORE_NEXT_DAY,
  ],
  expectations: EXPECTATIONS,
};
