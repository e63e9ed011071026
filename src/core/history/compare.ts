import type { RegionMark } from '../matcher/types.ts';
import type { PaintableBody } from '../paint/paintLayer.ts';
import { REGION_IDS, type RegionId } from '../regions/regionIds.ts';
import { mapFigures, overlap, paintOnBody, type MapFigures, type MapPaint } from './figures.ts';

/**
 * How one region's highest intensity changed from the earlier map to the later one:
 * 'better' lower but still marked, 'gone' no longer marked, 'worse' higher, 'new' marked only later.
 */
export interface RegionChange {
  readonly region: RegionId;
  readonly kind: 'better' | 'gone' | 'worse' | 'new';
  /** Highest intensity in the earlier and the later map; 0 where the region is not marked. */
  readonly before: number;
  readonly after: number;
}

/** Two maps side by side: the figures of each, how much their painted areas overlap, and what changed where. */
export interface Comparison {
  readonly earlier: MapFigures;
  readonly later: MapFigures;
  /** Later minus earlier: share of the body surface (−1…1) and mean intensity (−10…10). */
  readonly extentChange: number;
  readonly meanChange: number;
  /** Jaccard index of the painted areas, 0–1 (see overlap). */
  readonly overlap: number;
  /** Regions whose intensity went down (better, gone) or up (worse, new), biggest change first; unchanged ones are left out. */
  readonly better: readonly RegionChange[];
  readonly worse: readonly RegionChange[];
}

/** Regions whose highest intensity differs between two per-region summaries, in REGION_IDS order. */
export function regionChanges(earlier: readonly RegionMark[], later: readonly RegionMark[]): RegionChange[] {
  const before = new Map(earlier.map((m) => [m.region, m.intensity]));
  const after = new Map(later.map((m) => [m.region, m.intensity]));
  const changes: RegionChange[] = [];
  for (const region of REGION_IDS) {
    const b = before.get(region) ?? 0;
    const a = after.get(region) ?? 0;
    if (a === b) continue;
    const kind = a === 0 ? 'gone' : b === 0 ? 'new' : a < b ? 'better' : 'worse';
    changes.push({ region, kind, before: b, after: a });
  }
  return changes;
}

const bySize = (x: RegionChange, y: RegionChange) => Math.abs(y.after - y.before) - Math.abs(x.after - x.before);

/** Compares an earlier and a later map on one body. */
export function compareMaps(body: PaintableBody, earlier: MapPaint, later: MapPaint): Comparison {
  const a = paintOnBody(body, earlier);
  const b = paintOnBody(body, later);
  const changes = regionChanges(earlier.marks, later.marks).sort(bySize);
  const figures = { earlier: mapFigures(body, a), later: mapFigures(body, b) };
  return {
    ...figures,
    extentChange: figures.later.extent - figures.earlier.extent,
    meanChange: figures.later.mean - figures.earlier.mean,
    overlap: overlap(body, a, b),
    better: changes.filter((c) => c.after < c.before),
    worse: changes.filter((c) => c.after > c.before),
  };
}
