import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_TRPS, MUSCLES } from '../../src/core/library/index.ts';
import { match } from '../../src/core/matcher/match.ts';
import { buildPatternTables } from '../../src/core/matcher/patternTables.ts';
import { prepareMarks } from '../../src/core/matcher/preparedMarks.ts';
import { scorePattern } from '../../src/core/matcher/scorePattern.ts';
import { SINGLE_REGION_RECALL } from '../../src/core/matcher/weights.ts';
import type { MatchInput, MatchResult, PressAnswer, Suggestion, SuggestionSide } from '../../src/core/matcher/types.ts';
import { RED_FLAG_IDS } from '../../src/core/redFlags.ts';
import { mirrorRegion, type RegionId } from '../../src/core/regions/regionIds.ts';
import { SYMPTOM_IDS } from '../../src/core/symptoms.ts';
import { referenceFit } from '../support/referenceMatcher.ts';
import { markArb, marksArb } from '../support/arbitraries.ts';

// ---------- random maps ----------

const PRESS_KEYS = ALL_TRPS.flatMap((trp) => [`${trp.id}@L`, `${trp.id}@R`]);
const PRESS_ANSWERS: readonly PressAnswer[] = ['familiar', 'tender', 'nothing'];

const inputArb: fc.Arbitrary<MatchInput> = fc.record({
  marks: fc.array(markArb, { maxLength: 14 }),
  symptoms: fc.subarray([...SYMPTOM_IDS]),
  redFlags: fc.oneof(
    { weight: 4, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.subarray([...RED_FLAG_IDS], { minLength: 1, maxLength: 3 }) },
  ),
  pressTests: fc
    .array(fc.tuple(fc.constantFrom(...PRESS_KEYS), fc.constantFrom(...PRESS_ANSWERS)), { maxLength: 3 })
    .map((entries) => Object.fromEntries(entries) as Record<string, PressAnswer>),
});

const RUNS = { numRuns: 300 };

// ---------- helpers ----------

const sorted = (ids: readonly string[]) => [...ids].sort();
const markedRegions = (input: MatchInput) => new Set(input.marks.filter((m) => m.intensity > 0).map((m) => m.region));

function mirrorSide(side: SuggestionSide): SuggestionSide {
  return side === 'L' ? 'R' : side === 'R' ? 'L' : 'B';
}

function mirrorInput(input: MatchInput): MatchInput {
  const pressTests = Object.fromEntries(
    Object.entries(input.pressTests ?? {}).map(([key, answer]) => [key.replace(/@([LR])$/, (_, s: string) => `@${s === 'L' ? 'R' : 'L'}`), answer]),
  );
  return { ...input, marks: input.marks.map((m) => ({ ...m, region: mirrorRegion(m.region) })), pressTests };
}

const mirrored = (ids: readonly RegionId[]) => sorted(ids.map(mirrorRegion));

function expectMirrorOf(suggestion: Suggestion, original: Suggestion): void {
  expect(suggestion.muscle).toBe(original.muscle);
  expect(suggestion.trp).toBe(original.trp);
  expect(suggestion.side).toBe(mirrorSide(original.side));
  expect(suggestion.score).toBe(original.score);
  expect(sorted(suggestion.explains)).toEqual(mirrored(original.explains));
  expect(sorted(suggestion.missing)).toEqual(mirrored(original.missing));
}

function allScores(result: MatchResult): number[] {
  return [
    ...result.suggestions.flatMap((s) => [
      s.score,
      ...s.trps.map((t) => t.score),
      ...(s.scoreBeforePressTest === undefined ? [] : [s.scoreBeforePressTest]),
    ]),
    ...(result.combination ? [result.combination.score] : []),
  ];
}

// ---------- properties ----------

