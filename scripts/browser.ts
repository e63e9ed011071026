/**
 * Shared helpers for scripts and browser tests: start the built app with `vite preview`
 * and launch Debian's Chromium through playwright-core (flags from stack-notes.md).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type {} from '../src/view/debugHandle.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * How long a page action or wait may take. Playwright's default (30 s) is a time limit that a
 * loaded two-core machine with software WebGL can exceed; the tests wait on app state, so a long
 * bound only matters when something is truly stuck.
 */
export const ACTION_TIMEOUT_MS = 180_000;

export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
    timeout: ACTION_TIMEOUT_MS,
  });
  // Every context (browser.newPage makes one too) gets the patient bound.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    return context;
  };
  return browser;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

export interface Preview {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The built app's folder: dist/, or PAINMAP_DIST (an absolute path) so that several builds can
 * be tested side by side.
 */
export const distDir = process.env.PAINMAP_DIST ?? join(root, 'dist');

/** Serves the built app (run `vite build` first) on a free local port until stop(). */
export async function startPreview(): Promise<Preview> {
  const port = await freePort();
  const args = ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', distDir];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = `http://127.0.0.1:${port}/`;
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(String(port))) resolve();
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`vite preview exited (${code}): ${output}`)));
  });
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/**
 * One paint stroke on the back of the body through points given as [x, y] in metres (model
 * frame, on the skin at z = -0.05), for the picture scripts. Needs a test build (window.painmap).
 */
export async function paintStroke(page: Page, points: readonly (readonly [number, number])[]): Promise<void> {
  const screen = [];
  for (const [x, y] of points) {
    const point = await page.evaluate(([x, y]) => window.painmap.project(x!, y!, -0.05), [x, y]);
    if (point) screen.push(point);
  }
  await page.mouse.move(screen[0]!.x, screen[0]!.y);
  await page.mouse.down();
  for (const p of screen) await page.mouse.move(p.x, p.y, { steps: 3 });
  await page.mouse.up();
}
