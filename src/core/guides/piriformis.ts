import type { Guide } from '../library/types.ts';
import {
  BALL_TOOL,
  DISCOMFORT_MAX,
  EXPECTATIONS,
  NEAR_A_NERVE,
  PREGNANCY_POSITIONS,
  SIJ_ITSELF,
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

export const piriformisGuide: Guide = {
  muscle: 'piriformis',
  area: 'buttock',
  depth: 'short',
  intro: {
    text: 'Piriformis is a deep muscle across the middle of the buttock, from the base of the spine to the bony bump at the side of the hip. It sits below the low back yet can be part of low back and buttock pain. The sciatic nerve runs right under it, so work here gently and watch for nerve signs.',
    sources: ['musclepain-piriformis', 'ts2-ch10', 'backmusclesolutions-5-muscles', 'biologyinsights-sciatica', 'wikipedia-piriformis-syndrome'],
  },
  sections: [
    {
      trp: 'piriformis.lateral_medial',
      find: [
        {
          text: 'Find the bony bump on the side of your {side} hip, and the edge of the flat bone at the base of your spine.',
          sources: ['musclepain-piriformis', 'ts2-ch10'],
        },
        {
          text: 'Picture a line between them across the middle of your {side} buttock. The muscle runs along it. Find the point halfway along.',
          sources: ['musclepain-piriformis', 'ts2-ch10'],
        },
        {
          text: 'Only on the outer half of the line, from that halfway point out to the hip bump, press in slowly for a deep, tender spot that brings on your familiar buttock pain. Leave the inner half alone: the sciatic nerve comes out there, under the muscle.',
          sources: ['musclepain-piriformis', 'njoo-1994', 'biologyinsights-sciatica', 'wikipedia-piriformis-syndrome'],
          uncertain: 'The sources say the nerve runs under the middle of the buttock; keeping to the outer half is our own safety rule.',
        },
      ],
      placement: {
        text: 'Ball on the outer half of the line in your {side} buttock only: between the halfway point and the bony bump at the side of your {side} hip, never nearer the spine. Start standing with your back to a wall and lean in gently. Move to the floor only after several days at the wall without soreness.',
        sources: ['backmusclesolutions-lacrosse-ball', 'biologyinsights-sciatica', 'wikipedia-piriformis-syndrome'],
        uncertain: 'The outer-half limit and the days at the wall are our own cautions near the sciatic nerve.',
      },
    },
  ],
  release: {
    tool: BALL_TOOL,
    position: {
      text: 'Standing with your back to a wall. It is gentler, and you can step away at once. The floor puts your weight on the ball and presses much harder: leave it until the wall is easy.',
      sources: ['backmusclesolutions-lacrosse-ball'],
    },
    discomfortMax: DISCOMFORT_MAX,
    ...NEAR_A_NERVE,
  },
  stretches: [
    {
      name: 'Figure-4',
      steps: [
        'Lie on your back with both knees bent and feet flat.',
        'Rest your {side} ankle on your {other} knee.',
        'Hold the back of your {other} thigh and draw it gently toward your chest until you feel a stretch deep in your {side} buttock.',
        STRETCH_HOLD_STEP,
        'Lower slowly. Repeat two or three times.',
      ],
      holdSeconds: STRETCH_HOLD,
      sources: ['philamassages-stretches', 'acsm-2021'],
      caution: {
        text: 'Stop if this brings on tingling, numbness or pain down the leg. The source offers this stretch for the other deep buttock muscles; it reaches piriformis too.',
        sources: ['philamassages-stretches', 'livingleen'],
        uncertain: 'Using it for piriformis is our own choice.',
      },
    },
  ],
  aggravators: [{ text: 'Sitting, especially for a long time.', sources: ['wikipedia-piriformis-syndrome', 'medlink-piriformis'] }],
  perpetuators: [
    {
      text: 'A problem in the sacroiliac joint (where the spine base meets the pelvis) often goes with it.',
      sources: ['medlink-piriformis', 'namtpt-piriformis'],
    },
    {
      text: 'Sitting long, or on a wallet in a back pocket.',
      sources: ['namtpt-gluteus-minimus', 'wikipedia-piriformis-syndrome'],
      uncertain: 'The wallet is listed for the other buttock muscles; we apply it here.',
    },
  ],
  dailyLife: [
    {
      text: 'Get up and move every 15 to 20 minutes when sitting, and keep your wallet in a front pocket.',
      sources: ['namtpt-gluteus-minimus'],
      uncertain: 'Advice given for the buttock muscles in general.',
    },
  ],
  stopIf: STOP_IF,
  seeAProfessional: [
    SEE_RED_FLAGS,
    {
      text: 'You have pins and needles or numbness in the back of the thigh, the leg or the foot. A tight piriformis can press on the sciatic nerve, and a slipped disc can feel the same: a doctor or physiotherapist should check.',
      sources: ['medlink-piriformis', 'namtpt-piriformis', 'wikipedia-piriformis-syndrome'],
    },
    SEE_LEG_SYMPTOMS,
    SIJ_ITSELF,
    SEE_NO_IMPROVEMENT,
    ...SEE_CONTRAINDICATIONS,
  ],
  cautions: [
    {
      text: 'Nerve caution: the sciatic nerve runs right under this muscle. If pressing or stretching brings on tingling, burning, shooting pain or numbness, in the buttock or down the leg, stop the session: it may be the nerve. Do not go back to that spot; if the feeling stays, see a doctor.',
      sources: ['biologyinsights-sciatica', 'wikipedia-piriformis-syndrome', 'livingleen'],
    },
    SCIATIC_NERVE,
    {
      text: 'One page lists pain when opening the bowels for this muscle. Back pain made worse when you open your bowels is also a reason to get same-day medical advice, so do not put it down to the muscle.',
      sources: ['namtpt-piriformis', 'redflagsymptoms-back-pain'],
    },
    PREGNANCY_POSITIONS,
    SORE_NEXT_DAY,
  ],
  expectations: EXPECTATIONS,
};
