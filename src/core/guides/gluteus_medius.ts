import type { Guide } from '../library/types.ts';
import {
  BALL_TOOL,
  GLUTEAL_TENDONS,
  PREGNANCY_POSITIONS,
  SIJ_ITSELF,
  DISCOMFORT_MAX,
  HOLD_SECONDS,
  REPETITIONS,
  SCIATIC_NERVE,
  SEE_CONTRAINDICATIONS,
  SEE_INFLAMMATORY,
  SEE_LEG_SYMPTOMS,
  SEE_NO_IMPROVEMENT,
  SEE_RED_FLAGS,
  SEE_WIDESPREAD,
  SESSIONS_PER_DAY,
  SHORT_SESSIONS,
  SORE_NEXT_DAY,
  STOP_IF,
  STRETCH_HOLD,
  STRETCH_HOLD_STEP,
} from './common.ts';

/** The full-depth guide: gluteus medius is painmap's first target. */
export const gluteusMediusGuide: Guide = {
  muscle: 'gluteus_medius',
  area: 'hip',
  depth: 'full',
  intro: {
    text: 'Gluteus medius sits on the outside of the pelvis, just below the top of the hip bone. Its three trigger points all lie in a row just under that bony rim, from the back to the front. They send pain along the belt line, over the base of the spine, and into the buttock and the side of the hip. You can reach all three yourself with a ball.',
    sources: ['ts2-ch8', 'iliveok-gluteus-medius', 'aaronharris-gluteus-medius', 'brainscape-trp-referral', 'laurensfitness'],
  },
  sections: [
    {
      trp: 'gluteus_medius.trp1',
      find: [
        {
          text: 'Stand, or lie on your {other} side with a pillow between your knees.',
          sources: ['ts2-ch8', 'iliveok-gluteus-medius'],
        },
        {
          text: 'Put your hands on your waist and press down until you meet the hard top edge of your {side} hip bone. Follow the edge backward with your fingers.',
          sources: ['laurensfitness', 'ts2-ch8', 'iliveok-gluteus-medius'],
        },
        {
          text: 'At the back the edge ends in a small bony knob under a dimple in the skin. The dimple sits about two finger-widths to the side of the spine, just above the top of the buttock crease.',
          sources: ['ts2-ch8', 'iliveok-gluteus-medius', 'scribd-week5-trps'],
        },
        {
          text: 'Move one or two finger-widths out from the dimple and drop just below the edge of the bone. Press in, flat against the bone.',
          sources: ['ts2-ch8', 'iliveok-gluteus-medius', 'aaronharris-gluteus-medius'],
        },
        {
          text: 'You have found it if a spot there is clearly tender and pressing it brings on your own, familiar pain along the belt line or over the base of the spine.',
          sources: ['njoo-1994', 'rathbone-2017', 'brainscape-trp-referral'],
        },
        {
          text: 'Pressing does not always set off the spreading pain. A clearly tender spot that feels familiar still counts.',
          sources: ['hong-1997', 'njoo-1994'],
        },
      ],
      placement: {
        text: 'Put the ball just below the back part of the top of your {side} hip bone, a finger-width or two out from the dimple. On the floor, lie on your back with your {side} knee bent and resting on a cushion or block, and let more or less of your weight onto the ball. At a wall, stand with the ball between the wall and that spot and lean into it.',
        sources: ['painalog-gluteus-medius', 'backmusclesolutions-lacrosse-ball', 'laurensfitness'],
      },
    },
    {
      trp: 'gluteus_medius.trp2',
      find: [
        {
          text: 'Lie on your {other} side with a pillow between your knees, or stand.',
          sources: ['ts2-ch8', 'iliveok-gluteus-medius'],
        },
        {
          text: 'Find the highest point of the top of your {side} hip bone, at the side of your waist.',
          sources: ['laurensfitness', 'ts2-ch8'],
        },
        {
          text: 'Find the bony bump on the side of your hip, roughly a hand-width lower, where the thigh meets the pelvis.',
          sources: ['ts2-ch8', 'iliveok-gluteus-medius'],
        },
        {
          text: 'Between the two, just below the middle of the hip-bone rim, press in with your fingertips. The muscle lies right under the skin and fat here.',
          sources: ['ts2-ch8', 'iliveok-gluteus-medius', 'aaronharris-gluteus-medius'],
        },
        {
          text: 'A tender spot that brings on your familiar pain in the outer buttock or the side of the hip is the one.',
          sources: ['njoo-1994', 'rathbone-2017', 'aaronharris-gluteus-medius'],
        },
        {
          text: 'Search a small area around it: trigger points do not sit in exactly the same place in everyone, and even experienced examiners mark the same one about a centimetre apart.',
          sources: ['holm-jensen-2020'],
        },
      ],
      placement: {
        text: 'Start standing with your {side} side to a wall and the ball between the wall and the side of your pelvis, just below the middle of the hip-bone rim and above the bony bump (not on it). Lean in, let the ball sink in and breathe slowly, then shift it a little and repeat. Later, for more pressure, lie on your {side} side on the floor with the ball in the same place.',
        sources: ['livingleen', 'laurensfitness', 'backmusclesolutions-lacrosse-ball'],
      },
    },
    {
      trp: 'gluteus_medius.trp3',
      find: [
        {
          text: 'Lie on your {other} side with a pillow between your knees, or stand.',
          sources: ['ts2-ch8', 'iliveok-gluteus-medius'],
        },
        {
          text: 'Find the bony point at the front of your {side} hip: the front end of the hip bone, below and to the side of your navel.',
          sources: ['ts2-ch8', 'iliveok-gluteus-medius', 'aaronharris-gluteus-medius'],
        },
        {
          text: 'Follow the top edge of the hip bone back from that point by two or three finger-widths.',
          sources: ['ts2-ch8', 'iliveok-gluteus-medius', 'laurensfitness'],
        },
        {
          text: 'Press just below the edge. A tender spot there that brings on your pain along the hip bone or across the low back is the one. This spot is the least common of the three.',
          sources: ['ts2-ch8', 'iliveok-gluteus-medius', 'aaronharris-gluteus-medius', 'njoo-1994'],
        },
      ],
      placement: {
        text: 'Lie on your {side} side, rolled a little toward your front, with the ball just below the top edge of the hip bone, a few finger-widths behind the bony point at the front. Or stand with that part of your {side} hip against a wall and the ball between.',
        sources: ['livingleen', 'laurensfitness', 'backmusclesolutions-lacrosse-ball'],
      },
    },
  ],
  release: {
    tool: BALL_TOOL,
    position: {
      text: 'Against a wall is gentler and a good place to start. Lying on the floor puts more of your weight on the ball, so it goes deeper and can hurt more. For the back spot, lie on your back with your {side} knee bent on a cushion; for the side and front spots, lie on your {side} side.',
      sources: ['backmusclesolutions-lacrosse-ball', 'painalog-gluteus-medius', 'livingleen'],
    },
    discomfortMax: DISCOMFORT_MAX,
    holdSeconds: HOLD_SECONDS,
    repetitions: REPETITIONS,
    sessionsPerDay: SESSIONS_PER_DAY,
  },
  stretches: [
    {
      name: 'Knee toward the opposite shoulder',
      steps: [
        'Lie on your back with both legs straight, or sit tall on a chair.',
        'Bend your {side} knee and cross your {side} leg over your {other} leg.',
        'Hold your {side} knee with your {other} hand and draw it gently across your body toward your {other} shoulder.',
        'Stop where you feel a stretch on the outside of your {side} hip and buttock.',
        STRETCH_HOLD_STEP,
        'Let go slowly and rest. Repeat two or three times.',
      ],
      holdSeconds: STRETCH_HOLD,
      sources: ['physiohub-gluteus-medius-stretch', 'physitrack-gluteus-stretch', 'tgiffitness-glute-med-stretch', 'acsm-2021'],
      caution: {
        text: 'This stretch rounds and twists the back a little, which does not suit everyone. If it hurts your back, use the standing stretch instead.',
        sources: ['physiohub-gluteus-medius-stretch'],
      },
    },
    {
      name: 'Lying cross-over',
      steps: [
        'Lie on your back with both legs straight.',
        'Bend your {side} knee and put your {side} foot flat beside your {other} knee.',
        'Let your {side} knee roll across your straight {other} leg toward the floor, keeping both shoulders down. You can rest your {other} hand on the knee to add a little weight.',
        'Stop where you feel a stretch on the outside of your {side} hip.',
        STRETCH_HOLD_STEP,
        'Roll back slowly. Repeat two or three times.',
      ],
      holdSeconds: STRETCH_HOLD,
      sources: ['painalog-gluteus-medius', 'acsm-2021'],
    },
    {
      name: 'Standing cross-over at a wall',
      steps: [
        'Stand side-on to a wall, with your {side} side nearest the wall and your {side} hand on it for balance.',
        'Cross your {side} leg behind your {other} leg.',
        'Push your {side} hip gently sideways toward the wall until you feel a stretch along the outside of that hip.',
        STRETCH_HOLD_STEP,
        'Come back to standing slowly. Repeat two or three times.',
      ],
      holdSeconds: STRETCH_HOLD,
      sources: ['zanotowane-standing-stretch', 'acsm-2021'],
    },
    {
      name: 'Figure-4',
      steps: [
        'Lie on your back with both knees bent and feet flat.',
        'Rest your {side} ankle on your {other} knee, so the legs make a "4".',
        'Lift your {other} foot off the floor and hold the back of your {other} thigh with both hands.',
        'Draw that thigh gently toward your chest until you feel a stretch in your {side} buttock and hip.',
        STRETCH_HOLD_STEP,
        'Lower slowly. Repeat two or three times.',
      ],
      holdSeconds: STRETCH_HOLD,
      sources: ['philamassages-stretches', 'acsm-2021'],
      caution: {
        text: 'If this brings on tingling or pain down the leg, stop: it may be pulling on the sciatic nerve.',
        sources: ['livingleen', 'biologyinsights-sciatica'],
      },
    },
  ],
  aggravators: [
    { text: 'Walking, especially long walks.', sources: ['namtpt-gluteus-medius', 'morningside-gluteus-medius'] },
    { text: 'Lying on your back or on {either} side.', sources: ['namtpt-gluteus-medius', 'wellnessdigest-gluteus-medius'] },
    {
      text: 'Sitting slumped in a chair, or sitting long; it may even stop you sitting on {either} buttock.',
      sources: ['namtpt-gluteus-medius', 'wellnessdigest-gluteus-medius'],
    },
    { text: 'Standing for a long time.', sources: ['wellnessdigest-gluteus-medius', 'morningside-gluteus-medius'] },
    { text: 'Running, climbing stairs and balancing on one leg.', sources: ['morningside-gluteus-medius', 'pointcookphysio-running'] },
    { text: 'Carrying something heavy on one side, or reaching up and out to the side.', sources: ['hubbard-gluteus-medius'] },
    { text: 'Long hikes with a heavy backpack; some people start to waddle.', sources: ['learnandfeelbetter-gluteus-medius'] },
    { text: 'A chair that is too low.', sources: ['hubbard-gluteus-medius'] },
  ],
  perpetuators: [
    { text: 'A fall, or catching yourself to stop a fall.', sources: ['namtpt-gluteus-medius', 'namtpt-gluteus-minimus'] },
    {
      text: 'Sleeping on your side with nothing between the knees, or on your back with the legs straight.',
      sources: ['namtpt-gluteus-medius', 'namtpt-gluteus-minimus'],
    },
    { text: 'Injections into the buttock.', sources: ['namtpt-gluteus-medius', 'namtpt-gluteus-minimus'] },
    { text: 'Long tennis matches, or long walks on soft sand.', sources: ['namtpt-gluteus-medius', 'namtpt-gluteus-minimus'] },
    {
      text: 'Standing on one leg for long, standing in long queues, or sitting too long in one position.',
      sources: ['namtpt-gluteus-medius', 'namtpt-gluteus-minimus'],
    },
    { text: 'A wallet in a back pocket that you sit on.', sources: ['namtpt-gluteus-medius', 'namtpt-gluteus-minimus'] },
    { text: 'Pulling trousers on while standing on one leg.', sources: ['namtpt-gluteus-medius', 'namtpt-gluteus-minimus'] },
    {
      text: 'A problem in the sacroiliac joint (where the spine base meets the pelvis).',
      sources: ['namtpt-gluteus-medius', 'namtpt-gluteus-minimus'],
    },
    {
      text: 'A "Morton foot": a short big-toe bone with a longer second toe bone. Travell & Simons call it a major cause of trigger points that keep coming back.',
      sources: ['ts2-ch8', 'rothbart-morton-foot'],
    },
    { text: 'One leg shorter than the other by 5 mm (a quarter inch) or more.', sources: ['namtpt-gluteus-minimus'] },
    {
      text: 'Cycling with a poor pedalling technique: in one reported case the pain settled once the technique was corrected.',
      sources: ['green-1999'],
    },
    {
      text: 'Sudden hard or high-impact exercise when you are out of condition, especially movements where the muscle works while lengthening (such as going downhill).',
      sources: ['dommerholt-2006'],
      uncertain: 'This is how trigger points start in general; no study looked at gluteus medius in particular.',
    },
    {
      text: 'A weak gluteus medius. It is weaker in many people with long-lasting low back pain, and weakest in those with trigger points in it.',
      sources: ['cooper-2016', 'clearview-cooper-summary', 'carroll-2022'],
      uncertain: 'The first finding is known from the title and a practitioner summary only.',
    },
  ],
  dailyLife: [
    {
      text: 'Lying on your side, put a pillow between your knees. Lying on your back, put a pillow or rolled blanket under your knees.',
      sources: ['namtpt-gluteus-minimus', 'namtpt-gluteus-medius'],
    },
    { text: 'When sitting, get up and move about every 15 to 20 minutes.', sources: ['namtpt-gluteus-minimus'] },
    { text: 'Keep your wallet in a front pocket.', sources: ['namtpt-gluteus-minimus', 'namtpt-gluteus-medius'] },
    { text: 'Sit down, or lean against a wall, to put on trousers and socks.', sources: ['namtpt-gluteus-minimus', 'namtpt-gluteus-medius'] },
    { text: 'Choose a chair that is not too low.', sources: ['hubbard-gluteus-medius'] },
    {
      text: 'Ask a professional to check for a leg-length difference of 5 mm or more, or a sacroiliac joint problem, and correct it.',
      sources: ['namtpt-gluteus-minimus'],
    },
    {
      text: 'Carry loads in both hands, or in a backpack close to the body, rather than heavy on one side.',
      sources: ['hubbard-gluteus-medius'],
      uncertain: 'The source names one-sided carrying as a trigger; the fix is our own suggestion.',
    },
    SHORT_SESSIONS,
  ],
  stopIf: STOP_IF,
  seeAProfessional: [
    SEE_RED_FLAGS,
    SEE_LEG_SYMPTOMS,
    SEE_NO_IMPROVEMENT,
    {
      text: 'The pain is right on the bony bump at the side of the hip, or standing on your {side} leg makes the pelvis drop: a physiotherapist can check for gluteal tendon problems, the most common cause of outer hip pain.',
      sources: ['bjsm-lateral-hip-2020', 'bjsm-gluteal-triangle'],
    },
    SIJ_ITSELF,
    SEE_INFLAMMATORY,
    SEE_WIDESPREAD,
    ...SEE_CONTRAINDICATIONS,
  ],
  cautions: [
    SCIATIC_NERVE,
    {
      text: 'Keep the ball on the muscle just below the rim of the hip bone; do not dig into the middle of the buttock, where the nerve runs.',
      sources: ['biologyinsights-sciatica', 'laurensfitness'],
    },
    GLUTEAL_TENDONS,
    PREGNANCY_POSITIONS,
    SORE_NEXT_DAY,
  ],
  expectations: {
    text: 'Pressing on a trigger point makes the spot less tender to pressure, and that shows up straight after a session (it has also been seen with steady foam-roller pressure). In a review of trials, though, it did not ease people’s own rating of their pain more than the comparison treatments did. In a trial on gluteus medius in low back pain, dry needling by a clinician gave longer-lasting gains than pressure. Treat self-release as one thing to try, alongside staying active. The map suggests likely muscles; it is not a diagnosis, and even trained examiners often disagree about trigger points.',
    sources: [
      'ischemic-compression-meta-2022',
      'fernandez-de-las-penas-2006',
      'foam-roller-rct',
      'delgado-alvarez-2022',
      'rathbone-2017',
      'njoo-1994',
    ],
  },
};
