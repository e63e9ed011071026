import { baseName, regionIndex, type Side } from '../regions/regionIds.ts';
import { classifyPoint } from './classifyPoint.ts';

/**
 * Gives every vertex of the body one region index (into REGION_IDS).
 *
 * Vertices exactly on the midline (x = 0) have no side of their own. Within each region they
 * are taken in order of height and dealt out left, right, left... so both sides of every
 * region keep the same share (the sacrum is narrow enough for this to matter).
 */
export function buildAtlas(positions: ArrayLike<number>): Uint8Array<ArrayBuffer> {
  const count = positions.length / 3;
  const regions = new Uint8Array(count);
  const midlineByRegion = new Map<string, number[]>();
  for (let v = 0; v < count; v++) {
    const x = positions[3 * v]!;
    const y = positions[3 * v + 1]!;
    const z = positions[3 * v + 2]!;
    if (x !== 0) {
      regions[v] = regionIndex(classifyPoint(x, y, z, x > 0 ? 'L' : 'R'));
      continue;
    }
    const name = baseName(classifyPoint(0, y, z, 'L'));
    midlineByRegion.set(name, [...(midlineByRegion.get(name) ?? []), v]);
  }
  for (const vertices of midlineByRegion.values()) {
    vertices.sort((a, b) => positions[3 * a + 1]! - positions[3 * b + 1]! || positions[3 * a + 2]! - positions[3 * b + 2]!);
    vertices.forEach((v, order) => {
      const side: Side = order % 2 === 0 ? 'L' : 'R';
      regions[v] = regionIndex(classifyPoint(0, positions[3 * v + 1]!, positions[3 * v + 2]!, side));
    });
  }
  return regions;
}
