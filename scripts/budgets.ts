/**
 * Size budgets (issues #4 and #14, in bytes; 1 KB = 1000 bytes, the stricter reading) and how the built app measures against them. Used by the benchmark
 * and by check-budgets.ts, which `npm test` runs after building.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  bundle: {
    /** JS the first paint waits for: the entry and anything index.html preloads. */
    initialJsGzipBytes: 120_000,
    /**
     * JS the first body frame waits for: the first paint's and the body worker's. The 3D view's
     * chunk loads after that frame (tests/browser/firstBody.test.ts holds it back to prove it).
     */
    firstBodyJsGzipBytes: 200_000,
    /** Every JS file of the app, including lazy chunks, the body worker and the service worker. */
    totalJsGzipBytes: 380_000,
    /** The body model with everything it carries (the body-shape offsets included). */
    modelBytes: 200_000,
  },
} as const;

const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export function bundleSizes(root: string) {
  const dist = join(root, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const assets = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.js'));
  const serviceWorkerGzipBytes = gzipSize(join(dist, 'sw.js'));
  const initialJsGzipBytes = initial.reduce((sum, file) => sum + gzipSize(join(dist, file)), 0);
  const worker = assets.filter((name) => name.startsWith('bodyWorker-'));
  return {
    initialJsGzipBytes,
    firstBodyJsGzipBytes: worker.reduce((sum, file) => sum + gzipSize(join(dist, 'assets', file)), initialJsGzipBytes),
    totalJsGzipBytes: assets.reduce((sum, file) => sum + gzipSize(join(dist, 'assets', file)), serviceWorkerGzipBytes),
    serviceWorkerGzipBytes,
    modelBytes: statSync(join(root, 'public', 'models', 'body.glb')).size,
    modelShapeBytes: shapeBytes(join(root, 'public', 'models', 'body.glb')),
    initialFiles: initial,
    jsFiles: assets.length,
  };
}

/** Bytes of body.glb that hold the body shapes: the compressed streams of its morph targets. */
function shapeBytes(path: string): number {
  const glb = readFileSync(path);
  const json = JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString('utf8')) as {
    accessors: { bufferView: number }[];
    bufferViews: { byteLength: number; extensions?: { EXT_meshopt_compression?: { byteLength: number } } }[];
    meshes: { primitives: { targets?: Record<string, number>[] }[] }[];
  };
  const views = new Set(
    json.meshes
      .flatMap((m) => m.primitives.flatMap((p) => (p.targets ?? []).flatMap((t) => Object.values(t))))
      .map((a) => json.accessors[a]!.bufferView),
  );
  return [...views].reduce(
    (sum, v) => sum + (json.bufferViews[v]!.extensions?.EXT_meshopt_compression?.byteLength ?? json.bufferViews[v]!.byteLength),
    0,
  );
}
