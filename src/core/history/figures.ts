import type { RegionMark } from '../matcher/types.ts';
import type { PaintableBody } from '../paint/paintLayer.ts';
import { regionIndex } from '../regions/regionIds.ts';

/** The figures of one map on one body. */
export interface MapFigures {
  /** Painted skin area over the body's whole skin area, 0–1 (the share of the body surface that hurts). */
  readonly extent: number;
  /** Area-weighted mean intensity over the painted skin only, 0–10; 0 when nothing is painted. */
  readonly mean: number;
  /** The highest intensity anywhere, 0–10. */
  readonly peak: number;
}

/** What a map needs for its figures: its paint, or only its region marks. */
export interface MapPaint {
  readonly paint: Uint8Array | null;
  readonly marks: readonly RegionMark[];
}

/**
 * The map's intensity per vertex of this body. A map painted on this body keeps its strokes; a
 * map with only region marks, or painted on a differently built body, fills each marked region
 * whole at its intensity (as opening it does), so its extent is an upper bound.
 */
export function paintOnBody(body: PaintableBody, map: MapPaint): Uint8Array {
  if (map.paint && map.paint.length === body.vertexCount) return map.paint;
  const byRegion = new Uint8Array(256);
  for (const mark of map.marks) byRegion[regionIndex(mark.region)] = Math.max(byRegion[regionIndex(mark.region)]!, mark.intensity);
  const values = new Uint8Array(body.vertexCount);
  for (let v = 0; v < body.vertexCount; v++) values[v] = byRegion[body.regions[v]!]!;
  return values;
}

/** Extent, mean and peak of per-vertex paint on a body (see MapFigures). */
export function mapFigures(body: PaintableBody, values: Uint8Array): MapFigures {
  let total = 0;
  let painted = 0;
  let weighted = 0;
  let peak = 0;
  for (let v = 0; v < body.vertexCount; v++) {
    const area = body.areas[v]!;
    const value = values[v]!;
    total += area;
    if (value === 0) continue;
    painted += area;
    weighted += area * value;
    if (value > peak) peak = value;
  }
  return { extent: total > 0 ? painted / total : 0, mean: painted > 0 ? weighted / painted : 0, peak };
}

/**
 * Overlap of two maps' painted areas (Jaccard index): the skin painted in both over the skin
 * painted in either, by area, 0–1. Intensity does not count, only whether a spot is painted.
 * Defined as 0 when neither map is painted: there is no painted area to share.
 */
export function overlap(body: PaintableBody, a: Uint8Array, b: Uint8Array): number {
  let both = 0;
  let either = 0;
  for (let v = 0; v < body.vertexCount; v++) {
    const inA = a[v]! > 0;
    const inB = b[v]! > 0;
    if (inA || inB) either += body.areas[v]!;
    if (inA && inB) both += body.areas[v]!;
  }
  return either > 0 ? both / either : 0;
}
