import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../../scripts/browser.ts';
import { LEFT_BELT_LINE, sharedBrowser, strokeThrough, turnTo, waitForBody } from './support.ts';

const { browser } = sharedBrowser();

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.glb': 'model/gltf-binary',
};

/**
 * A copy of the built app served fresh from disk on every request, so the test can publish a
 * "new version" while a page is open (vite preview keeps file sizes from start-up).
 */
let site: string;
let server: Server;
let url: string;
beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'painmap-update-'));
  cpSync(distDir, site, { recursive: true });
  server = createServer((request, response) => {
    const asked = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const path = asked.endsWith('/') ? `${asked}index.html` : asked;
    try {
      const body = readFileSync(join(site, path));
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => {
  server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('app updates', () => {
  it('announces a new version, keeps the old one until the person reloads, and keeps their map', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(url);
    await waitForBody(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await turnTo(page, 'Back view', 'back');
    await strokeThrough(page, LEFT_BELT_LINE);
    const marked = await page.evaluate(() => window.painmap.state().summary.map((s) => s.region));
    expect(marked.length).toBeGreaterThan(0);

    // Publish a new version: a changed service worker is what the browser checks for.
    writeFileSync(join(site, 'sw.js'), `${readFileSync(join(site, 'sw.js'), 'utf8')}\n// the next version\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const prompt = page.getByRole('status').filter({ hasText: 'A new version of painmap is ready' });
    await prompt.waitFor();
    // Nothing switched under the person: the new worker waits for their word.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload now' }).click()]);
    await waitForBody(page);
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting === null && navigator.serviceWorker.controller !== null;
    });
    await page.waitForFunction((n) => window.painmap.state().summary.length === n, marked.length);
    expect(await page.evaluate(() => window.painmap.state().summary.map((s) => s.region))).toEqual(marked);
    expect(await page.getByText('A new version of painmap is ready').count()).toBe(0);
    await context.close();
  });
});
