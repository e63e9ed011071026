/**
 * Pieces the release guides share: the pressure dose, the stretch dose, when to stop, when to see
 * a professional and what to expect (clinical-facts §2.7, §13, §14). Muscle guides add their own.
 *
 * ONE dose for every guide, here and nowhere else: hold about 30 s, never more than 10–12 slow
 * breaths on a spot, discomfort up to 5/10, two or three short sessions a day to start. Sources
 * give longer holds (90 s in a clinician's hands) and more sessions (3–6 a day); a self-help
 * starting dose takes the low end, because doing too much leaves the spot sore.
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

/** About 30 s of still pressure on a spot: the self-help figure. */
export const HOLD_SECONDS: SourcedRange = {
  min: 30,
  max: 30,
  sources: ['painalog-gluteus-medius', 'bodiesinbalance-self-care'],
};

/** Never longer on one spot than this many slow breaths. */
export const MAX_BREATHS_ON_A_SPOT = '10 to 12';

export const REPETITIONS: SourcedText = {
  text: `Work one spot at a time. Hold the pressure still for about 30 seconds, breathing slowly, while the soreness eases; never stay longer than ${MAX_BREATHS_ON_A_SPOT} slow breaths on one spot. Then move a little to the next tender spot.`,
  sources: ['painalog-gluteus-medius', 'bodiesinbalance-self-care', 'livingleen'],
};

export const SESSIONS_PER_DAY: SourcedRange = {
  min: 2,
  max: 3,
  sources: ['learnandfeelbetter-ql', 'bodiesinbalance-self-care', 'mamashealth-massage'],
  uncertain:
    'Our sources differ on how many sessions a day, up to six in some. We start at the low end: too much can irritate the spot and leave it sore the next day. Add more only if it is not sore the next day.',
};

