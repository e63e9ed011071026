/**
 * Pairs consecutive triangles back into quads.
 *
 * The body model stores each quad as two consecutive triangles sharing a diagonal. The index
 * codec may rotate a triangle's corners, so we find the shared edge rather than assume
 * positions. Returns undefined if any pair is not a quad, so callers can skip subdivision
 * instead of producing a torn mesh.
 */
export function quadsFromTriangles(triangles: ArrayLike<number>): Uint32Array | undefined {
  if (triangles.length % 6 !== 0) return undefined;
  const quads = new Uint32Array((triangles.length / 6) * 4);
  for (let q = 0; q < triangles.length / 6; q++) {
    const t0 = [triangles[6 * q]!, triangles[6 * q + 1]!, triangles[6 * q + 2]!];
    const t1 = [triangles[6 * q + 3]!, triangles[6 * q + 4]!, triangles[6 * q + 5]!];
    const only0 = t0.findIndex((v) => !t1.includes(v));
    const only1 = t1.find((v) => !t0.includes(v));
    if (only0 < 0 || only1 === undefined || t1.filter((v) => t0.includes(v)).length !== 2) return undefined;
    // t0 read from its lone corner is (u, s1, s2); the quad is u, s1, w, s2.
    const u = t0[only0]!;
    const s1 = t0[(only0 + 1) % 3]!;
    const s2 = t0[(only0 + 2) % 3]!;
    quads.set([u, s1, only1, s2], 4 * q);
  }
  return quads;
}
