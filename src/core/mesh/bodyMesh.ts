import { refineAtlas } from '../atlas/refineAtlas.ts';
import { subdivideCatmullClark } from './catmullClark.ts';
import { quadAdjacency, trianglesFromQuads, vertexAreas, vertexNormals, type Adjacency } from './meshTopology.ts';
import { quadsFromTriangles } from './quadsFromTriangles.ts';
import { shapedPositions, type BodyShape } from './bodyShape.ts';

/** The body as painmap paints it: the model, subdivided once, with its region atlas. */
export interface BodyMesh {
  /** xyz per vertex in metres, model frame (Y up, facing +Z, patient's left at +X), of the shape shown. */
  readonly positions: Float32Array;
  /** The same vertices on the default body, where the atlas and the library's landmarks are defined (the same array for the default shape). */
  readonly restPositions: Float32Array;
  readonly shape: BodyShape;
  readonly triangles: Uint32Array;
  /**
   * The model's own triangles, a quarter as many. Subdivision keeps the original vertices first,
   * so these index the same positions: the view draws them while the body turns.
   */
  readonly coarseTriangles: Uint32Array;
  /** Region index (into REGION_IDS) per vertex. */
  readonly regions: Uint8Array;
  /** Skin area per vertex, m². */
  readonly areas: Float32Array;
  readonly adjacency: Adjacency;
  /** Smooth normals, xyz per vertex. */
  readonly normals: Float32Array;
  readonly vertexCount: number;
}

/** What the view can draw before the body is fully built: the model's triangles on the subdivided positions. */
export interface BodyPreview {
  /** xyz of the original vertices where subdivision moves them: the full body's first vertices, so the swap does not jump. */
  readonly positions: Float32Array;
  readonly triangles: Uint32Array;
  readonly normals: Float32Array;
}

export interface BodyModelData {
  /** Dequantized positions of the model, metres. */
  readonly positions: Float32Array;
  readonly triangles: ArrayLike<number>;
  readonly regions: Uint8Array;
  /** MakeHuman's female shape as offsets from these positions (male is the negation); see bodyShape.ts. */
  readonly femaleOffsets?: Float32Array;
}

/**
 * Turns the model as loaded into the mesh the app paints on: one level of Catmull–Clark
 * subdivision where the triangles pair into quads (they do for our model), else as is.
 */
export function buildBodyMesh(model: BodyModelData, options: { shape?: BodyShape; onPreview?: (preview: BodyPreview) => void } = {}): BodyMesh {
  const stages = beginBodyMesh(model, options.shape);
  if (options.onPreview && stages.preview) options.onPreview(stages.preview());
  return stages.finish();
}

/**
 * buildBodyMesh in two stages, so a caller can draw the preview and let it reach the screen
 * (the body worker yields between them) before the rest is built. `preview` is null for a mesh
 * that is not subdivided: it is quick to finish, and its preview would be the body itself.
 */
export function beginBodyMesh(
  model: BodyModelData,
  shape: BodyShape = 'between',
): { preview: (() => BodyPreview) | null; vertexCount: number; finish: () => BodyMesh } {
  const quads = quadsFromTriangles(model.triangles);
  if (!quads) {
    const vertexCount = model.positions.length / 3;
    return {
      preview: null,
      vertexCount,
      finish: () => {
        const triangles = Uint32Array.from(model.triangles);
        const positions = shapedPositions(model.positions, model.femaleOffsets, shape);
        return {
          positions,
          restPositions: model.positions,
          shape,
          triangles,
          coarseTriangles: triangles,
          regions: model.regions,
          areas: vertexAreas(positions, triangles),
          adjacency: triangleAdjacency(triangles, vertexCount),
          normals: vertexNormals(positions, triangles),
          vertexCount,
        };
      },
    };
  }
  // The atlas is refined on the default body, so every shape has the same region per vertex.
  const fine = subdivideCatmullClark({ positions: model.positions, quads });
  const shaped = shapedPositions(model.positions, model.femaleOffsets, shape);
  // Subdivision is linear in positions: the shaped body subdivides with the same stencil.
  const positions = shaped === model.positions ? fine.positions : subdivideCatmullClark({ positions: shaped, quads }).positions;
  const coarseTriangles = trianglesFromQuads(quads);
  const vertexCount = fine.positions.length / 3;
  return {
    vertexCount,
    preview: () => {
      const previewPositions = positions.slice(0, model.positions.length);
      return { positions: previewPositions, triangles: coarseTriangles.slice(), normals: vertexNormals(previewPositions, coarseTriangles) };
    },
    finish: () => {
      const triangles = trianglesFromQuads(fine.quads);
      return {
        positions,
        restPositions: fine.positions,
        shape,
        triangles,
        coarseTriangles,
        regions: refineAtlas(fine, model.regions),
        areas: vertexAreas(positions, triangles),
        adjacency: quadAdjacency(fine.quads, vertexCount),
        normals: vertexNormals(positions, triangles),
        vertexCount,
      };
    },
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
