/**
 * Pieces the release guides share: the pressure dose, the stretch dose, when to stop, when to see
 * a professional and what to expect (clinical-facts §2.7, §13, §14). Muscle guides add their own.
 */
import type { Guide, ReleaseDose, SourcedRange, SourcedText } from '../library/types.ts';

// ---- Pressure release ----

export const BALL_TOOL: SourcedText = {
  text: 'A tennis ball to start with. A firmer lacrosse ball goes deeper once the tennis ball feels too soft.',
  sources: ['backmusclesolutions-lacrosse-ball', 'livingleen'],
};

export const WALL_OR_FLOOR: SourcedText = {
  text: 'Leaning against a wall is gentler and a good place to start. Lying on the floor puts more of your weight on the ball, so it goes deeper and can hurt more.',
  sources: ['backmusclesolutions-lacrosse-ball', 'painalog-gluteus-medius'],
};

export const DISCOMFORT_MAX: ReleaseDose['discomfortMax'] = {
  value: 5,
  sources: ['davies-bob-and-brad', 'davies-alternativeroadtohealth'],
  uncertain: 'Summaries of Clair Davies differ: one gives 5 out of 10 as the ceiling, another 7 out of 10. We use the lower, safer figure.',
};

export const HOLD_SECONDS: SourcedRange = {
  min: 30,
  max: 90,
  sources: ['painalog-gluteus-medius', 'massagelibrary-mally', 'delgado-alvarez-2022'],
};

export const REPETITIONS: SourcedText = {
  text: 'Work one spot at a time. Either hold still until the soreness eases, or give 10 to 12 short, slow strokes across the spot in one direction. Stay no longer than about 10 to 12 slow breaths on one spot, then move the ball a little and repeat on the next tender spot.',
  sources: ['davies-bob-and-brad', 'bodiesinbalance-self-care', 'livingleen'],
};

export const SESSIONS_PER_DAY: SourcedRange = {
  min: 3,
  max: 6,
  sources: ['davies-bob-and-brad', 'davies-alternativeroadtohealth', 'mamashealth-massage'],
};

export const SHORT_SESSIONS: SourcedText = {
  text: 'Several short sessions a day work better than one long one.',
  sources: ['bodiesinbalance-self-care', 'learnandfeelbetter-gluteus-medius'],
};

/** The usual dose: a ball against a wall or on the floor. Guides with a particular position or hold build their own. */
export const BALL_RELEASE: ReleaseDose = {
  tool: BALL_TOOL,
  position: WALL_OR_FLOOR,
  discomfortMax: DISCOMFORT_MAX,
  holdSeconds: HOLD_SECONDS,
  repetitions: REPETITIONS,
  sessionsPerDay: SESSIONS_PER_DAY,
};

// ---- Stretching ----

/** ACSM 2021: 10–30 s for most adults, 30–60 s for older adults. */
export const STRETCH_HOLD: SourcedRange = {
  min: 10,
  max: 30,
  sources: ['acsm-2021'],
};

export const STRETCH_HOLD_STEP =
  'Hold for 10 to 30 seconds (30 to 60 seconds if you are an older adult). Aim for a feeling of tightness or slight discomfort, not pain. Stretch at least two or three days a week; every day is best.';

/**
 * For muscles whose sources give no particular stretch: the stretch is our own common choice,
 * dosed by ACSM. Says so plainly.
 */
export function ourStretchChoice(muscle: string): SourcedText {
  return {
    text: `Go gently and stop if it hurts or brings on pain, tingling or numbness down the leg. This stretch is a common choice for ${muscle}; our sources for this muscle do not describe one.`,
    sources: ['acsm-2021'],
    uncertain: `The sources we used name no stretch for ${muscle}; the choice of stretch is ours, the hold time follows ACSM.`,
  };
}

// ---- Stop at once ----

export const STOP_NERVE: SourcedText = {
  text: 'Shooting or electric pain, numbness, or pins and needles: you are probably pressing on a nerve. Stop and move the ball off the spot.',
  sources: ['livingleen', 'biologyinsights-sciatica'],
};

export const STOP_PULSE: SourcedText = {
  text: 'You feel a pulse beating under the ball or your fingers: you are on an artery. Move off it.',
  sources: ['davies-bob-and-brad'],
};

export const STOP_SHARP: SourcedText = {
  text: 'The pain turns sharp, or climbs above about 5 out of 10. Ease off; a "good hurt" is enough.',
  sources: ['davies-bob-and-brad', 'davies-alternativeroadtohealth'],
};

/** When to stop, nerve first. The belly guides put the pulse first, as the artery is the risk there. */
export const STOP_IF: readonly SourcedText[] = [STOP_NERVE, STOP_PULSE, STOP_SHARP];

