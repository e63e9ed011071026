import { REGION_IDS, regionIndex, type RegionId } from '../regions/regionIds.ts';
import type { RegionMark } from './types.ts';
import { MARK } from './weights.ts';

/** The marks as the scorer reads them: a weight per region index. */
export interface PreparedMarks {
  /** Mark weight per region index: intensity / 10 times the coverage factor; 0 if unmarked. */
  readonly weight: Float64Array;
  /** Coverage factor per region index (how fully it is painted), 0 if unmarked. */
  readonly coverage: Float64Array;
  readonly total: number;
  /** Marked regions in REGION_IDS order (mirror-stable, whatever order they came in). */
  readonly regions: readonly RegionId[];
}

export function coverageFactor(share: number | undefined): number {
  const s = share ?? MARK.defaultShare;
  return MARK.minimumCoverageFactor + (1 - MARK.minimumCoverageFactor) * Math.min(1, s / MARK.fullCoverageShare);
}

/** A region listed twice keeps its higher intensity (contracts.md §1) and its larger share. */
export function prepareMarks(marks: readonly RegionMark[]): PreparedMarks {
  const intensity = new Float64Array(REGION_IDS.length);
  const coverage = new Float64Array(REGION_IDS.length);
  for (const mark of marks) {
    if (mark.intensity <= 0) continue;
    const i = regionIndex(mark.region);
    intensity[i] = Math.max(intensity[i]!, mark.intensity);
    coverage[i] = Math.max(coverage[i]!, coverageFactor(mark.share));
  }
  const weight = new Float64Array(REGION_IDS.length);
  const regions: RegionId[] = [];
  let total = 0;
  for (let i = 0; i < REGION_IDS.length; i++) {
    if (intensity[i]! <= 0) continue;
    weight[i] = (intensity[i]! / 10) * coverage[i]!;
    total += weight[i]!;
    regions.push(REGION_IDS[i]!);
  }
  return { weight, coverage, total, regions };
}
