import type { BodyMesh } from '../core/mesh/bodyMesh.ts';
import type { BodyShape } from '../core/mesh/bodyShape.ts';
import type { BodyWorkerReply, BodyWorkerRequest } from '../body/bodyWorker.ts';
import { appStore } from './appStore.ts';
import { savedMapRead } from './persistence.ts';
import { notify } from './uiActions.ts';
import { bodyFailed, bodyLoading, bodyPreviewReady, bodyReady, bodyReshaped } from './bodyActions.ts';

/** The model file as fetched, kept to build another body shape without fetching again. */
let modelBytes: ArrayBuffer | null = null;

/** Reads the response as it arrives, telling the store how many bytes are in, for a numeric progress. */
async function readWithProgress(response: Response): Promise<ArrayBuffer> {
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  if (!response.body) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    const body = appStore.getState().body;
    if (body.status === 'loading') appStore.setState({ body: { ...body, received, ...(total ? { total } : {}) } });
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

/** Builds the body in a worker, so the page stays responsive while it loads; a preview to draw arrives first. */
function buildInWorker(bytes: ArrayBuffer, shape: BodyShape, onPreview = bodyPreviewReady): Promise<BodyMesh> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../body/bodyWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<BodyWorkerReply>) => {
      const reply = event.data;
      if (reply.ok && 'preview' in reply) return onPreview(reply.preview);
      worker.terminate();
      if (reply.ok) resolve(reply.body);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the body could not be prepared'));
    };
    const copy = bytes.slice(0);
    worker.postMessage({ bytes: copy, shape } satisfies BodyWorkerRequest, [copy]);
  });
}

/**
 * Fetches and prepares the body. Nothing of it is in the first-paint bundle. Needs no WebGL:
 * the region picker works from the same body data.
 */
export async function loadBody(url = `${import.meta.env.BASE_URL}models/body.glb`): Promise<void> {
  bodyLoading();
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    modelBytes = await readWithProgress(response);
    const mesh = await buildInWorker(modelBytes, appStore.getState().bodyShape ?? 'between');
    // The saved map's paint is inflated asynchronously: the body takes it (and saving starts) only once it is read.
    await savedMapRead();
    bodyReady(mesh);
    // A shape chosen while the body was being built: show it now.
    const chosen = appStore.getState().bodyShape;
    if (chosen && chosen !== mesh.shape) void reshapeBody(chosen);
  } catch (error) {
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
    const mesh = await buildInWorker(modelBytes, shape, () => {});
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
