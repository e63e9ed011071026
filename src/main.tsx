import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appStore, type AppState } from './store/appStore.ts';
import { loadBody } from './store/loadBody.ts';
import { loadSavedMap, startAutosave } from './store/persistence.ts';
import { startTabSync } from './store/tabSync.ts';
import { App } from './view/App.tsx';
import { installDebugHandle } from './view/debugHandle.ts';
import './view/styles.css';

loadSavedMap(localStorage);
startAutosave(localStorage);
startTabSync(localStorage);
void loadBody();
installDebugHandle();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

/**
 * Offline use: the service worker (src/sw.ts, built to /sw.js) caches the whole built app.
 * Production builds only. Registered after the load event, once the first view has what it
 * needs (the body drawn, or without WebGL the body data ready), so the worker's download of the
 * app never competes with the page's own, and never while the server fails to send the model;
 * nothing waits for it.
 */
function registerServiceWorkerWhenSettled(): void {
  let registered = false;
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('painmap:first-body-frame').length > 0) register();
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
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
      console.warn('painmap works online only here: its offline copy could not be set up.', error);
    });
  }
  observer.observe({ type: 'mark', buffered: true });
  if (readyWithoutWebGL(appStore.getState())) register();
}

if (import.meta.env.PROD && 'serviceWorker' in navigator) window.addEventListener('load', registerServiceWorkerWhenSettled, { once: true });
