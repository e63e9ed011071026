import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appStore, type AppState } from './store/appStore.ts';
import { followBodyShape, loadBody } from './store/loadBody.ts';
import { loadSavedMap, startAutosave } from './store/persistence.ts';
import { updateStore } from './store/updateStore.ts';
import { startTabSync } from './store/tabSync.ts';
import { startRememberingView } from './store/rememberView.ts';
import { App } from './view/App.tsx';
import { installDebugHandle } from './view/debugHandle.ts';
import { firstFrameCanvas } from './view/firstBody/firstFrameTarget.ts';
import { firstContentfulPaint } from './view/firstContentfulPaint.ts';
import { webglSupport } from './view/scene/webglSupport.ts';
import './view/styles.css';

// Known before the first render, so the page renders once for it (not again after an effect).
appStore.setState({ webgl: webglSupport().available ? 'available' : 'unavailable' });
loadSavedMap(localStorage);
startRememberingView(localStorage);
startAutosave(localStorage);
startTabSync(localStorage);
// The body worker starts at once and gets its canvas when the first render has laid it out; the
// model's download waits for the first words on screen.
void loadBody({ firstFrame: firstFrameCanvas(), downloadAfter: firstContentfulPaint() });
followBodyShape();
// Browser tests and the benchmark build with the test handle; production builds leave it out.
if (__PAINMAP_TEST_HANDLE__) installDebugHandle();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

/**
 * Offline use: the service worker (built by vite-plugin-pwa, see scripts/vite/offline.ts) caches the
 * whole built app. Production builds only. Registered once the first view has what it needs (the
 * body drawn, or without WebGL the body data ready), so the worker's download of the app never
 * competes with the page's own, and never while the server fails to send the model; nothing
 * waits for it. A new version waits for the person's word (src/view/UpdatePrompt.tsx).
 */
/** Lets the waiting version take over, then reloads into it (the map is saved on pagehide). */
function applyUpdate(skipWaiting: () => Promise<void>): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
  void skipWaiting();
}

function registerServiceWorkerWhenSettled(): void {
  let registered = false;
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('painmap:full-body-frame').length > 0) register();
  });
  const readyWithoutWebGL = ({ webgl, body }: AppState) => webgl === 'unavailable' && body.status === 'ready';
  const unsubscribe = appStore.subscribe((state) => {
    if (readyWithoutWebGL(state)) register();
  });
  function register(): void {
    if (registered) return;
    registered = true;
    observer.disconnect();
    unsubscribe();
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const updateSW = registerSW({
        immediate: true,
        onNeedRefresh: () => updateStore.setState({ applyUpdate: () => applyUpdate(updateSW) }),
        // Workbox reloads only for updates it saw start in this page; applyUpdate reloads for all.
        onNeedReload: () => {},
        onRegisterError: (error: unknown) => console.warn('painmap works online only here: its offline copy could not be set up.', error),
      });
    });
  }
  observer.observe({ type: 'mark', buffered: true });
  if (readyWithoutWebGL(appStore.getState())) register();
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) window.addEventListener('load', registerServiceWorkerWhenSettled, { once: true });
