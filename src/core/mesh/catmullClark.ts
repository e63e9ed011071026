/**
 * One level of Catmull–Clark subdivision of a closed all-quad mesh.
 *
 * MakeHuman's base mesh is built for exactly this: one level turns 13k vertices into 53k,
 * smoothing the silhouette and giving painting and region borders four times the detail,
 * for a few tens of milliseconds on load instead of four times the download.
 *
 * New vertex order: the original vertices (moved), then one per face, then one per edge.
 * Keeping the originals first means per-vertex data baked into the model (the region atlas)
 * stays valid for them.
 */
export interface QuadMeshData {
  readonly positions: Float32Array;
  /** Four vertex indices per quad, counter-clockwise seen from outside. */
  readonly quads: Uint32Array;
}

export interface SubdividedMesh extends QuadMeshData {
  /** For every new vertex: the two or four original vertices it was made from (see parentsOf). */
  readonly originalVertexCount: number;
  readonly faceCount: number;
  /** Edge endpoints of the original mesh, two per edge, in edge-vertex order. */
  readonly edges: Uint32Array;
  /** Original quads, to find a face vertex's corners. */
  readonly originalQuads: Uint32Array;
}

export function subdivideCatmullClark(mesh: QuadMeshData): SubdividedMesh {
  const { positions, quads } = mesh;
  const vertexCount = positions.length / 3;
  const faceCount = quads.length / 4;

  // Edges keyed by their sorted endpoints; each interior edge has two faces.
  const edgeIndex = new Map<number, number>();
  const edgeEnds: number[] = [];
  const edgeFaces: number[] = [];
  const faceEdges = new Uint32Array(faceCount * 4);
  for (let f = 0; f < faceCount; f++) {
    for (let k = 0; k < 4; k++) {
      const a = quads[4 * f + k]!;
      const b = quads[4 * f + ((k + 1) & 3)]!;
      const key = a < b ? a * vertexCount + b : b * vertexCount + a;
      let e = edgeIndex.get(key);
      if (e === undefined) {
        e = edgeEnds.length / 2;
        edgeIndex.set(key, e);
        edgeEnds.push(a, b);
        edgeFaces.push(f, -1);
      } else {
        edgeFaces[2 * e + 1] = f;
      }
      faceEdges[4 * f + k] = e;
    }
  }
  const edgeCount = edgeEnds.length / 2;

  const facePoints = new Float64Array(faceCount * 3);
  for (let f = 0; f < faceCount; f++) {
    for (let k = 0; k < 4; k++) {
      const v = quads[4 * f + k]!;
      for (let c = 0; c < 3; c++) facePoints[3 * f + c]! += positions[3 * v + c]! / 4;
    }
  }

  const edgePoints = new Float64Array(edgeCount * 3);
  for (let e = 0; e < edgeCount; e++) {
    const a = edgeEnds[2 * e]!;
    const b = edgeEnds[2 * e + 1]!;
    const f0 = edgeFaces[2 * e]!;
    const f1 = edgeFaces[2 * e + 1]!;
    for (let c = 0; c < 3; c++) {
      const ends = positions[3 * a + c]! + positions[3 * b + c]!;
      edgePoints[3 * e + c] = f1 < 0 ? ends / 2 : (ends + facePoints[3 * f0 + c]! + facePoints[3 * f1 + c]!) / 4;
    }
  }

  // Original vertices move to (F + 2R + (n - 3)P) / n: F the mean of adjacent face points,
  // R the mean of adjacent edge midpoints, n the valence.
  const faceSum = new Float64Array(vertexCount * 3);
  const faceCountPerVertex = new Uint32Array(vertexCount);
  for (let f = 0; f < faceCount; f++) {
    for (let k = 0; k < 4; k++) {
      const v = quads[4 * f + k]!;
      faceCountPerVertex[v]!++;
      for (let c = 0; c < 3; c++) faceSum[3 * v + c]! += facePoints[3 * f + c]!;
    }
  }
  const midSum = new Float64Array(vertexCount * 3);
  const valence = new Uint32Array(vertexCount);
  for (let e = 0; e < edgeCount; e++) {
    const a = edgeEnds[2 * e]!;
    const b = edgeEnds[2 * e + 1]!;
    valence[a]!++;
    valence[b]!++;
    for (let c = 0; c < 3; c++) {
      const mid = (positions[3 * a + c]! + positions[3 * b + c]!) / 2;
      midSum[3 * a + c]! += mid;
      midSum[3 * b + c]! += mid;
    }
  }

  const out = new Float32Array((vertexCount + faceCount + edgeCount) * 3);
  for (let v = 0; v < vertexCount; v++) {
    const n = valence[v]!;
    const faces = faceCountPerVertex[v]!;
    for (let c = 0; c < 3; c++) {
      const p = positions[3 * v + c]!;
      out[3 * v + c] = n < 3 || faces !== n ? p : (faceSum[3 * v + c]! / faces + (2 * midSum[3 * v + c]!) / n + (n - 3) * p) / n;
    }
  }
  out.set(facePoints, vertexCount * 3);
  out.set(edgePoints, (vertexCount + faceCount) * 3);

  // Each quad becomes four: corner, next edge point, face point, previous edge point.
  const newQuads = new Uint32Array(faceCount * 16);
  const faceBase = vertexCount;
  const edgeBase = vertexCount + faceCount;
  for (let f = 0; f < faceCount; f++) {
    for (let k = 0; k < 4; k++) {
      const o = 16 * f + 4 * k;
      newQuads[o] = quads[4 * f + k]!;
      newQuads[o + 1] = edgeBase + faceEdges[4 * f + k]!;
      newQuads[o + 2] = faceBase + f;
      newQuads[o + 3] = edgeBase + faceEdges[4 * f + ((k + 3) & 3)]!;
    }
  }

  return {
    positions: out,
    quads: newQuads,
    originalVertexCount: vertexCount,
    faceCount,
    edges: Uint32Array.from(edgeEnds),
    originalQuads: quads,
  };
}
