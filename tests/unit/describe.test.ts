/**
 * The one-line "why" under each suggestion: it names the marked places a person recognises,
 * never one twice, and never hides a single place behind "and 1 other area".
 */
import { describe, expect, it } from 'vitest';
import { match } from '../../src/core/matcher/match.ts';
import type { RegionMark, Suggestion } from '../../src/core/matcher/types.ts';
import { REGION_IDS, type RegionId } from '../../src/core/regions/regionIds.ts';
import { regionShortName } from '../../src/core/regions/regionLabels.ts';
import { fitWords, whyLine } from '../../src/view/panels/describe.ts';
import fc from 'fast-check';
import { marksArb } from '../support/arbitraries.ts';

const marks = (...regions: RegionId[]): RegionMark[] => regions.map((region) => ({ region, intensity: 6 }));

/** Short names, longest first, so "outer thigh above the knee" is counted before "outer thigh". */
const SHORT_NAMES = [...new Set(REGION_IDS.map(regionShortName))].sort((a, b) => b.length - a.length);

/** The short names said more than once in a line. */
function repeated(line: string): string[] {
  const twice: string[] = [];
  let rest = line;
  for (const name of SHORT_NAMES) {
    if (rest.split(name).length > 2) twice.push(name);
    rest = rest.split(name).join('#');
  }
  return twice;
}

describe('whyLine', () => {
  const beltLineAndButtock = match({
    marks: marks(
      'L_iliac_crest',
      'L_sij',
      'L_sacrum',
      'L_buttock_upper_medial',
      'L_buttock_lower_medial',
      'L_hip_lateral',
      'L_groin',
      'L_abdomen_lower',
    ),
  }).suggestions;

  it('speaks to the person, and to a therapist in the report', () => {
    expect(whyLine(beltLineAndButtock[0]!)).toMatch(/^Fits the pain at your /);
    expect(whyLine(beltLineAndButtock[0]!, 'therapist')).toMatch(/^Fits the pain at the /);
  });

  it('names a single leftover place instead of "1 other area"', () => {
    for (const suggestion of beltLineAndButtock) expect(whyLine(suggestion)).not.toMatch(/\b1 other area\b/);
    const medius = beltLineAndButtock.find((s) => s.muscle === 'gluteus_medius')!;
    expect(whyLine(medius)).toMatch(/sometimes reaches your upper inner buttock and side of the hip\.$/);
  });

  it('names "and N other areas" only for two or more', () => {
    const lines = beltLineAndButtock.map((s) => whyLine(s));
    expect(lines.some((line) => /and [2-9] other areas/.test(line))).toBe(true);
  });

  it('names no place twice (seed 11, 300 random maps)', () => {
    let lines = 0;
    fc.assert(
      fc.property(marksArb(10), (marks) => {
        const suggestions: readonly Suggestion[] = match({ marks }).suggestions;
        for (const line of suggestions.map((s) => whyLine(s))) {
          expect(repeated(line), line).toEqual([]);
          lines++;
        }
      }),
      { seed: 11, numRuns: 300 },
    );
    expect(lines).toBeGreaterThan(300);
  });

  it('says so when only the sometimes zone is marked', () => {
    // The belt line is in gluteus maximus' spillover zone only (clinical-facts.md §1).
    const maximus = match({ marks: marks('L_iliac_crest') }).suggestions.find((s) => s.muscle === 'gluteus_maximus')!;
    expect(whyLine(maximus)).toBe('Sometimes reaches your belt line; its usual zone is not marked.');
  });
});

describe('the fit words follow the calibrated score', () => {
  it('never calls the best suggestion for one marked region a "strong fit"', () => {
    const strong = REGION_IDS.filter((region) => {
      const top = match({ marks: marks(region) }).suggestions[0];
      return top !== undefined && fitWords(top.score) === 'strong fit';
    });
    expect(strong).toEqual([]);
  });

  it('calls a full gluteus medius TrP1 map a "strong fit" and one of its regions alone a "fair fit"', () => {
    expect(fitWords(match({ marks: marks('L_iliac_crest', 'L_sij', 'L_sacrum') }).suggestions[0]!.score)).toBe('strong fit');
    expect(fitWords(match({ marks: marks('L_iliac_crest') }).suggestions[0]!.score)).toBe('fair fit');
  });
});
