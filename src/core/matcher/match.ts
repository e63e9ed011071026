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
  readonly largestPrevalence: number;
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
    const largestPrevalence = Math.max(1, ...muscles.map((m) => (m.prevalence ? (m.prevalence.min + m.prevalence.max) / 2 : 0)));
    library = { muscles, patterns, largestPrevalence };
    prepared.set(muscles, library);
  }
  return library;
}

const SIDES: readonly SuggestionSide[] = ['L', 'R', 'B'];
const round = (value: number) => Number(value.toFixed(SCORE_DECIMALS));

function priorFactor(muscle: Muscle, library: PreparedLibrary): number {
  const prevalence = muscle.prevalence ? (muscle.prevalence.min + muscle.prevalence.max) / 2 : 0;
  return 1 - PRIOR_SPAN * (1 - prevalence / library.largestPrevalence);
}

function symptomFactor(symptomsOfPattern: ReadonlySet<SymptomId>, reported: readonly SymptomId[]): number {
  if (reported.length === 0) return 1;
  const matching = reported.filter((id) => symptomsOfPattern.has(id)).length / reported.length;
  return 1 - SYMPTOM_MAX_PENALTY + (SYMPTOM_MAX_BOOST + SYMPTOM_MAX_PENALTY) * matching;
}

/** Applies press-to-test answers as likelihood ratios to the score's odds. */
function pressTestFactor(score: number, trp: TriggerPoint, side: SuggestionSide, answers: PressTests): { score: number; tested: boolean } {
  const sides = side === 'B' ? ['L', 'R'] : [side];
  let ratio = 1;
  let tested = false;
  for (const s of sides) {
    const answer = answers[`${trp.id}@${s}`];
    if (answer) {
      ratio *= PRESS_TEST_LIKELIHOOD_RATIO[answer];
      tested = true;
    }
  }
  if (!tested || score <= 0) return { score, tested };
  const odds = (Math.min(score, 0.999) / (1 - Math.min(score, 0.999))) * ratio;
  return { score: odds / (1 + odds), tested };
}

interface Candidate {
  readonly suggestion: Suggestion;
  readonly pattern: SidedPattern;
}

function rateMuscleSide(
  muscle: Muscle,
  side: SuggestionSide,
  library: PreparedLibrary,
  marks: PreparedMarks,
  input: MatchInput,
): Candidate | undefined {
  const patterns = library.patterns.get(`${muscle.id}@${side}`) ?? [];
  const reported = input.symptoms ?? [];
  const prior = priorFactor(muscle, library);
  const answers = input.pressTests ?? {};
  let anyTested = false;
  let bestBeforeTest = 0;

  const rated = patterns.map((pattern) => {
    const trpSymptoms = new Set(pattern.trp.symptoms.map((s) => s.id));
    const frequency = pattern.trp.frequency?.value === 'least_common' ? LEAST_COMMON_FACTOR : 1;
    const base = scorePattern(pattern, marks).fit * prior * frequency * symptomFactor(trpSymptoms, reported);
    const { score, tested } = pressTestFactor(base, pattern.trp, side, answers);
    anyTested ||= tested;
    bestBeforeTest = Math.max(bestBeforeTest, base);
    return { pattern, score };
  });
  rated.sort((a, b) => b.score - a.score || a.pattern.trp.id.localeCompare(b.pattern.trp.id));
  const best = rated[0];
  if (!best || best.score <= 0) return undefined;

  const muscleSymptoms = new Set(muscle.trps.flatMap((trp) => trp.symptoms.map((s) => s.id)));
  const together = patterns.length > 1 ? scoreTogether(patterns, marks).fit * prior * symptomFactor(muscleSymptoms, reported) : 0;
  // The same roll-up with and without press-test answers, so scoreBeforePressTest is the score
  // the muscle had before the answers.
  const rollUp = (bestScore: number) => Math.min(1, bestScore + ROLL_UP_SHARE * Math.max(0, together - bestScore));
  const score = rollUp(best.score);

  const pattern = best.pattern;
  const explains = marks.regions.filter((id) => pattern.weight[regionIndex(id)]! > 0);
  const suggestion: Suggestion = {
    muscle: muscle.id,
    trp: pattern.trp.id,
    side,
    score: round(score),
    explains,
    missing: pattern.essentialRegions.filter((id) => marks.weight[regionIndex(id)] === 0),
    explainsEssential: explains.filter((id) => pattern.essential[regionIndex(id)] === 1),
    explainsSpillover: explains.filter((id) => pattern.essential[regionIndex(id)] !== 1),
    trps: rated.map((r) => ({ trp: r.pattern.trp.id, score: round(r.score) })),
    matchingSymptoms: reported.filter((id) => muscleSymptoms.has(id)),
    ...(anyTested ? { scoreBeforePressTest: round(rollUp(bestBeforeTest)) } : {}),
  };
  return { suggestion, pattern };
}

