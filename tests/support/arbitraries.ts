/**
 * fast-check arbitraries shared by the property tests: a failure prints the seed and the
 * shrunk counterexample, so a run can be replayed exactly.
 */
import fc from 'fast-check';
import type { RegionMark } from '../../src/core/matcher/types.ts';
import { REGION_IDS } from '../../src/core/regions/regionIds.ts';

/** One mark: any region, intensity 1–10, about half of them with a painted share in [0, 1]. */
export const markArb: fc.Arbitrary<RegionMark> = fc
  .record({
    region: fc.constantFrom(...REGION_IDS),
    intensity: fc.integer({ min: 1, max: 10 }),
    share: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  })
  .map(({ region, intensity, share }) => (share === undefined ? { region, intensity } : { region, intensity, share }));

/** A pain map of up to maxMarks marks; the same region may come twice (the matcher keeps the higher value). */
export const marksArb = (maxMarks: number): fc.Arbitrary<RegionMark[]> => fc.array(markArb, { maxLength: maxMarks });
