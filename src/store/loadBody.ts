import type { BodyMesh } from '../core/mesh/bodyMesh.ts';
import type { BodyWorkerReply } from '../body/bodyWorker.ts';
import { bodyFailed, bodyLoading, bodyPreviewReady, bodyReady } from './bodyActions.ts';
import { appStore } from './appStore.ts';

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
function buildInWorker(bytes: ArrayBuffer): Promise<BodyMesh> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../body/bodyWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<BodyWorkerReply>) => {
      const reply = event.data;
      if (reply.ok && 'preview' in reply) return bodyPreviewReady(reply.preview);
      worker.terminate();
      if (reply.ok) resolve(reply.body);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the body could not be prepared'));
    };
    worker.postMessage(bytes, [bytes]);
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
    const bytes = await readWithProgress(response);
    bodyReady(await buildInWorker(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    bodyFailed(`The body model could not be loaded (${reason}).`);
  }
}
