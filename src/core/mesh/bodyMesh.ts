import { refineAtlas } from '../atlas/refineAtlas.ts';
import { subdivideCatmullClark } from './catmullClark.ts';
import { quadAdjacency, trianglesFromQuads, vertexAreas, vertexNormals, type Adjacency } from './meshTopology.ts';
import { quadsFromTriangles } from './quadsFromTriangles.ts';

/** The body as painmap paints it: the model, subdivided once, with its region atlas. */
export interface BodyMesh {
  /** xyz per vertex in metres, model frame (Y up, facing +Z, patient's left at +X). */
  readonly positions: Float32Array;
  readonly triangles: Uint32Array;
  /** Region index (into REGION_IDS) per vertex. */
  readonly regions: Uint8Array;
  /** Skin area per vertex, m². */
  readonly areas: Float32Array;
  readonly adjacency: Adjacency;
  /** Smooth normals, xyz per vertex. */
  readonly normals: Float32Array;
  readonly vertexCount: number;
}

export interface BodyModelData {
  /** Dequantized positions of the model, metres. */
  readonly positions: Float32Array;
  readonly triangles: ArrayLike<number>;
  readonly regions: Uint8Array;
}

/**
 * Turns the model as loaded into the mesh the app paints on: one level of Catmull–Clark
 * subdivision where the triangles pair into quads (they do for our model), else as is.
 */
export function buildBodyMesh(model: BodyModelData): BodyMesh {
  const quads = quadsFromTriangles(model.triangles);
  if (!quads) {
    const triangles = Uint32Array.from(model.triangles);
    const vertexCount = model.positions.length / 3;
    return {
      positions: model.positions,
      triangles,
      regions: model.regions,
      areas: vertexAreas(model.positions, triangles),
      adjacency: triangleAdjacency(triangles, vertexCount),
      normals: vertexNormals(model.positions, triangles),
      vertexCount,
    };
  }
  const fine = subdivideCatmullClark({ positions: model.positions, quads });
  const triangles = trianglesFromQuads(fine.quads);
  const vertexCount = fine.positions.length / 3;
  return {
    positions: fine.positions,
    triangles,
    regions: refineAtlas(fine, model.regions),
    areas: vertexAreas(fine.positions, triangles),
    adjacency: quadAdjacency(fine.quads, vertexCount),
    normals: vertexNormals(fine.positions, triangles),
    vertexCount,
  };
}

function triangleAdjacency(triangles: Uint32Array, vertexCount: number): Adjacency {
  // Treat each triangle as a degenerate quad (a b c c): its edges are the triangle's edges.
  const quads = new Uint32Array((triangles.length / 3) * 4);
  for (let t = 0; t < triangles.length / 3; t++) {
    quads.set([triangles[3 * t]!, triangles[3 * t + 1]!, triangles[3 * t + 2]!, triangles[3 * t + 2]!], 4 * t);
  }
  return quadAdjacency(quads, vertexCount);
}
