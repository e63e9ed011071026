/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { csp } from './scripts/vite/csp.ts';
import { devServiceWorkerKillSwitch, offline } from './scripts/vite/offline.ts';
import { DEV_SECURITY_HEADERS, SECURITY_HEADERS } from './scripts/vite/headers.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // index.html lives in src/ so the top level holds only what the project needs.
  root: 'src',
  publicDir: '../public',
  // The CSP and the service worker are for the built app only (the dev server needs React Refresh's
  // inline script); in development /sw.js is a worker that unregisters itself.
  plugins: [react(), csp(), offline(), devServiceWorkerKillSwitch()],
  worker: { format: 'es' },
  // window.painmap (src/view/debugHandle.ts) lets the browser tests and the benchmark wait on app
  // state; it exists only in builds made with PAINMAP_TEST_HANDLE=1, never in production.
  define: { __PAINMAP_TEST_HANDLE__: JSON.stringify(process.env.PAINMAP_TEST_HANDLE === '1' || process.env.VITEST === 'true') },
  // The security headers (scripts/vite/headers.ts), also shipped for static hosts as public/_headers.
  server: { headers: { ...DEV_SECURITY_HEADERS } },
  preview: { headers: { ...SECURITY_HEADERS } },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    root,
    // Limits that hold on a loaded two-core machine (other test runs beside this one): the tests
    // wait on state, so these only end a run that is truly stuck.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        resolve: { mainFields: ['module'] },
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
          // Two shared cores: a whole-app test answering many questions can take seconds under load.
          testTimeout: 30_000,
          server: { deps: { inline: [/@react-three\//] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/globalSetup.ts'],
          // Software WebGL on two busy cores: generous per-test limits; tests wait on app state.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