describe('the matcher on any pain map', () => {
  it('never fails, and every score it shows lies between 0 and 1', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = match(input);
        for (const score of allScores(result)) {
          expect(Number.isFinite(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it('lists suggestions best first, each muscle once', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { suggestions } = match(input);
        for (let i = 1; i < suggestions.length; i++) expect(suggestions[i - 1]!.score).toBeGreaterThanOrEqual(suggestions[i]!.score);
        expect(new Set(suggestions.map((s) => s.muscle)).size).toBe(suggestions.length);
      }),
      RUNS,
    );
  });

  it('only claims to explain regions the person marked, and only lists unmarked regions as missing', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const marked = markedRegions(input);
        const result = match(input);
        for (const s of result.suggestions) {
          expect(s.explains.length).toBeGreaterThan(0);
          for (const id of s.explains) expect(marked.has(id)).toBe(true);
          for (const id of s.missing) expect(marked.has(id)).toBe(false);
          expect(sorted([...s.explainsEssential, ...s.explainsSpillover])).toEqual(sorted(s.explains));
        }
        for (const id of result.combination?.explains ?? []) expect(marked.has(id)).toBe(true);
      }),
      RUNS,
    );
  });

  it('calls unexplained exactly the marked regions that none of the top three suggestions explains', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = match(input);
        const explainedByTop = new Set(result.suggestions.slice(0, 3).flatMap((s) => s.explains));
        const expected = [...markedRegions(input)].filter((id) => !explainedByTop.has(id));
        expect(sorted(result.unexplained)).toEqual(sorted(expected));
      }),
      RUNS,
    );
  });

  it('gives the same answer for the same map, whatever order the marks were made in', () => {
    const withShuffle = inputArb.chain((input) =>
      fc
        .shuffledSubarray([...input.marks], { minLength: input.marks.length, maxLength: input.marks.length })
        .map((marks) => [input, { ...input, marks }] as const),
    );
    fc.assert(
      fc.property(withShuffle, ([input, shuffled]) => {
        const first = match(input);
        expect(match(structuredClone(input))).toEqual(first);
        expect(match(shuffled)).toEqual(first);
      }),
      RUNS,
    );
  });

  it('answers a map drawn on the other side of the body with the same muscles, same scores and mirrored sides', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = match(input);
        const mirror = match(mirrorInput(input));
        expect(mirror.suggestions.map((s) => s.muscle)).toEqual(result.suggestions.map((s) => s.muscle));
        mirror.suggestions.forEach((s, i) => expectMirrorOf(s, result.suggestions[i]!));
        expect(mirror.redFlag).toBe(result.redFlag);
        expect(mirror.doctorReasons).toEqual(result.doctorReasons);
        expect(mirror.nerveCaution).toBe(result.nerveCaution);
        expect(sorted(mirror.unexplained)).toEqual(mirrored(result.unexplained));
        expect(mirror.combination === undefined).toBe(result.combination === undefined);
        if (mirror.combination && result.combination) {
          expect(mirror.combination.score).toBe(result.combination.score);
          mirror.combination.muscles.forEach((s, i) => expectMirrorOf(s, result.combination!.muscles[i]!));
        }
      }),
      RUNS,
    );
  });

  it('reports as the score before a press test the score the same map gets without any answer', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const without = new Map(match({ ...input, pressTests: {} }).suggestions.map((s) => [s.muscle, s]));
        for (const s of match(input).suggestions) {
          const plain = without.get(s.muscle);
          if (s.scoreBeforePressTest === undefined || plain === undefined || plain.side !== s.side) continue;
          expect(s.scoreBeforePressTest).toBe(plain.score);
        }
      }),
      RUNS,
    );
  });

  it('lets symptoms nudge a score by no more than an eighth, up or down', () => {
    // "Symptoms nudge, never dominate": what makes the pain worse is weak evidence next to where
    // it is felt, so the same map with or without symptoms keeps every muscle's score within 1/8.
    const pair = fc.record({ marks: fc.array(markArb, { minLength: 1, maxLength: 10 }), symptoms: fc.subarray([...SYMPTOM_IDS], { minLength: 1 }) });
    fc.assert(
      fc.property(pair, ({ marks, symptoms }) => {
        const without = new Map(match({ marks }).suggestions.map((s) => [s.muscle, s.score]));
        for (const s of match({ marks, symptoms }).suggestions) {
          const before = without.get(s.muscle);
          if (before === undefined) continue;
          expect(s.score).toBeLessThanOrEqual(before * (1 + 1 / 8) + 0.001);
          expect(s.score).toBeGreaterThanOrEqual(before * (1 - 1 / 8) - 0.001);
        }
      }),
      RUNS,
    );
  });
});

describe('the pattern scorer against a slow reference', () => {
  const patterns = buildPatternTables(MUSCLES);

  it('lays out every trigger point on the left, on the right and on both sides', () => {
    expect(patterns).toHaveLength(ALL_TRPS.length * 3);
    for (const trp of ALL_TRPS) {
      expect(sorted(patterns.filter((p) => p.trp.id === trp.id).map((p) => p.side))).toEqual(['B', 'L', 'R']);
    }
  });

  it('agrees with the reference to 1e-9 for every trigger point and side over 300 random maps (seed 20250611)', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.oneof(marksArb(4), marksArb(14)), (marks) => {
        const prepared = prepareMarks(marks);
        for (const pattern of patterns) {
          const fast = scorePattern(pattern, prepared);
          const slow = referenceFit(pattern.trp, pattern.side, marks);
          const where = `${pattern.trp.id}@${pattern.side} on ${JSON.stringify(marks)}`;
          expect(Math.abs(fast.precision - slow.precision), `precision of ${where}`).toBeLessThanOrEqual(1e-9);
          expect(Math.abs(fast.recall - slow.recall), `recall of ${where}`).toBeLessThanOrEqual(1e-9);
          expect(Math.abs(fast.fit - slow.fit), `fit of ${where}`).toBeLessThanOrEqual(1e-9);
          compared++;
        }
      }),
      { seed: 20250611, numRuns: 300 },
    );
    expect(compared).toBe(300 * patterns.length);
  });

  it('gives a perfect fit to a map of exactly a pattern’s essential zone, on that side (seed 7)', () => {
    // Not the reference checking itself: an independent anchor for both scorers.
    const intensities = fc.sample(fc.integer({ min: 1, max: 10 }), { seed: 7, numRuns: 200 });
    for (const pattern of patterns) {
      const marks = pattern.essentialRegions.map((region, i) => ({ region, intensity: intensities[i % intensities.length]! }));
      const fit = scorePattern(pattern, prepareMarks(marks));
      // A one-region zone marked alone earns a third of the credit (SINGLE_REGION_RECALL).
      expect(fit.recall, pattern.trp.id).toBe(marks.length === 1 ? SINGLE_REGION_RECALL : 1);
      expect(fit.precision, pattern.trp.id).toBe(1);
    }
  });
});
