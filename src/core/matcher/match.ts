import { MUSCLES } from '../library/index.ts';
import { MUSCLE_IDS, type Muscle, type TriggerPoint } from '../library/types.ts';
import { regionIndex, type RegionId } from '../regions/regionIds.ts';
import type { SymptomId } from '../symptoms.ts';
import { screenForDoctor } from './doctorScreen.ts';
import { buildPatternTables, type SidedPattern } from './patternTables.ts';
import { prepareMarks, type PreparedMarks } from './preparedMarks.ts';
import { scorePattern, scoreTogether } from './scorePattern.ts';
import type { Combination, MatchInput, MatchResult, PressTests, Suggestion, SuggestionSide } from './types.ts';
import {
  COMBINATION_CANDIDATES,
  CONTRIBUTING_SHARE,
  COMBINATION_MARGIN,
  LEAST_COMMON_FACTOR,
  MINIMUM_SCORE,
  PRESS_TEST_LIKELIHOOD_RATIO,
  PRIOR_SPAN,
  ROLL_UP_SHARE,
  SCORE_DECIMALS,
  SYMPTOM_MAX_BOOST,
  SYMPTOM_MAX_PENALTY,
} from './weights.ts';

/**
 * The matcher: from marks (the per-region summary), symptoms, red-flag answers and
 * press-to-test answers to ranked suggestions. Pure and deterministic; runs the same in the
 * browser, in Node and on the command line. The scoring is documented in weights.ts.
 */

interface PreparedLibrary {
  readonly muscles: readonly Muscle[];
  /** Patterns by muscle, then by side. */
  readonly patterns: ReadonlyMap<string, readonly SidedPattern[]>;
  /** Symptoms by trigger point id and by muscle id (the union of its trigger points'). */
  readonly symptoms: ReadonlyMap<string, ReadonlySet<SymptomId>>;
  readonly prior: ReadonlyMap<string, number>;
}

const prepared = new WeakMap<readonly Muscle[], PreparedLibrary>();

function prepareLibrary(muscles: readonly Muscle[]): PreparedLibrary {
  let library = prepared.get(muscles);
  if (!library) {
    const patterns = new Map<string, SidedPattern[]>();
    for (const pattern of buildPatternTables(muscles)) {
      const key = `${pattern.trp.muscle}@${pattern.side}`;
      patterns.set(key, [...(patterns.get(key) ?? []), pattern]);
    }
    const midPrevalence = (m: Muscle) => (m.prevalence ? (m.prevalence.min + m.prevalence.max) / 2 : 0);
    const largest = Math.max(1, ...muscles.map(midPrevalence));
    const symptoms = new Map<string, ReadonlySet<SymptomId>>();
    for (const muscle of muscles) {
      for (const trp of muscle.trps) symptoms.set(trp.id, new Set(trp.symptoms.map((s) => s.id)));
      symptoms.set(muscle.id, new Set(muscle.trps.flatMap((trp) => trp.symptoms.map((s) => s.id))));
    }
    // Prevalence prior: between 1 - PRIOR_SPAN (no data, or rare) and 1 (the commonest).
    const prior = new Map(muscles.map((m) => [m.id, 1 - PRIOR_SPAN * (1 - midPrevalence(m) / largest)]));
    library = { muscles, patterns, symptoms, prior };
    prepared.set(muscles, library);
  }
  return library;
}

// Snapped to 9 decimals first: a mirrored map sums the same terms in another order, and a last-bit
// difference at a rounding boundary (0.1175) must not round one side up and the other down.
const round = (value: number) => Number(Number(value.toFixed(9)).toFixed(SCORE_DECIMALS));

/**
 * Scores this close are equal. A mirrored map, or a pattern that fits exactly as well as
 * another, sums the same terms in another order; every choice between two scores allows for
 * that, so a map and its mirror image get the same answer.
 */
const SAME_SCORE = 1e-9;
const isAbove = (a: number, b: number) => a > b + SAME_SCORE;
const isSame = (a: number, b: number) => Math.abs(a - b) <= SAME_SCORE;