// ---- See a professional ----

export const SEE_RED_FLAGS: SourcedText = {
  text: 'You answered yes to any of the warning-sign questions (numbness around the bottom or genitals, bladder or bowel changes, problems in both legs, fever, weight loss, pain at night or at rest, a serious fall or accident, a history of cancer).',
  sources: ['nhs-gloucestershire-red-flags', 'redflagsymptoms-back-pain', 'verhagen-2016'],
};

export const SEE_NO_IMPROVEMENT: SourcedText = {
  text: 'The pain is not getting better after about a month, or it keeps getting worse.',
  sources: ['nhs-gloucestershire-red-flags', 'verhagen-2016'],
};

export const SEE_LEG_SYMPTOMS: SourcedText = {
  text: 'The pain runs down the leg with numbness, pins and needles or weakness. A tender buttock spot is very common when a nerve root in the low back is irritated, so a sore spot in the buttock does not rule a nerve problem out.',
  sources: ['adelmanesh-2015', 'adelmanesh-2016', 'namtpt-gluteus-minimus'],
};

export const SEE_BLEEDING_CLOTS: SourcedText = {
  text: 'You take blood thinners, bruise or bleed easily, or have had a blood clot (such as a deep-vein thrombosis): ask a doctor before using firm pressure.',
  sources: ['spencermassage-risks', 'livih-massage-safety', 'excitingspas-side-effects'],
};

export const SEE_BONES: SourcedText = {
  text: 'You have a broken bone, severe osteoporosis (thin bones), or bone weakened by cancer: do not use firm pressure without a doctor’s say-so.',
  sources: ['spencermassage-risks', 'livih-massage-safety', 'clinicwala-precautions'],
};

export const SEE_PREGNANCY: SourcedText = {
  text: 'You are pregnant, especially if the pregnancy is high-risk: ask your midwife or doctor first, and do not press on the belly.',
  sources: ['excitingspas-side-effects', 'clinicwala-precautions'],
};

export const SEE_SKIN_OR_FEELING: SourcedText = {
  text: 'The skin over the spot has a wound, burn, infection or swelling, you have a fever, or you have reduced feeling there (for example from diabetes), so you might not notice pressing too hard.',
  sources: ['spencermassage-risks', 'excitingspas-side-effects', 'massagechairsphilippines-deep-tissue'],
  uncertain: 'Reduced feeling as a reason for care comes from one practitioner page.',
};

export const SEE_OTHER_CONDITIONS: SourcedText = {
  text: 'You have pain with no clear cause, cancer, or a heart condition: talk to your doctor before firm self-massage.',
  sources: ['spencermassage-risks', 'livih-massage-safety'],
};

export const SEE_WIDESPREAD: SourcedText = {
  text: 'You hurt in many places all over the body. Widespread pain is looked after differently from a few tender muscles.',
  sources: ['bourgaize-2018', 'graven-nielsen-2022'],
};

export const SEE_INFLAMMATORY: SourcedText = {
  text: 'The back pain began before age 45 and has lasted over three months, and at least four of these fit: it started before 35, it wakes you in the second half of the night, you have buttock pain, it improves when you move, anti-inflammatory tablets help within two days, a parent, sibling or child has spondyloarthritis, or you have had arthritis, psoriasis or painful tendon attachments. A doctor should check for inflammatory back pain (with three of them, a blood test can help decide).',
  sources: ['nice-ng65'],
};

/** The contraindications every guide lists. */
export const SEE_CONTRAINDICATIONS: readonly SourcedText[] = [
  SEE_BLEEDING_CLOTS,
  SEE_BONES,
  SEE_PREGNANCY,
  SEE_SKIN_OR_FEELING,
  SEE_OTHER_CONDITIONS,
];

/** The usual list, for guides with no reason of their own to add. */
export const SEE_A_PROFESSIONAL: readonly SourcedText[] = [SEE_RED_FLAGS, SEE_LEG_SYMPTOMS, SEE_NO_IMPROVEMENT, ...SEE_CONTRAINDICATIONS];

// ---- Cautions and expectations ----

export const SORE_NEXT_DAY: SourcedText = {
  text: 'Some soreness for a day or two afterwards is common. If the area is very sore the next day, you did too much: rest it for a day, then press more lightly and for less time.',
  sources: ['bodiesinbalance-self-care', 'bodyhealtherapy-minimus'],
};

export const SCIATIC_NERVE: SourcedText = {
  text: 'The large sciatic nerve runs deep through the middle of the buttock, under (and sometimes through) the piriformis muscle. If you feel tingling or shooting pain under the ball, move off the spot at once.',
  sources: ['biologyinsights-sciatica', 'wikipedia-piriformis-syndrome', 'livingleen'],
};

