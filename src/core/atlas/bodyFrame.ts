import { LEG_AXIS, TORSO_SECTIONS } from './landmarks.ts';

/** Linear interpolation in a table sorted by its first column; clamps at both ends. */
export function interpolateRow(table: ReadonlyArray<readonly number[]>, y: number, column: number): number {
  const first = table[0]!;
  const last = table[table.length - 1]!;
  if (y <= first[0]!) return first[column]!;
  if (y >= last[0]!) return last[column]!;
  for (let i = 1; i < table.length; i++) {
    const upper = table[i]!;
    if (y <= upper[0]!) {
      const lower = table[i - 1]!;
      const t = (y - lower[0]!) / (upper[0]! - lower[0]!);
      return lower[column]! + (upper[column]! - lower[column]!) * t;
    }
  }
  return last[column]!;
}

const DEGREES = 180 / Math.PI;

/**
 * Angle around the torso in degrees: 0 on the back midline, 90 at the side (mid-axillary
 * line), 180 on the front midline. Cross-sections are treated as two half-ellipses so that
 * 90 falls exactly on the widest point whatever the body's depth at that height.
 */
export function torsoAngle(absX: number, y: number, z: number): number {
  const halfWidth = interpolateRow(TORSO_SECTIONS, y, 1);
  const backZ = interpolateRow(TORSO_SECTIONS, y, 2);
  const frontZ = interpolateRow(TORSO_SECTIONS, y, 3);
  const sideZ = interpolateRow(TORSO_SECTIONS, y, 4);
  const depth = z < sideZ ? (sideZ - z) / (sideZ - backZ) : -(z - sideZ) / (frontZ - sideZ);
  return Math.atan2(absX / halfWidth, depth) * DEGREES;
}

/**
 * Angle around the leg in degrees: 0 at the front, 90 on the outer side, ±180 at the back,
 * -90 on the inner side. `absX` is the distance from the body's midline.
 */
export function legAngle(absX: number, y: number, z: number): number {
  const centreX = interpolateRow(LEG_AXIS, y, 1);
  const centreZ = interpolateRow(LEG_AXIS, y, 2);
  return Math.atan2(absX - centreX, z - centreZ) * DEGREES;
}