function symptomFactor(symptomsOfPattern: ReadonlySet<SymptomId>, reported: readonly SymptomId[]): number {
  if (reported.length === 0) return 1;
  let matching = 0;
  for (const id of reported) if (symptomsOfPattern.has(id)) matching++;
  return 1 - SYMPTOM_MAX_PENALTY + ((SYMPTOM_MAX_BOOST + SYMPTOM_MAX_PENALTY) * matching) / reported.length;
}

/** Applies press-to-test answers, as likelihood ratios, to the score's odds. */
function applyPressTests(score: number, patterns: readonly SidedPattern[], answers: PressTests | undefined): { score: number; tested: boolean } {
  if (!answers) return { score, tested: false };
  let ratio = 1;
  let tested = false;
  for (const pattern of patterns) {
    for (const side of pattern.side === 'B' ? ['L', 'R'] : [pattern.side]) {
      const answer = answers[`${pattern.trp.id}@${side}`];
      if (answer) {
        ratio *= PRESS_TEST_LIKELIHOOD_RATIO[answer];
        tested = true;
      }
    }
  }
  if (!tested || score <= 0) return { score, tested };
  const odds = (Math.min(score, 0.999) / (1 - Math.min(score, 0.999))) * ratio;
  return { score: odds / (1 + odds), tested };
}

/**
 * One way a muscle may explain the map: a trigger point on one side, the same one on both
 * sides, or (for 'both sides') the best trigger point of each side together.
 */
interface Rating {
  readonly patterns: readonly SidedPattern[];
  /** The trigger point reported for this rating. */
  readonly trp: TriggerPoint;
  readonly fit: number;
  /** After prior, frequency and symptoms, before press-to-test answers. */
  readonly base: number;
  readonly score: number;
  readonly tested: boolean;
}

interface Context {
  readonly library: PreparedLibrary;
  readonly marks: PreparedMarks;
  readonly input: MatchInput;
  /** The press-to-test answers; absent when none were given (most maps), to skip their work. */
  readonly answers?: PressTests;
}

function rate(patterns: readonly SidedPattern[], trp: TriggerPoint, muscle: Muscle, context: Context): Rating {
  const { marks, input, library } = context;
  const fit = patterns.length === 1 ? scorePattern(patterns[0]!, marks).fit : scoreTogether(patterns, marks).fit;
  const symptoms = patterns.length === 1 ? library.symptoms.get(trp.id)! : new Set(patterns.flatMap((p) => [...library.symptoms.get(p.trp.id)!]));
  const frequency = trp.frequency?.value === 'least_common' ? LEAST_COMMON_FACTOR : 1;
  // A symptom boost on a perfect fit would pass 1; a score is a share, so it stops there.
  const base = Math.min(1, fit * library.prior.get(muscle.id)! * frequency * symptomFactor(symptoms, input.symptoms ?? []));
  const { score, tested } = applyPressTests(base, patterns, context.answers);
  return { patterns, trp, fit, base, score, tested };
}

/**
 * Ids compare by code unit: the same order in every locale (localeCompare follows the reader's
 * language), and no locale collator to start up, which cost a phone tens of milliseconds at load.
 */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byScore = (a: Rating, b: Rating) => (isSame(a.score, b.score) ? byId(a.trp.id, b.trp.id) : b.score - a.score);

/** The ratings of one muscle on one side (or both), best first. */
function ratingsFor(muscle: Muscle, side: SuggestionSide, context: Context, bestOneSided: readonly (Rating | undefined)[]): Rating[] {
  const patterns = context.library.patterns.get(`${muscle.id}@${side}`) ?? [];
  const ratings = patterns.map((pattern) => rate([pattern], pattern.trp, muscle, context));
  const [left, right] = bestOneSided;
  if (side === 'B' && left && right && left.trp.id !== right.trp.id && left.score > 0 && right.score > 0) {
    // Different trigger points of the same muscle on the two sides. Report the stronger one;
    // on a tie the first in library order, so a mirrored map reports the same.
    const reported = isAbove(left.score, right.score) || (isSame(left.score, right.score) && left.trp.id < right.trp.id) ? left.trp : right.trp;
    ratings.push(rate([...left.patterns, ...right.patterns], reported, muscle, context));
  }
  return ratings.sort(byScore);
}