export const SHORT_SESSIONS: SourcedText = {
  text: 'Several short sessions a day work better than one long one. Start with two or three; add more only if the spot is not sore the next day, and do less if it is.',
  sources: ['bodiesinbalance-self-care', 'learnandfeelbetter-ql', 'mamashealth-massage', 'bodyhealtherapy-minimus'],
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

/**
 * A gentler start where a nerve runs close (piriformis): shorter holds, fewer sessions, until you
 * know how the spot reacts. Still inside the one dose above.
 */
export const NEAR_A_NERVE: Pick<ReleaseDose, 'holdSeconds' | 'repetitions' | 'sessionsPerDay'> = {
  holdSeconds: {
    min: 20,
    max: 20,
    sources: ['painalog-gluteus-medius', 'bodyhealtherapy-minimus', 'biologyinsights-sciatica'],
    uncertain:
      'Shorter than the usual 30 seconds: our own caution near the sciatic nerve, in line with the advice to keep sessions short on deep hip muscles.',
  },
  repetitions: {
    text: 'Work one spot at a time. Hold the ball still for about 20 seconds, breathing slowly, then ease off. Two or three spots are enough to start.',
    sources: ['painalog-gluteus-medius', 'bodiesinbalance-self-care', 'bodyhealtherapy-minimus'],
    uncertain: 'The shorter hold and the few spots are our own cautious start near a nerve.',
  },
  sessionsPerDay: {
    min: 1,
    max: 2,
    sources: ['bodiesinbalance-self-care', 'bodyhealtherapy-minimus'],
    uncertain:
      'Fewer than the usual two or three a day to start, near a nerve: our own caution. Build up only if nothing tingles and it is not sore the next day.',
  },
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
  text: 'Tingling or pins and needles, burning, shooting or electric pain, or numbness: you are probably pressing on a nerve. Stop the session, take the ball away, and do not press that spot again. If the feeling does not go away, see a doctor.',
  sources: ['livingleen', 'biologyinsights-sciatica'],
  uncertain: 'Adding burning, and stopping the whole session rather than moving the ball, is our own extra caution.',
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

/** In every guide: how to position yourself if you are pregnant. */
export const PREGNANCY_POSITIONS: SourcedText = {
  text: 'If you are pregnant: ask your midwife or doctor before using firm pressure, above all if your pregnancy is high-risk. Never press on your belly or lie on it. Work standing with the ball against a wall, or lying on your side with a pillow between your knees, rather than lying flat on your back, and skip any step that presses on or squeezes your bump.',
  sources: ['excitingspas-side-effects', 'clinicwala-precautions', 'namtpt-gluteus-minimus'],
  uncertain:
    'Our sources say to ask first in a high-risk pregnancy and to keep pressure off the belly. Choosing the wall or side-lying positions, and not lying flat on your back, is our own caution, not a sourced rule.',
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
  text: 'The large sciatic nerve runs deep through the middle of the buttock, under (and sometimes through) the piriformis muscle. Keep the ball out of the middle of the buttock, and if you feel tingling, burning, shooting pain or numbness under the ball, stop at once.',
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
  text: 'Two tennis balls in a sock, knotted so they sit side by side with a small gap. Lean on them with the gap over the bony bumps down the middle of your back: one ball rests on the muscle each side of the spine and nothing presses on the spine itself. These muscles lie deep and need steady pressure.',
  sources: ['nielasher-lbp', 'backmusclesolutions-lacrosse-ball'],
  uncertain:
    'Our sources name a ball against a wall for these muscles; the two balls in a sock, which keep pressure off the spine, are our own safety choice.',
};

export const BACK_MUSCLE_POSITION: SourcedText = {
  text: 'Standing with your back to a wall, so you control how hard you lean. Lying on the balls on the floor presses much harder: leave it until the wall feels easy.',
  sources: ['nielasher-lbp', 'backmusclesolutions-lacrosse-ball'],
};

/** For every guide that puts a ball on the back: keep off the spine, the ribs and the kidneys. */
export const SPINE_RIBS_KIDNEYS: SourcedText = {
  text: 'Never press on the bony bumps down the middle of your back. Keep the ball off the lowest ribs and out of the soft area just under them at the back, where the kidneys lie: the lowest ribs are thin, and a kidney problem can feel like back pain.',
  sources: ['nielasher-ql', 'bmj-best-practice-lbp', 'spencermassage-risks'],
  uncertain: 'Where the ribs and kidneys lie is anatomy; keeping the ball off them is our own safety rule.',
};

/** Outer hip guides (gluteus medius and minimus, tensor fasciae latae). */
export const GLUTEAL_TENDONS: SourcedText = {
  text: 'Pain right on the bony bump at the side of the hip is often a tendon problem (gluteal tendinopathy, often called trochanteric bursitis), the most common cause of outer hip pain. Those tendons are irritated by being squeezed: keep the ball off the bump itself, skip any cross-over stretch that brings that pain on, and avoid sitting with your legs crossed or standing with your weight hung on one hip. If that is where it hurts, ask a physiotherapist to check the tendons.',
  sources: ['bjsm-lateral-hip-2020', 'bjsm-gluteal-triangle'],
  uncertain:
    'Our sources name gluteal tendinopathy as the most common cause of outer hip pain. The advice to avoid squeezing the tendons (crossed legs, hanging on one hip, pressure on the bump) is usual physiotherapy advice that they do not spell out.',
};

/** Guides whose pain reaches the sacroiliac joint. */
export const SIJ_ITSELF: SourcedText = {
  text: 'Your pain is only over the dimple at the back of the pelvis (the sacroiliac joint). Several muscles send pain there, but the joint itself, or a ligament beside it, can be the cause. If pressing the muscle does not bring on your own pain, ask a physiotherapist or doctor to check the joint.',
  sources: ['namtpt-gluteus-medius', 'namtpt-gluteus-minimus', 'bjsm-gluteal-triangle'],
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
  text: 'Steady pressure is needed here. Skip it if you have thin bones (osteoporosis), take blood thinners or bruise easily, unless a doctor says it is safe.',
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
