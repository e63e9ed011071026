/**
 * The loading screen counts the bytes of the body as they arrive (issue 11): every chunk of the
 * download moves the count, and the total comes from the server's Content-Length.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appStore, initialState } from '../../src/store/appStore.ts';
import { loadBody } from '../../src/store/loadBody.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  appStore.setState(initialState(), true);
});

describe('loading the body', () => {
  it('reports the bytes received after each chunk, out of the size the server gave', async () => {
    const chunks = [new Uint8Array(1000), new Uint8Array(2500), new Uint8Array(500)];
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    vi.stubGlobal('fetch', async () => new Response(stream, { headers: { 'content-length': '4000' } }));
    // No worker here: the body cannot be built, which is reported after the download.
    vi.stubGlobal('Worker', undefined);
    const seen: { received?: number; total?: number }[] = [];
    const stop = appStore.subscribe((s) => {
      if (s.body.status === 'loading' && s.body.received !== undefined) seen.push({ received: s.body.received, total: s.body.total });
    });
    await loadBody({ url: '/models/body.glb' });
    stop();
    expect(seen).toEqual([
      { received: 1000, total: 4000 },
      { received: 3500, total: 4000 },
      { received: 4000, total: 4000 },
    ]);
    expect(appStore.getState().body.status).toBe('error');
  });
});
