import type { Guide } from '../library/types.ts';
import {
  BALL_TOOL,
  DISCOMFORT_MAX,
  EXPECTATIONS,
  HOLD_SECONDS,
  PREGNANCY_POSITIONS,
  REPETITIONS,
  SESSIONS_PER_DAY,
  SIJ_ITSELF,
  SPINE_RIBS_KIDNEYS,
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
          text: 'Lie on your {other} side. Find your lowest rib at the side of your {side} waist, and the top of the hip bone below it.',
          sources: ['rejuvenationhealth-ql', 'chihealth-ql'],
        },
        {
          text: 'This spot lies just below the lowest rib, in front of the thick long muscles beside the spine. Feel gently with your fingertips; do not dig in.',
          sources: ['fitness-vip-lower-torso', 'learnandfeelbetter-ql'],
        },
      ],
      placement: {
        text: 'No ball for this spot: it sits just under your {side} lowest rib, over the kidney, and the lowest ribs are thin. Use the side-bend stretch instead, or ask a physiotherapist to treat it.',
        sources: ['fitness-vip-lower-torso', 'nielasher-ql', 'bmj-best-practice-lbp'],
        uncertain: 'Leaving out the ball here is our own safety rule; the sources place a ball under the ribs.',
      },
      noBall: true,
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
        text: 'Stand with your back to a wall and the ball between the wall and your {side} waist, just above the top of the hip bone, pressing in from the side. Keep it low: at least a hand-width below the lowest rib.',
        sources: ['learnandfeelbetter-ql', 'backmusclesolutions-lacrosse-ball'],
      },
    },
    {
      trp: 'quadratus_lumborum.deep_upper',
      find: [
        {
          text: 'Lie on your {other} side. Find the outer edge of the thick long muscles beside the spine on your {side} side, a few finger-widths above the top of the hip bone and well below the ribs.',
          sources: ['rejuvenationhealth-ql', 'chihealth-ql', 'fitness-vip-lower-torso'],
        },
        {
          text: 'Press gently straight in at that edge. Do not push in toward the spine.',
          sources: ['fitness-vip-lower-torso', 'learnandfeelbetter-ql'],
        },
      ],
      placement: {
        text: 'Ball against a wall, at the outer edge of the long back muscles on your {side} side, a few finger-widths above the top of the hip bone. Press straight in, not angled toward the spine, and keep it a hand-width below the lowest rib.',
        sources: ['learnandfeelbetter-ql', 'backmusclesolutions-lacrosse-ball'],
      },
    },
    {
      trp: 'quadratus_lumborum.deep_lower',
      find: [
        {
          text: 'Lie on your {other} side. Find the outer edge of the thick long muscles beside the spine on your {side} side, just above the top of the hip bone.',
          sources: ['rejuvenationhealth-ql', 'chihealth-ql', 'fitness-vip-lower-torso'],
        },
        {
          text: 'Press gently straight in at that edge, just above the bone. Do not push in toward the spine.',
          sources: ['fitness-vip-lower-torso', 'learnandfeelbetter-ql'],
        },
      ],
      placement: {
        text: 'Ball against a wall, at the outer edge of the long back muscles on your {side} side, just above the top of the hip bone. Press straight in, not angled toward the spine.',
        sources: ['learnandfeelbetter-ql', 'backmusclesolutions-lacrosse-ball'],
      },
    },
  ],
  release: {
    tool: BALL_TOOL,
    position: {
      text: 'Standing with your back to a wall, the ball between the wall and the side of your waist, pressing in from the side. Keep it between the top of the hip bone and a hand-width below the lowest rib. Lying on your {other} side is how practitioners reach your {side} side.',
      sources: ['learnandfeelbetter-ql', 'rejuvenationhealth-ql', 'chihealth-ql'],
    },
    discomfortMax: {
      ...DISCOMFORT_MAX,
      sources: [...DISCOMFORT_MAX.sources, 'learnandfeelbetter-ql'],
      uncertain:
        'The source for this muscle says only to avoid very strong pressure; the 5 out of 10 ceiling comes from Davies summaries, which differ (5 or 7).',
    },
    holdSeconds: HOLD_SECONDS,
    repetitions: REPETITIONS,
    sessionsPerDay: SESSIONS_PER_DAY,
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
      text: 'Moving after rest: a deep ache at rest can turn sharp when you move.',
      sources: ['namtpt-quadratus-lumborum', 'galantdesign-ts'],
    },
  ],
  // What sets it off (sources list these as causes, not as what makes the pain worse).
  perpetuators: [
    {
      text: 'Bending and twisting, for example reaching down to the floor.',
      sources: ['wellbeingnaturally-ql', 'learnandfeelbetter-ql', 'galantdesign-ts'],
    },
    { text: 'Lifting awkward loads.', sources: ['wellbeingnaturally-ql', 'learnandfeelbetter-ql'] },
    { text: 'Getting up from low seats.', sources: ['galantdesign-ts'] },
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
    SIJ_ITSELF,
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
    SPINE_RIBS_KIDNEYS,
    { text: 'Avoid very strong pressure on this muscle.', sources: ['learnandfeelbetter-ql'] },
    PREGNANCY_POSITIONS,
    SORE_NEXT_DAY,
  ],
  expectations: EXPECTATIONS,
};
