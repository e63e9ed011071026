import type { BodyMesh } from '../core/mesh/bodyMesh.ts';
import type { BodyShape } from '../core/mesh/bodyShape.ts';
import type { BodyWorkerReply, BodyWorkerRequest, FirstFrameRequest } from '../body/bodyWorker.ts';
import { readStream } from '../core/readStream.ts';
import { appStore } from './appStore.ts';
import { savedMapRead } from './persistence.ts';
import { notify } from './uiActions.ts';
import { bodyFailed, bodyFirstFrame, bodyLoading, bodyReady, bodyReshaped } from './bodyActions.ts';

/** The model file as fetched, kept to build another body shape without fetching again. */
let modelBytes: ArrayBuffer | null = null;

/** Reads the response as it arrives, telling the store how many bytes are in, for a numeric progress. */
async function readWithProgress(response: Response): Promise<ArrayBuffer> {
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  if (!response.body) return response.arrayBuffer();
  const bytes = await readStream(response.body, {
    onChunk: (received) => {
      const body = appStore.getState().body;
      if (body.status === 'loading') appStore.setState({ body: { ...body, received, ...(total ? { total } : {}) } });
    },
  });
  return bytes.buffer;
}

/** A canvas for the body worker to draw the first frame on, and until when the page shows that frame. */
export interface FirstFrame {
  readonly request: FirstFrameRequest;
  /** Settles once the page no longer shows the worker's frame: the worker (and its WebGL context) can go then. */
  readonly shownUntil: Promise<void>;
}

function startWorker(): Worker {
  return new Worker(new URL('../body/bodyWorker.ts', import.meta.url), { type: 'module' });
}

/** A body worker started early, so its code loads while the model downloads; null if none can start (building then says why). */
function startWorkerEarly(): Worker | null {
  try {
    return startWorker();
  } catch {
    return null;
  }
}

/**
 * Gives the worker the first frame's canvas (or says there is none) as soon as the page knows, or
 * none once the model is in (`giveUp`): the worker waits for this word before drawing.
 */
function sendFirstFrame(worker: Worker, firstFrame: Promise<FirstFrame | null>) {
  let sent = false;
  const send = (frame: FirstFrame | null) => {
    if (sent) return;
    sent = true;
    const message: BodyWorkerRequest = { kind: 'frame', frame: frame?.request ?? null };
    worker.postMessage(message, frame ? [frame.request.canvas] : []);
    // No canvas: the 3D view need not wait for the worker to say so.
    if (!frame) bodyFirstFrame(false);
    if (frame) void frame.shownUntil.then(settleShown);
    else settleShown();
  };
  let settleShown: () => void = () => {};
  const shownUntil = new Promise<void>((resolve) => (settleShown = resolve));
  void firstFrame.then(send);
  return { shownUntil, giveUp: () => send(null) };
}

/**
 * Builds the body in a worker, so the page stays responsive while it loads. With a first frame
 * coming, the worker says whether it drew it, and lives on until that frame is no longer shown.
 */
function buildInWorker(
  bytes: ArrayBuffer,
  shape: BodyShape,
  worker: Worker = startWorker(),
  shownUntil: Promise<void> | null = null,
  paint: Uint8Array | null = null,
): Promise<BodyMesh> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<BodyWorkerReply>) => {
      const reply = event.data;
      if (reply.ok && 'firstFrame' in reply) return bodyFirstFrame(reply.firstFrame);
      if (reply.ok) {
        if (shownUntil) void shownUntil.finally(() => worker.terminate());
        else worker.terminate();
        resolve(reply.body);
      } else {
        worker.terminate();
        reject(new Error(reply.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the body could not be prepared'));
    };
    const copy = bytes.slice(0);
    const request: BodyWorkerRequest = { kind: 'build', bytes: copy, shape, firstFrame: shownUntil !== null, paint };
    worker.postMessage(request, [copy]);
  });
}

/**
 * Fetches and prepares the body. Nothing of it is in the first-paint bundle. Needs no WebGL:
 * the region picker works from the same body data. `firstFrame` settles with a canvas for the
 * worker to draw the body's first frame on as soon as it can (or with null for none); the worker
 * starts at once, so it can make its WebGL context before the model arrives. The download waits
 * for `downloadAfter`.
 */
export async function loadBody({
  firstFrame,
  downloadAfter,
  url = `${import.meta.env.BASE_URL}models/body.glb`,
}: { firstFrame?: Promise<FirstFrame | null>; downloadAfter?: Promise<void>; url?: string } = {}): Promise<void> {
  const worker = startWorkerEarly();
  bodyLoading(worker !== null && firstFrame !== undefined);
  const frame = worker && firstFrame ? sendFirstFrame(worker, firstFrame) : null;
  try {
    // On a slow connection the page's own code and first words come before the model.
    await downloadAfter;
    const response = await fetch(url, { priority: 'low' });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    modelBytes = await readWithProgress(response);
    frame?.giveUp();
    // The saved map's paint is inflated asynchronously: the first frame shows it, and the body
    // takes it (and saving starts) only once it is read.
    await savedMapRead();
    const { bodyShape, pendingMap } = appStore.getState();
    const mesh = await buildInWorker(modelBytes, bodyShape ?? 'between', worker ?? undefined, frame?.shownUntil ?? null, pendingMap?.paint ?? null);
    bodyReady(mesh);
    // A shape chosen while the body was being built: show it now.
    const chosen = appStore.getState().bodyShape;
    if (chosen && chosen !== mesh.shape) void reshapeBody(chosen);
  } catch (error) {
    worker?.terminate();
    const reason = error instanceof Error ? error.message : String(error);
    bodyFailed(`The body model could not be loaded (${reason}).`);
  }
}

/**
 * Shows the body in another shape. The paint stays on the same vertices (the topology is the
 * same), so the map keeps its regions; only the surface it is drawn on changes.
 */
export async function reshapeBody(shape: BodyShape): Promise<void> {
  const { body } = appStore.getState();
  if (!modelBytes || body.status !== 'ready' || body.mesh.shape === shape) return;
  try {
    const mesh = await buildInWorker(modelBytes, shape);
    // Another switch may have been asked for meanwhile: only the latest wins.
    if (appStore.getState().bodyShape === shape) bodyReshaped(mesh);
  } catch (error) {
    // The body shown stays as it is, with the map on it.
    const reason = error instanceof Error ? error.message : String(error);
    notify('error', `The body could not be shown in that shape (${reason}). Your map is unchanged.`);
  }
}

/** Rebuilds the body whenever the chosen shape changes: by the person, an opened map or another tab. */
export function followBodyShape(): () => void {
  return appStore.subscribe((state, previous) => {
    if (state.bodyShape && state.bodyShape !== previous.bodyShape) void reshapeBody(state.bodyShape);
  });
}
