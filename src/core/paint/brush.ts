import type { Adjacency } from '../mesh/meshTopology.ts';

export interface BrushBody {
  readonly positions: Float32Array;
  readonly adjacency: Adjacency;
}

/** Brush radii in metres: a fingertip, a palm, a hand. */
export const BRUSH_RADIUS = { small: 0.02, medium: 0.035, large: 0.06 } as const;
export type BrushSize = keyof typeof BRUSH_RADIUS;

/**
 * The vertices a brush dab covers: those within `radius` of the centre that are connected to
 * the touched spot through the skin. Growing along the mesh, not through space, keeps a dab
 * on the inner thigh from bleeding onto the other leg or an arm onto the waist.
 * `scratch` is reusable memory (one entry per vertex) so dabs allocate almost nothing.
 */
export function verticesUnderBrush(
  body: BrushBody,
  seeds: ArrayLike<number>,
  centre: { readonly x: number; readonly y: number; readonly z: number },
  radius: number,
  scratch: Uint32Array,
  stamp: number,
): number[] {
  const { positions, adjacency } = body;
  const r2 = radius * radius;
  const inside = (v: number) => {
    const dx = positions[3 * v]! - centre.x;
    const dy = positions[3 * v + 1]! - centre.y;
    const dz = positions[3 * v + 2]! - centre.z;
    return dx * dx + dy * dy + dz * dz <= r2;
  };
  const found: number[] = [];
  const queue: number[] = [];
  for (let i = 0; i < seeds.length; i++) {
    const v = seeds[i]!;
    if (scratch[v] === stamp) continue;
    scratch[v] = stamp;
    // The touched triangle's corners are always painted, so the smallest tap still marks.
    found.push(v);
    queue.push(v);
  }
  while (queue.length > 0) {
    const v = queue.pop()!;
    for (let k = adjacency.offsets[v]!; k < adjacency.offsets[v + 1]!; k++) {
      const n = adjacency.list[k]!;
      if (scratch[n] === stamp || !inside(n)) continue;
      scratch[n] = stamp;
      found.push(n);
      queue.push(n);
    }
  }
  return found;
}
