import { regionIndex } from '../regions/regionIds.ts';
import type { SubdividedMesh } from '../mesh/catmullClark.ts';
import { classifyPoint } from './classifyPoint.ts';

/**
 * Regions for a subdivided body. Original vertices keep the region baked into the model.
 * A new vertex whose parents all agree takes their region; one on a border between regions
 * is classified afresh from its own position, which smooths borders to the finer mesh.
 */
export function refineAtlas(mesh: SubdividedMesh, baseRegions: Uint8Array): Uint8Array {
  const { originalVertexCount, faceCount, originalQuads, edges, positions } = mesh;
  const regions = new Uint8Array(positions.length / 3);
  regions.set(baseRegions.subarray(0, originalVertexCount));

  const settle = (vertex: number, parents: ArrayLike<number>) => {
    const first = baseRegions[parents[0]!]!;
    let agree = true;
    for (let i = 1; i < parents.length; i++) agree &&= baseRegions[parents[i]!] === first;
    if (agree) {
      regions[vertex] = first;
      return;
    }
    const x = positions[3 * vertex]!;
    // Exactly on the midline a vertex has no side: alternate, as buildAtlas does, so that
    // left and right keep equal shares.
    const side = x > 0 ? 'L' : x < 0 ? 'R' : vertex % 2 === 0 ? 'L' : 'R';
    regions[vertex] = regionIndex(classifyPoint(x, positions[3 * vertex + 1]!, positions[3 * vertex + 2]!, side));
  };

  for (let f = 0; f < faceCount; f++) settle(originalVertexCount + f, originalQuads.subarray(4 * f, 4 * f + 4));
  const edgeBase = originalVertexCount + faceCount;
  for (let e = 0; e < edges.length / 2; e++) settle(edgeBase + e, edges.subarray(2 * e, 2 * e + 2));
  return regions;
}
