/** Triangles of a quad mesh, split along the a–c diagonal (as the body model stores them). */
export function trianglesFromQuads(quads: Uint32Array): Uint32Array {
  const triangles = new Uint32Array((quads.length / 4) * 6);
  for (let q = 0; q < quads.length / 4; q++) {
    const o = 4 * q;
    triangles.set([quads[o]!, quads[o + 1]!, quads[o + 2]!, quads[o]!, quads[o + 2]!, quads[o + 3]!], 6 * q);
  }
  return triangles;
}

/**
 * Skin area each vertex stands for: a third of every triangle around it, in m².
 * A region's painted share is a ratio of these sums, so dense and sparse parts of the
 * mesh count by real skin area, not by vertex count.
 */
export function vertexAreas(positions: Float32Array, triangles: Uint32Array): Float32Array {
  const areas = new Float32Array(positions.length / 3);
  forEachTriangleCross(positions, triangles, (a, b, c, nx, ny, nz) => {
    const third = Math.hypot(nx, ny, nz) / 6;
    areas[a]! += third;
    areas[b]! += third;
    areas[c]! += third;
  });
  return areas;
}

/**
 * Calls `visit` with each triangle's corners and the cross product of two of its edges: a
 * vector along the face normal whose length is twice the triangle's area.
 */
function forEachTriangleCross(
  positions: Float32Array,
  triangles: Uint32Array,
  visit: (a: number, b: number, c: number, nx: number, ny: number, nz: number) => void,
): void {
  for (let t = 0; t < triangles.length; t += 3) {
    const a = triangles[t]!;
    const b = triangles[t + 1]!;
    const c = triangles[t + 2]!;
    const ux = positions[3 * b]! - positions[3 * a]!;
    const uy = positions[3 * b + 1]! - positions[3 * a + 1]!;
    const uz = positions[3 * b + 2]! - positions[3 * a + 2]!;
    const vx = positions[3 * c]! - positions[3 * a]!;
    const vy = positions[3 * c + 1]! - positions[3 * a + 1]!;
    const vz = positions[3 * c + 2]! - positions[3 * a + 2]!;
    visit(a, b, c, uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx);
  }
}

/** Vertex neighbours in compressed form: neighbours of v are list[offsets[v] .. offsets[v + 1]). */
export interface Adjacency {
  readonly offsets: Uint32Array;
  readonly list: Uint32Array;
}

/** Neighbours along quad edges (not diagonals), so brush growth follows the skin evenly. */
export function quadAdjacency(quads: Uint32Array, vertexCount: number): Adjacency {
  const degree = new Uint32Array(vertexCount + 1);
  const pairs: number[] = [];
  const seen = new Set<number>();
  for (let q = 0; q < quads.length; q += 4) {
    for (let k = 0; k < 4; k++) {
      const a = quads[q + k]!;
      const b = quads[q + ((k + 1) & 3)]!;
      const key = a < b ? a * vertexCount + b : b * vertexCount + a;
      if (a === b || seen.has(key)) continue;
      seen.add(key);
      pairs.push(a, b);
      degree[a]!++;
      degree[b]!++;
    }
  }
  const offsets = new Uint32Array(vertexCount + 1);
  for (let v = 0; v < vertexCount; v++) offsets[v + 1] = offsets[v]! + degree[v]!;
  const fill = offsets.slice(0, vertexCount);
  const list = new Uint32Array(offsets[vertexCount]!);
  for (let i = 0; i < pairs.length; i += 2) {
    const a = pairs[i]!;
    const b = pairs[i + 1]!;
    list[fill[a]!++] = b;
    list[fill[b]!++] = a;
  }
  return { offsets, list };
}

/** Smooth vertex normals: the area-weighted sum of the face normals around each vertex, normalized. */
export function vertexNormals(positions: Float32Array, triangles: Uint32Array): Float32Array {
  const normals = new Float32Array(positions.length);
  const add = (v: number, nx: number, ny: number, nz: number) => {
    normals[3 * v]! += nx;
    normals[3 * v + 1]! += ny;
    normals[3 * v + 2]! += nz;
  };
  forEachTriangleCross(positions, triangles, (a, b, c, nx, ny, nz) => {
    add(a, nx, ny, nz);
    add(b, nx, ny, nz);
    add(c, nx, ny, nz);
  });
  for (let i = 0; i < normals.length; i += 3) {
    const length = Math.hypot(normals[i]!, normals[i + 1]!, normals[i + 2]!) || 1;
    normals[i]! /= length;
    normals[i + 1]! /= length;
    normals[i + 2]! /= length;
  }
  return normals;
}
