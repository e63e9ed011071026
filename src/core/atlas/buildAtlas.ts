import { regionIndex, type Side } from '../regions/regionIds.ts';
import { classifyPoint } from './classifyPoint.ts';

/**
 * Gives every vertex of the body one region index (into REGION_IDS).
 *
 * Vertices exactly on the midline (x = 0) have no side of their own. They are taken in order
 * of height and dealt out left, right, left... so that both sides keep the same share.
 */
export function buildAtlas(positions: ArrayLike<number>): Uint8Array {
  const count = positions.length / 3;
  const regions = new Uint8Array(count);
  const midline: number[] = [];
  for (let v = 0; v < count; v++) {
    const x = positions[3 * v]!;
    if (x === 0) {
      midline.push(v);
      continue;
    }
    regions[v] = regionIndex(classifyPoint(x, positions[3 * v + 1]!, positions[3 * v + 2]!, x > 0 ? 'L' : 'R'));
  }
  midline.sort((a, b) => positions[3 * a + 1]! - positions[3 * b + 1]! || positions[3 * a + 2]! - positions[3 * b + 2]!);
  midline.forEach((v, order) => {
    const side: Side = order % 2 === 0 ? 'L' : 'R';
    regions[v] = regionIndex(classifyPoint(0, positions[3 * v + 1]!, positions[3 * v + 2]!, side));
  });
  return regions;
}
