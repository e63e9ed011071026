/// <reference lib="webworker" />
/**
 * Builds the body off the main thread: decoding, subdivision, the refined atlas, areas,
 * adjacency and normals take about a tenth of a second on a laptop and several times that on
 * a phone, which would otherwise freeze the page while it loads.
 */
import { buildBodyMesh, type BodyMesh } from '../core/mesh/bodyMesh.ts';
import { readBodyGlb } from './readBodyGlb.ts';

export type BodyWorkerReply = { readonly ok: true; readonly body: BodyMesh } | { readonly ok: false; readonly message: string };

self.onmessage = async (event: MessageEvent<ArrayBuffer>) => {
  try {
    const body = buildBodyMesh(await readBodyGlb(event.data));
    const transfer = [body.positions, body.triangles, body.regions, body.areas, body.normals, body.adjacency.offsets, body.adjacency.list].map(
      (a) => a.buffer,
    );
    (self as unknown as DedicatedWorkerGlobalScope).postMessage({ ok: true, body } satisfies BodyWorkerReply, transfer);
  } catch (error) {
    (self as unknown as DedicatedWorkerGlobalScope).postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies BodyWorkerReply);
  }
};