export const BELLY_CAUTION: SourcedText = {
  text: 'Pressing here means pressing over the belly, where organs and large blood vessels lie. Ask a doctor to rule out other causes before you try it, use your fingertips rather than a ball, press gently, and stop if you feel a pulse, sharp pain or sickness.',
  sources: ['painalog-iliopsoas', 'davies-bob-and-brad', 'excitingspas-side-effects'],
};

/** Releasing through the belly (iliopsoas, lower rectus abdominis): lying down, gentler than elsewhere. */
export const BELLY_POSITION: SourcedText = { text: 'Lying on your back with your knees bent and feet flat.', sources: ['painalog-iliopsoas'] };

export const BELLY_DISCOMFORT_MAX: ReleaseDose['discomfortMax'] = {
  value: 3,
  sources: ['painalog-iliopsoas', 'davies-bob-and-brad'],
  uncertain: 'The source asks for gentle pressure over the belly without a number; we set 3 out of 10, below the general ceiling of 5.',
};

export const EXPECTATIONS: SourcedText = {
  text: 'Pressing on a trigger point makes the spot less tender to pressure, and that shows up straight after a session. In a review of trials, though, it did not ease people’s own rating of their pain more than the comparison treatments did. Treat it as one thing to try, alongside staying active. The map suggests likely muscles; it is not a diagnosis, and even trained examiners often disagree about trigger points.',
  sources: ['ischemic-compression-meta-2022', 'fernandez-de-las-penas-2006', 'rathbone-2017'],
};

// ---- The back (paraspinal) muscles: shared by their short guides ----

export const BACK_MUSCLE_TOOL: SourcedText = {
  text: 'A ball against a wall, or a hooked cane-shaped massage tool. These muscles lie deep and need firm pressure.',
  sources: ['nielasher-lbp'],
};

export const BACK_MUSCLE_POSITION: SourcedText = {
  text: 'Standing with the ball between a wall and your back is gentler; lying on the ball on the floor goes deeper.',
  sources: ['nielasher-lbp', 'backmusclesolutions-lacrosse-ball'],
};

export const BACK_MUSCLE_AGGRAVATORS: readonly SourcedText[] = [
  {
    text: 'Sitting or standing in one position for a long time.',
    sources: ['namtpt-gluteus-medius', 'namtpt-gluteus-minimus'],
    uncertain: 'Listed for the buttock muscles; our sources name no particular activities for the back muscles.',
  },
  {
    text: 'Sudden or unaccustomed effort, such as lifting or lowering a load when out of condition.',
    sources: ['dommerholt-2006'],
    uncertain: 'How trigger points start in general; not specific to this muscle.',
  },
];

export const BACK_MUSCLE_PERPETUATORS: readonly SourcedText[] = [
  {
    text: 'Hard or high-impact work that the muscle is not used to, especially when it works while lengthening, as in lowering a load or bending forward slowly.',
    sources: ['dommerholt-2006'],
    uncertain: 'How trigger points start in general; not specific to this muscle.',
  },
];

export const BACK_MUSCLE_DAILY_LIFE: readonly SourcedText[] = [
  {
    text: 'When sitting, get up and move about every 15 to 20 minutes.',
    sources: ['namtpt-gluteus-minimus'],
    uncertain: 'Advice given for the buttock muscles; we apply it to the back muscles too.',
  },
  SHORT_SESSIONS,
];

export const BACK_MUSCLE_CAUTION: SourcedText = {
  text: 'Firm pressure is needed here. Skip it if you have thin bones (osteoporosis), take blood thinners or bruise easily, unless a doctor says it is safe.',
  sources: ['nielasher-lbp', 'spencermassage-risks', 'livih-massage-safety'],
};

export const KNEES_TO_CHEST_STEPS: readonly string[] = [
  'Lie on your back with both knees bent and feet flat.',
  'Bring one knee, then the other, up toward your chest and hold them with your hands.',
  'Draw them in gently until you feel a stretch along the low back.',
  STRETCH_HOLD_STEP,
  'Lower one foot, then the other, slowly. Repeat two or three times.',
];

/**
 * What the four long-back-muscle guides (iliocostalis lumborum and thoracis, longissimus,
 * multifidus) share: the same pressure release against a wall, the same stretch, the same
 * everyday advice and stop rules. Each guide adds its own sections and cautions.
 */
export const BACK_MUSCLE_GUIDE = {
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
  stopIf: STOP_IF,
  expectations: EXPECTATIONS,
} as const satisfies Partial<Guide>;
