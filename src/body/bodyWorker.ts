/// <reference lib="webworker" />
/**
 * Builds the body off the main thread: decoding, subdivision, the refined atlas, areas,
 * adjacency and normals take about a tenth of a second on a laptop and several times that on
 * a phone, which would otherwise freeze the page while it loads.
 */
import { buildBodyMesh, type BodyMesh, type BodyPreview } from '../core/mesh/bodyMesh.ts';
import type { BodyShape } from '../core/mesh/bodyShape.ts';
import { readBodyGlb } from './readBodyGlb.ts';

/** First a preview to draw at once (the model's triangles), then the full body; or why it failed. */
export type BodyWorkerReply =
  | { readonly ok: true; readonly preview: BodyPreview }
  | { readonly ok: true; readonly body: BodyMesh }
  | { readonly ok: false; readonly message: string };

/** The model file and the body shape to build. */
export interface BodyWorkerRequest {
  readonly bytes: ArrayBuffer;
  readonly shape: BodyShape;
}

self.onmessage = async (event: MessageEvent<BodyWorkerRequest>) => {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  try {
    const body = buildBodyMesh(await readBodyGlb(event.data.bytes), {
      shape: event.data.shape,
      onPreview: (preview) => {
        scope.postMessage({ ok: true, preview } satisfies BodyWorkerReply, [preview.positions.buffer, preview.triangles.buffer, preview.normals.buffer]);
      },
    });
    const arrays = [body.positions, body.restPositions, body.triangles, body.coarseTriangles, body.regions, body.areas, body.normals, body.adjacency.offsets, body.adjacency.list];
    // A mesh that was not subdivided uses one array for both triangle lists: transfer it once.
    const transfer = [...new Set(arrays.map((a) => a.buffer))];
    scope.postMessage({ ok: true, body } satisfies BodyWorkerReply, transfer);
  } catch (error) {
    scope.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies BodyWorkerReply);
  }
};