/** The better of left, right and both; an exact left/right tie means both sides fit alike. */
function bestSide(candidates: readonly (Candidate | undefined)[]): Candidate | undefined {
  const [left, right, both] = candidates;
  if (left && right && left.suggestion.score === right.suggestion.score && both) return both;
  return candidates.reduce<Candidate | undefined>((best, c) => (c && (!best || c.suggestion.score > best.suggestion.score) ? c : best), undefined);
}

/**
 * Two muscles that together explain the map clearly better than any one muscle does: each
 * must account for marks the other does not, and the pair must beat the best single fit.
 */
function findCombination(candidates: readonly Candidate[], marks: PreparedMarks): Combination | undefined {
  let found: Combination | undefined;
  const top = candidates.slice(0, COMBINATION_CANDIDATES);
  const bestAlone = Math.max(0, ...top.map((c) => scorePattern(c.pattern, marks).fit));
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) {
      const a = top[i]!;
      const b = top[j]!;
      const aOnly = a.suggestion.explains.some((id) => !b.suggestion.explains.includes(id));
      const bOnly = b.suggestion.explains.some((id) => !a.suggestion.explains.includes(id));
      if (!aOnly || !bOnly) continue;
      const together = scoreTogether([a.pattern, b.pattern], marks).fit;
      if (together - bestAlone < COMBINATION_MARGIN || (found && together <= found.score)) continue;
      const explains = marks.regions.filter((id) => a.suggestion.explains.includes(id) || b.suggestion.explains.includes(id));
      found = { muscles: [a.suggestion, b.suggestion], score: round(together), explains };
    }
  }
  return found;
}

export function match(input: MatchInput, muscles: readonly Muscle[] = MUSCLES): MatchResult {
  const library = prepareLibrary(muscles);
  const marks = prepareMarks(input.marks);
  const screen = screenForDoctor(marks.regions, input.redFlags ?? []);

  const candidates = library.muscles
    .map((muscle) => bestSide(SIDES.map((side) => rateMuscleSide(muscle, side, library, marks, input))))
    .filter((c): c is Candidate => !!c && c.suggestion.score >= MINIMUM_SCORE && c.suggestion.explains.length > 0)
    .sort(
      (a, b) =>
        b.suggestion.score - a.suggestion.score ||
        MUSCLE_IDS.indexOf(a.suggestion.muscle) - MUSCLE_IDS.indexOf(b.suggestion.muscle),
    );

  const explainedByTop = new Set<RegionId>(candidates.slice(0, 3).flatMap((c) => c.suggestion.explains));
  const combination = findCombination(candidates, marks);
  return {
    redFlag: screen.reasons.length > 0,
    doctorReasons: screen.reasons,
    nerveCaution: screen.nerveCaution,
    suggestions: candidates.map((c) => c.suggestion),
    unexplained: marks.regions.filter((id) => !explainedByTop.has(id)),
    ...(combination ? { combination } : {}),
  };
}