interface Candidate {
  readonly suggestion: Suggestion;
  readonly patterns: readonly SidedPattern[];
  readonly fit: number;
  /** Some press-to-test answer weighs on this suggestion's score. */
  readonly tested: boolean;
}

/** A muscle's ratings on one side (or both) and its rolled-up, rounded score there. */
interface SideRating {
  readonly side: SuggestionSide;
  readonly ratings: readonly Rating[];
  /** Unrounded, so a tie that rounding makes is not taken for a symmetric map. */
  readonly exact: number;
  readonly score: number;
}

function rollUpScore(muscle: Muscle, side: SuggestionSide, ratings: readonly Rating[], context: Context): number {
  const strongest = Math.max(0, ...ratings.map((r) => r.base));
  if (strongest <= 0) return 0;
  const { library, marks, input } = context;
  const patterns = library.patterns.get(`${muscle.id}@${side}`) ?? [];
  // Muscle roll-up: what all its trigger points on this side explain together.
  const together =
    patterns.length < 2
      ? 0
      : scoreTogether(patterns, marks).fit * library.prior.get(muscle.id)! * symptomFactor(library.symptoms.get(muscle.id)!, input.symptoms ?? []);
  const rolledUp = Math.min(1, strongest + ROLL_UP_SHARE * Math.max(0, together - strongest));
  // Press-test answers weigh on the muscle as a whole, once per trigger point answered, so its
  // score moves by the documented likelihood ratio whichever trigger point leads.
  return applyPressTests(rolledUp, patterns, context.answers).score;
}

/** A muscle on the left, the right and both sides. */
function rateMuscle(muscle: Muscle, context: Context): SideRating[] {
  const left = ratingsFor(muscle, 'L', context, []);
  const right = ratingsFor(muscle, 'R', context, []);
  const both = ratingsFor(muscle, 'B', context, [left[0], right[0]]);
  return (
    [
      ['L', left],
      ['R', right],
      ['B', both],
    ] as const
  ).map(([side, ratings]) => {
    const exact = rollUpScore(muscle, side, ratings, context);
    return { side, ratings, exact, score: round(exact) };
  });
}

/** The better of left, right and both; an exact left/right tie means both sides fit alike. */
function bestSide([left, right, both]: readonly SideRating[]): SideRating | undefined {
  if (left!.score > 0 && isSame(left!.exact, right!.exact) && both!.score > 0) return both;
  let best: SideRating | undefined;
  for (const rating of [left!, right!, both!]) if (rating.score > 0 && (!best || isAbove(rating.exact, best.exact))) best = rating;
  return best;
}

/** The suggestion for a muscle on its chosen side: what it explains, what is missing, and why. */
function toCandidate(muscle: Muscle, { side, ratings, score }: SideRating, context: Context): Candidate {
  const { marks, input, library } = context;
  const best = ratings[0]!;
  // The marks this muscle explains: those of every trigger point that fits nearly as well.
  // A spillover-only fit is often exactly half an essential one: on the line, it counts.
  const contributing = ratings.filter((r) => !isAbove(CONTRIBUTING_SHARE * best.score, r.score)).flatMap((r) => r.patterns);
  const covers = (id: RegionId) => contributing.some((p) => p.weight[regionIndex(id)]! > 0);
  const essentialIn = (id: RegionId) => contributing.some((p) => p.essential[regionIndex(id)] === 1);
  const explains = marks.regions.filter(covers);
  const missing = [...new Set(best.patterns.flatMap((p) => p.essentialRegions))].filter((id) => marks.weight[regionIndex(id)] === 0);
  const muscleSymptoms = library.symptoms.get(muscle.id)!;
  const suggestion: Suggestion = {
    muscle: muscle.id,
    trp: best.trp.id,
    side,
    score,
    explains,
    missing,
    explainsEssential: explains.filter(essentialIn),
    explainsSpillover: explains.filter((id) => !essentialIn(id)),
    trps: ratings.filter((r) => r.patterns.length === 1).map((r) => ({ trp: r.trp.id, score: round(r.score) })),
    matchingSymptoms: (input.symptoms ?? []).filter((id) => muscleSymptoms.has(id)),
  };
  return { suggestion, patterns: best.patterns, fit: best.fit, tested: ratings.some((r) => r.tested) };
}

