/// <reference lib="webworker" />
/**
 * Builds the body off the main thread: decoding, subdivision, the refined atlas, areas,
 * adjacency and normals take about a tenth of a second on a laptop and several times that on
 * a phone, which would otherwise freeze the page while it loads. Given a canvas, it also draws
 * the body's first frame as soon as the subdivided positions exist, before the rest is built.
 */
import { beginBodyMesh, type BodyMesh } from '../core/mesh/bodyMesh.ts';
import type { BodyShape } from '../core/mesh/bodyShape.ts';
import { drawFirstBody, type FirstFrameView } from '../view/firstBody/firstBodyPainter.ts';
import { readBodyGlb } from './readBodyGlb.ts';

/** Whether the first frame was drawn (sent once, when a canvas came with the request), then the full body; or why it failed. */
export type BodyWorkerReply =
  | { readonly ok: true; readonly firstFrame: boolean }
  | { readonly ok: true; readonly body: BodyMesh }
  | { readonly ok: false; readonly message: string };

/** The page's canvas for the first frame, and how to draw it. */
export interface FirstFrameRequest extends FirstFrameView {
  readonly canvas: OffscreenCanvas;
}

/** The model file and the body shape to build. */
export interface BodyWorkerRequest {
  readonly bytes: ArrayBuffer;
  readonly shape: BodyShape;
  readonly firstFrame?: FirstFrameRequest;
}

/**
 * Ends this task so a frame drawn on an OffscreenCanvas goes to the screen, and resumes at the
 * next frame (by then it is shown), or at the next task where workers have no animation frames.
 */
function frameShown(scope: DedicatedWorkerGlobalScope): Promise<void> {
  return new Promise((resolve) => ('requestAnimationFrame' in scope ? scope.requestAnimationFrame(() => resolve()) : setTimeout(resolve, 0)));
}

self.onmessage = async (event: MessageEvent<BodyWorkerRequest>) => {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  const { bytes, shape, firstFrame } = event.data;
  try {
    const stages = beginBodyMesh(await readBodyGlb(bytes), shape);
    if (firstFrame) {
      let drawn = false;
      try {
        drawn = stages.preview !== null && drawFirstBody(firstFrame.canvas, stages.preview(), firstFrame);
      } catch {
        // No first frame, then: the 3D view draws the body when it is ready.
      }
      if (drawn) await frameShown(scope);
      scope.postMessage({ ok: true, firstFrame: drawn } satisfies BodyWorkerReply);
    }
    const body = stages.finish();
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
