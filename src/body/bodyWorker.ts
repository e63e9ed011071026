/// <reference lib="webworker" />
/**
 * Builds the body off the main thread: decoding, subdivision, the refined atlas, areas,
 * adjacency and normals take about a tenth of a second on a laptop and several times that on
 * a phone, which would otherwise freeze the page while it loads. Given a canvas, it also draws
 * the body's first frame as soon as the subdivided positions exist, before the rest is built.
 */
import { beginBodyMesh, type BodyMesh } from '../core/mesh/bodyMesh.ts';
import type { BodyShape } from '../core/mesh/bodyShape.ts';
import { prepareFirstBodyPainter, type FirstBodyPainter, type FirstFrameView } from '../view/firstBody/firstBodyPainter.ts';
import { paintRgb } from './paintColors.ts';
import { readBodyGlb } from './readBodyGlb.ts';

/** Whether the first frame was drawn (sent once, when one was asked for), then the full body; or why it failed. */
export type BodyWorkerReply =
  | { readonly ok: true; readonly firstFrame: boolean }
  | { readonly ok: true; readonly body: BodyMesh }
  | { readonly ok: false; readonly message: string };

/** The page's canvas for the first frame, and how to draw it. */
export interface FirstFrameRequest extends FirstFrameView {
  readonly canvas: OffscreenCanvas;
}

/**
 * What the page sends: the model file and the body shape to build (`firstFrame`: a `frame`
 * message comes too, before or after), and the canvas for the first frame, or null for none.
 */
export type BodyWorkerRequest =
  | {
      readonly kind: 'build';
      readonly bytes: ArrayBuffer;
      readonly shape: BodyShape;
      readonly firstFrame: boolean;
      /** The saved map's paint, to show in the first frame (ignored unless it fits this body). */
      readonly paint?: Uint8Array | null;
    }
  | { readonly kind: 'frame'; readonly frame: FirstFrameRequest | null };

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The painter for the first frame once the page has said where it goes (null: nowhere). */
let settlePainter: (painter: FirstBodyPainter | null) => void = () => {};
const painter = new Promise<FirstBodyPainter | null>((resolve) => (settlePainter = resolve));

/**
 * Ends this task so a frame drawn on an OffscreenCanvas goes to the screen, and resumes at the
 * next frame (by then it is shown), or at the next task where workers have no animation frames.
 */
function frameShown(): Promise<void> {
  return new Promise((resolve) => ('requestAnimationFrame' in scope ? scope.requestAnimationFrame(() => resolve()) : setTimeout(resolve, 0)));
}

/** Makes the context and compiles the shader at once, while the model may still be downloading. */
function prepare(frame: FirstFrameRequest | null): void {
  try {
    settlePainter(frame ? prepareFirstBodyPainter(frame.canvas, frame) : null);
  } catch {
    // No first frame, then: the 3D view draws the body when it is ready.
    settlePainter(null);
  }
}

async function build(bytes: ArrayBuffer, shape: BodyShape, firstFrame: boolean, paint: Uint8Array | null): Promise<void> {
  try {
    const stages = beginBodyMesh(await readBodyGlb(bytes), shape);
    if (firstFrame) {
      const ready = await painter;
      let drawn = false;
      try {
        if (ready && stages.preview) {
          const preview = stages.preview();
          // The preview's vertices are the body's first ones, so a saved map's paint colours them as they are.
          const count = preview.positions.length / 3;
          drawn = ready.draw(preview, paintRgb(paint?.length === stages.vertexCount ? paint : new Uint8Array(count), count));
        }
      } catch {
        // As above: the 3D view draws the first body.
      }
      if (drawn) await frameShown();
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
}

scope.onmessage = (event: MessageEvent<BodyWorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'frame') prepare(request.frame);
  else void build(request.bytes, request.shape, request.firstFrame, request.paint ?? null);
};