/** Every muscle worth suggesting, best first. */
function rankMuscles(context: Context): Candidate[] {
  return context.library.muscles
    .flatMap((muscle) => {
      const side = bestSide(rateMuscle(muscle, context));
      return side && side.score >= MINIMUM_SCORE ? [toCandidate(muscle, side, context)] : [];
    })
    .filter((c) => c.suggestion.explains.length > 0)
    .sort((a, b) => b.suggestion.score - a.suggestion.score || MUSCLE_IDS.indexOf(a.suggestion.muscle) - MUSCLE_IDS.indexOf(b.suggestion.muscle));
}

/** Adds to each suggestion a press-to-test answer moved where it stood without any answer. */
function withPlaceBeforeTests(candidates: readonly Candidate[], untested: readonly Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (!c.tested) return c;
    const index = untested.findIndex((u) => u.suggestion.muscle === c.suggestion.muscle);
    const before =
      index < 0 ? { scoreBeforePressTest: 0 } : { scoreBeforePressTest: untested[index]!.suggestion.score, rankBeforePressTest: index + 1 };
    return { ...c, suggestion: { ...c.suggestion, ...before } };
  });
}

/**
 * Two muscles that together explain the map clearly better than any one muscle does: each
 * must account for marks the other does not, and the pair must beat the best single fit.
 */
function findCombination(candidates: readonly Candidate[], marks: PreparedMarks): Combination | undefined {
  let found: Combination | undefined;
  let foundFit = 0;
  const top = candidates.slice(0, COMBINATION_CANDIDATES);
  const bestAlone = Math.max(0, ...top.map((c) => c.fit));
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      const a = top[i]!;
      const b = top[j]!;
      const aOnly = a.suggestion.explains.some((id) => !b.suggestion.explains.includes(id));
      const bOnly = b.suggestion.explains.some((id) => !a.suggestion.explains.includes(id));
      if (!aOnly || !bOnly) continue;
      const together = scoreTogether([...a.patterns, ...b.patterns], marks).fit;
      if (isAbove(bestAlone + COMBINATION_MARGIN, together) || (found && !isAbove(together, foundFit))) continue;
      const explains = marks.regions.filter((id) => a.suggestion.explains.includes(id) || b.suggestion.explains.includes(id));
      found = { muscles: [a.suggestion, b.suggestion], score: round(together), explains };
      foundFit = together;
    }
  }
  return found;
}

export function match(input: MatchInput, muscles: readonly Muscle[] = MUSCLES): MatchResult {
  const library = prepareLibrary(muscles);
  const marks = prepareMarks(input.marks);
  const screen = screenForDoctor(marks.regions, input.redFlags ?? []);
  const answers = input.pressTests && Object.keys(input.pressTests).length > 0 ? input.pressTests : undefined;
  const ranked = rankMuscles({ library, marks, input, ...(answers ? { answers } : {}) });
  const candidates = answers ? withPlaceBeforeTests(ranked, rankMuscles({ library, marks, input })) : ranked;

  const explainedByTop = new Set<RegionId>(candidates.slice(0, 3).flatMap((c) => c.suggestion.explains));
  const combination = findCombination(candidates, marks);
  const redFlag = screen.reasons.length > 0;
  return {
    redFlag,
    selfHelp: redFlag ? 'see_doctor' : input.screened === true ? 'ok' : 'screen_first',
    doctorReasons: screen.reasons,
    nerveCaution: screen.nerveCaution,
    suggestions: candidates.map((c) => c.suggestion),
    unexplained: marks.regions.filter((id) => !explainedByTop.has(id)),
    ...(combination ? { combination } : {}),
  };
}
