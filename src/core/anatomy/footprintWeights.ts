import type { MuscleId } from '../library/types.ts';
import { footprintOf } from './footprints.ts';
import { signedDistance, softEdge } from './outline.ts';
import { placeOnLeftChart } from './surfaceChart.ts';

export type FootprintSide = 'left' | 'right' | 'both';

/** Width of the soft edge: the tint fades from 1 to 0 over this much skin, centred on the outline. */
export const FOOTPRINT_FEATHER = 0.03;

/**
 * How much of a muscle's footprint tints each vertex, in [0, 1]: 1 over the muscle, fading to
 * 0 across its edge, 0 elsewhere. `positions` is xyz per vertex in the model frame.
 */
export function footprintWeights(muscle: MuscleId, side: FootprintSide, positions: Float32Array, out?: Float32Array): Float32Array {
  const count = positions.length / 3;
  const weights = out ?? new Float32Array(count);
  weights.fill(0);
  const { parts } = footprintOf(muscle);
  const mirrors = side === 'both' ? [1, -1] : side === 'left' ? [1] : [-1];
  for (let v = 0; v < count; v++) {
    const y = positions[3 * v + 1]!;
    const z = positions[3 * v + 2]!;
    let best = 0;
    for (const mirror of mirrors) {
      const place = placeOnLeftChart(mirror * positions[3 * v]!, y, z);
      if (!place) continue;
      for (const part of parts) {
        if (part.chart !== place.kind) continue;
        const weight = softEdge(signedDistance(part.outline, place.u, place.v, place.scale), FOOTPRINT_FEATHER);
        if (weight > best) best = weight;
      }
    }
    weights[v] = best;
  }
  return weights;
}
