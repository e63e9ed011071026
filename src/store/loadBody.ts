import type { BodyMesh } from '../core/mesh/bodyMesh.ts';
import type { BodyWorkerReply } from '../body/bodyWorker.ts';
import { bodyFailed, bodyLoading, bodyPreviewReady, bodyReady } from './bodyActions.ts';

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
    const bytes = await response.arrayBuffer();
    bodyReady(await buildInWorker(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    bodyFailed(`The body model could not be loaded (${reason}).`);
  }
}
