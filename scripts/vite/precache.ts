import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';

const PLACEHOLDER = '__PAINMAP_PRECACHE__';

/** Every file under dir, as paths relative to it with forward slashes, sorted. */
function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** Files that are not part of the app a person uses offline. */
const skipped = (file: string, output: string) => file === output || file.endsWith('.map') || file.endsWith('.LICENSE.txt');

/**
 * What the dev server answers at /sw.js. The app never registers a worker in development, but a
 * production worker left registered on the same origin (a preview served on the dev port) would
 * keep serving its cached app; when the browser checks it for an update it gets this one, which
 * drops painmap's caches and unregisters itself.
 */
const DEV_KILL_SWITCH = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const name of await caches.keys()) if (name.startsWith('painmap-')) await caches.delete(name);
  await self.registration.unregister();
})()));
`;

/**
 * Builds the service worker (src/sw.ts → dist/sw.js, at the site root so its scope is the
 * whole app) after everything else is written. The precache list is read from the real output
 * directory, so it holds exactly what the build produced: index.html, every file under assets/
 * (JS, CSS, the body worker), and what public/ copied (models/body.glb, the manifest, icons,
 * favicon). The cache version is a SHA-256 over the worker's code and every listed file's
 * name and bytes, so any change to the app installs a new cache and drops the old one.
 * In development /sw.js is only the kill switch above.
 */
export function precache(options: { source?: string; output?: string } = {}): Plugin[] {
  const output = options.output ?? 'sw.js';
  let config: ResolvedConfig;
  const dev: Plugin = {
    name: 'painmap:precache-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${server.config.base}${output}`) return next();
        response.setHeader('Content-Type', 'text/javascript');
        response.setHeader('Cache-Control', 'no-store');
        response.end(DEV_KILL_SWITCH);
      });
    },
  };
  const build: Plugin = {
    name: 'painmap:precache',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const sourcePath = resolve(config.root, options.source ?? 'sw.ts');
      const transformed = await transformWithOxc(readFileSync(sourcePath, 'utf8'), sourcePath, { lang: 'ts', target: 'es2022' });
      // A classic worker script: drop the `export {}` that only makes the source a TS module.
      const code = transformed.code.replace(/^export\s*\{\s*\};?\s*$/m, '');
      if (/^\s*(import|export)\b/m.test(code)) throw new Error(`${sourcePath} must not import or export anything: it is built without bundling.`);
      if (code.split(PLACEHOLDER).length !== 2) throw new Error(`${sourcePath} must use ${PLACEHOLDER} exactly once.`);

      const files = listFiles(outDir).filter((file) => !skipped(file, output));
      if (!files.includes('index.html')) throw new Error('precache: no index.html in the build output');
      const hash = createHash('sha256').update(code);
      for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(join(outDir, file)));
      const version = hash.digest('hex').slice(0, 16);

      const manifest = JSON.stringify({ version, files }, null, 2);
      writeFileSync(
        join(outDir, output),
        code.replace(PLACEHOLDER, () => manifest),
      );
      const bytes = files.reduce((sum, file) => sum + readFileSync(join(outDir, file)).length, 0);
      config.logger.info(`painmap:precache ${output}: ${files.length} files, ${(bytes / 1000).toFixed(1)} KB, cache version ${version}`);
    },
  };
  return [build, dev];
}
