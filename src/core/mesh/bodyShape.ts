/**
 * Body shapes: MakeHuman's own female and male bodies, carried in body.glb as one set of offsets
 * from the default body (male is the same offsets negated; models/body-shapes/README.md). The
 * topology never changes, so everything kept per vertex (the region atlas, a person's paint)
 * means the same place on every shape.
 */
export const BODY_SHAPES = ['female', 'between', 'male'] as const;
export type BodyShape = (typeof BODY_SHAPES)[number];

export const BODY_SHAPE_LABELS: Readonly<Record<BodyShape, string>> = { female: 'Female', between: 'In between', male: 'Male' };

export function isBodyShape(value: unknown): value is BodyShape {
  return typeof value === 'string' && (BODY_SHAPES as readonly string[]).includes(value);
}

/** How much of the female offsets a shape takes: MakeHuman's gender slider, g = 0 female, 0.5 default, 1 male, is linear. */
const FEMALE_AMOUNT: Readonly<Record<BodyShape, number>> = { female: 1, between: 0, male: -1 };

/** The model's positions for a shape: default + amount × female offsets. */
export function shapedPositions(positions: Float32Array, femaleOffsets: Float32Array | undefined, shape: BodyShape): Float32Array {
  const amount = FEMALE_AMOUNT[shape];
  if (amount === 0 || !femaleOffsets) return positions;
  const out = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i++) out[i] = positions[i]! + amount * femaleOffsets[i]!;
  return out;
}

/**
 * Where a point given on the default body (a trigger point's landmark) lies on the shown shape:
 * moved as its nearest vertex moved.
 */
export function followShape(
  point: readonly [number, number, number],
  body: { readonly positions: Float32Array; readonly restPositions: Float32Array },
): [number, number, number] {
  const [x, y, z] = point;
  if (body.restPositions === body.positions) return [x, y, z];
  let best = 0;
  let bestDistance = Infinity;
  const rest = body.restPositions;
  for (let v = 0; v < rest.length / 3; v++) {
    const d = (rest[3 * v]! - x) ** 2 + (rest[3 * v + 1]! - y) ** 2 + (rest[3 * v + 2]! - z) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = v;
    }
  }
  const p = body.positions;
  return [x + p[3 * best]! - rest[3 * best]!, y + p[3 * best + 1]! - rest[3 * best + 1]!, z + p[3 * best + 2]! - rest[3 * best + 2]!];
}
