import type { MuscleId } from '../library/types.ts';
import { footprintOf, type FootprintPart } from './footprints.ts';
import { signedDistance, softEdge } from './outline.ts';
import { placeOnLeftChart, type ChartKind } from './surfaceChart.ts';

export type FootprintSide = 'left' | 'right' | 'both';

/** Width of the soft edge: the tint fades from 1 to 0 over this much skin, centred on the outline. */
export const FOOTPRINT_FEATHER = 0.03;

const NO_CHART = 0;
const KIND_CODE: Readonly<Record<ChartKind, number>> = { torso: 1, leg: 2 };

/** Every vertex placed on the left chart, as itself and mirrored: worked out once per body. */
interface PlacedVertices {
  /** u, v, scale per vertex. */
  readonly place: Float32Array;
  /** 0 where no chart applies, else the chart's code. */
  readonly kind: Uint8Array;
}

const placedCache = new WeakMap<Float32Array, { left?: PlacedVertices; right?: PlacedVertices }>();

function placedVertices(positions: Float32Array, mirror: 1 | -1): PlacedVertices {
  const cached = placedCache.get(positions) ?? {};
  placedCache.set(positions, cached);
  const key = mirror === 1 ? 'left' : 'right';
  const hit = cached[key];
  if (hit) return hit;
  const count = positions.length / 3;
  const place = new Float32Array(count * 3);
  const kind = new Uint8Array(count);
  for (let v = 0; v < count; v++) {
    const at = placeOnLeftChart(mirror * positions[3 * v]!, positions[3 * v + 1]!, positions[3 * v + 2]!);
    if (!at) {
      kind[v] = NO_CHART;
      continue;
    }
    kind[v] = KIND_CODE[at.kind];
    place[3 * v] = at.u;
    place[3 * v + 1] = at.v;
    place[3 * v + 2] = at.scale;
  }
  const placed = { place, kind };
  cached[key] = placed;
  return placed;
}

/** An outline with its bounds in the chart, to skip the far-away vertices cheaply. */
interface BoundedPart {
  readonly kind: number;
  readonly part: FootprintPart;
  readonly minU: number;
  readonly maxU: number;
  readonly minV: number;
  readonly maxV: number;
}

function bounded(part: FootprintPart): BoundedPart {
  const us = part.outline.map((p) => p[0]);
  const vs = part.outline.map((p) => p[1]);
  return { kind: KIND_CODE[part.chart], part, minU: Math.min(...us), maxU: Math.max(...us), minV: Math.min(...vs), maxV: Math.max(...vs) };
}

/**
 * How much of a muscle's footprint tints each vertex, in [0, 1]: 1 over the muscle, fading to
 * 0 across its edge, 0 elsewhere. `positions` is xyz per vertex in the model frame.
 */
export function footprintWeights(muscle: MuscleId, side: FootprintSide, positions: Float32Array, out?: Float32Array): Float32Array {
  const count = positions.length / 3;
  const weights = out ?? new Float32Array(count);
  weights.fill(0);
  const parts = footprintOf(muscle).parts.map(bounded);
  const reach = FOOTPRINT_FEATHER / 2;
  const mirrors: readonly (1 | -1)[] = side === 'both' ? [1, -1] : side === 'left' ? [1] : [-1];
  for (const mirror of mirrors) {
    const { place, kind } = placedVertices(positions, mirror);
    for (let v = 0; v < count; v++) {
      const chart = kind[v]!;
      if (chart === NO_CHART) continue;
      const u = place[3 * v]!;
      const y = place[3 * v + 1]!;
      const scale = place[3 * v + 2]!;
      for (const b of parts) {
        // Beyond the soft edge of the outline's bounds the weight is 0 anyway.
        if (b.kind !== chart || y < b.minV - reach || y > b.maxV + reach) continue;
        if ((b.minU - u) * scale > reach || (u - b.maxU) * scale > reach) continue;
        const weight = softEdge(signedDistance(b.part.outline, u, y, scale), FOOTPRINT_FEATHER);
        if (weight > weights[v]!) weights[v] = weight;
      }
    }
  }
  return weights;
}
