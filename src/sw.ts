/**
 * painmap's service worker: the whole built app is cached on the device so it opens and
 * matches with no network at all. Built by scripts/vite/precache.ts into dist/sw.js, which
 * writes the list of files (read from the real build output) and a content hash as the cache
 * version in place of __PAINMAP_PRECACHE__. Registered from main.tsx in production builds only.
 *
 * - install: fetch every listed file (revalidating the HTTP cache) into "painmap-<version>".
 * - activate: delete older painmap caches, then take control of open pages.
 * - fetch: precached files cache-first with a network fallback; navigations get the cached
 *   index.html (the app routes with #hashes, so every page is that one document); anything
 *   else, and anything from another origin, is left to the browser and never cached.
 *
 * Kept free of imports: the plugin only strips the types, so this file must stand alone.
 */

// Only the parts of the service-worker types this file uses (the project compiles with the DOM
// library, which does not define them, and the WebWorker library would clash with it).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly location: { readonly href: string; readonly origin: string };
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
interface Precache {
  /** Content hash of the build and of this worker: a new build gets a new cache. */
  readonly version: string;
  /** Every file of the build, relative to this worker's URL (the site root). */
  readonly files: readonly string[];
}

declare const __PAINMAP_PRECACHE__: Precache;

const sw = self as unknown as ServiceWorkerScope;
const PRECACHE: Precache = __PAINMAP_PRECACHE__;
const CACHE_PREFIX = 'painmap-';
const CACHE = `${CACHE_PREFIX}${PRECACHE.version}`;
const SHELL = new URL('index.html', sw.location.href).href;
const PRECACHED = new Set(PRECACHE.files.map((file) => new URL(file, sw.location.href).href));
const MATCH = { cacheName: CACHE, ignoreVary: true } as const;

/** A redirected response cannot answer a navigation; keep its body and headers only. */
async function storable(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function precacheAll(): Promise<void> {
  const cache = await caches.open(CACHE);
  await Promise.all(
    [...PRECACHED].map(async (url) => {
      const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
      if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
      await cache.put(url, await storable(response));
    }),
  );
}

async function dropOldCaches(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
}

async function cacheFirst(request: Request, key: string): Promise<Response> {
  const cached = await caches.match(key, MATCH);
  return cached ?? fetch(request);
}

async function navigate(request: Request, key: string): Promise<Response> {
  const cached = await caches.match(key === sw.registration.scope ? SHELL : key, MATCH);
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    const shell = await caches.match(SHELL, MATCH);
    if (shell) return shell;
    throw error;
  }
}

sw.addEventListener('install', (event) => event.waitUntil(precacheAll()));

sw.addEventListener('activate', (event) => event.waitUntil(dropOldCaches().then(() => sw.clients.claim())));

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return; // never answered, never cached
  const key = url.origin + url.pathname;
  if (request.mode === 'navigate') event.respondWith(navigate(request, key));
  else if (PRECACHED.has(key)) event.respondWith(cacheFirst(request, key));
});

export {};
