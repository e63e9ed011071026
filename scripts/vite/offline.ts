import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The offline copy of the app: vite-plugin-pwa (Workbox) writes dist/sw.js with a precache list
 * of every built file and its revision, so an update re-downloads only the files that changed.
 *
 * - registerType 'prompt': a new version waits until the person says "reload" (src/view/UpdatePrompt.tsx);
 *   it never swaps the app under someone in the middle of marking their map.
 * - clientsClaim: the first install takes control at once, so the app works offline from the first visit.
 * - navigateFallback: the app routes with #hashes, so every navigation is index.html.
 * - inlineWorkboxRuntime: one worker file, nothing loaded with importScripts.
 * - manifest: false; public/manifest.webmanifest is ours and stays as it is.
 * - injectRegister: false; src/main.tsx registers the worker itself once the body is on screen.
 */
export function offline(): Plugin[] {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,webmanifest,glb,ico}'],
      navigateFallback: 'index.html',
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      inlineWorkboxRuntime: true,
      sourcemap: false,
      // The body model is the largest file; keep room for it and for the body shapes.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });
}

/**
 * What the dev server answers at /sw.js. The app never registers a worker in development, but a
 * production worker left registered on the same origin (a preview served on the dev port) would
 * keep serving its cached app; this one drops the caches and unregisters itself.
 */
const DEV_KILL_SWITCH = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const name of await caches.keys()) await caches.delete(name);
  await self.registration.unregister();
})()));
`;

export function devServiceWorkerKillSwitch(): Plugin {
  return {
    name: 'painmap:sw-dev-kill-switch',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${server.config.base}sw.js`) return next();
        response.setHeader('Content-Type', 'text/javascript');
        response.setHeader('Cache-Control', 'no-store');
        response.end(DEV_KILL_SWITCH);
      });
    },
  };
}
