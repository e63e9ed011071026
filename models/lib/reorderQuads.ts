import { MeshoptEncoder } from 'meshoptimizer';
import type { QuadMesh } from './collada.ts';

/**
 * Reorders quads for the GPU's vertex cache and vertices by first use, which is what makes
 * meshopt's codecs compress well, without splitting a quad's two triangles apart.
 *
 * meshoptimizer reorders triangles freely; we let it, then keep quads in the order their
 * first triangle appears. `vertexOrder[newIndex] = oldIndex`.
 */
export async function reorderQuads(mesh: QuadMesh): Promise<{ mesh: QuadMesh; vertexOrder: Uint32Array }> {
  await MeshoptEncoder.ready;
  const quadCount = mesh.quads.length / 4;
  const vertexCount = mesh.positions.length / 3;
  const triangles = new Uint32Array(quadCount * 6);
  const triangleKey = (a: number, b: number, c: number) => [a, b, c].sort((p, q) => p - q).join(',');
  const quadOfTriangle = new Map<string, number>();
  for (let q = 0; q < quadCount; q++) {
    const [a, b, c, d] = mesh.quads.subarray(4 * q, 4 * q + 4) as unknown as [number, number, number, number];
    triangles.set([a, b, c, a, c, d], 6 * q);
    quadOfTriangle.set(triangleKey(a, b, c), q);
    quadOfTriangle.set(triangleKey(a, c, d), q);
  }

  const reordered = triangles.slice();
  const [remap] = MeshoptEncoder.reorderMesh(reordered, true, false);
  const oldOf = new Uint32Array(vertexCount);
  remap.forEach((newIndex, oldIndex) => (oldOf[newIndex] = oldIndex));

  const quadOrder: number[] = [];
  const seen = new Uint8Array(quadCount);
  for (let t = 0; t < reordered.length; t += 3) {
    const q = quadOfTriangle.get(triangleKey(oldOf[reordered[t]!]!, oldOf[reordered[t + 1]!]!, oldOf[reordered[t + 2]!]!))!;
    if (!seen[q]) {
      seen[q] = 1;
      quadOrder.push(q);
    }
  }

  const newIndexOf = new Int32Array(vertexCount).fill(-1);
  const vertexOrder = new Uint32Array(vertexCount);
  let next = 0;
  const quads = new Uint32Array(mesh.quads.length);
  quadOrder.forEach((q, position) => {
    for (let k = 0; k < 4; k++) {
      const old = mesh.quads[4 * q + k]!;
      if (newIndexOf[old] === -1) {
        newIndexOf[old] = next;
        vertexOrder[next++] = old;
      }
      quads[4 * position + k] = newIndexOf[old]!;
    }
  });
  if (next !== vertexCount) throw new Error(`${vertexCount - next} vertices belong to no quad`);

  const positions = new Float32Array(mesh.positions.length);
  vertexOrder.forEach((old, index) => positions.set(mesh.positions.subarray(3 * old, 3 * old + 3), 3 * index));
  return { mesh: { positions, quads }, vertexOrder };
}
