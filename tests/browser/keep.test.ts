/**
 * Issue 12: nothing a person made is lost. Links and files opened over a saved map, two tabs,
 * migrations, set-aside maps, notices, the security headers, a worker's requests, and WebGL
 * that does not come back.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, launchChromium } from '../../scripts/browser.ts';
import { toMapDocument, type PainMap } from '../../src/core/persistence/mapDocument.ts';
import { encodeShareData } from '../../src/core/persistence/transfer.ts';
import { encodePaintNow } from '../../src/core/persistence/paintCodec.ts';
import { appUrl, openApp, sharedBrowser } from './support.ts';

const { browser } = sharedBrowser();

const MAP_KEY = 'painmap:map';

/** A map someone else made: the right calf at 4, with an answer. */
const theirs: PainMap = {
  savedAt: '2026-11-02T10:00:00.000Z',
  paint: null,
  marks: [{ region: 'R_calf', intensity: 4 }],
  symptoms: ['stairs'],
  redFlags: [],
  pressTests: {},
};
const theirLink = async () => encodeShareData(await toMapDocument(theirs, '0.1.0'));

/** A fresh context without the service worker, whose offline copy would stand between the test and the server. */
const freshContext = (viewport = { width: 1280, height: 800 }) => browser().newContext({ viewport, serviceWorkers: 'block' });

/** Marks a region by name from the region list (the way that works with and without WebGL). */
async function markByName(page: Page, label: string, intensity: number): Promise<void> {
  const picker = page.locator('details.picker');
  if (!(await picker.evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByText('Mark by region name').click();
  await page.getByRole('combobox', { name: `${label}: pain intensity` }).selectOption(String(intensity));
}

const marked = (page: Page) => page.evaluate(() => window.painmap.state().summary.map((s) => `${s.region} ${s.intensity}`).sort());
const savedRegions = (page: Page) =>
  page.evaluate((key) => {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as { marks: { region: string }[] }).marks.map((m) => m.region).sort() : [];
  }, MAP_KEY);
const waitForSaved = (page: Page, region: string) =>
  page.waitForFunction(([key, r]) => (localStorage.getItem(key!) ?? '').includes(`"${r}"`), [MAP_KEY, region]);
const lastNotice = (page: Page) => page.evaluate(() => window.painmap.state().notices.at(-1)?.text ?? '');

async function historyNotes(page: Page): Promise<string[]> {
  await page.evaluate(() => (location.hash = '#/history'));
  const list = page.getByRole('list', { name: 'Saved maps' });
  await list.waitFor();
  return list.locator('.entry-note').allInnerTexts();
}

describe('a map opened over a saved one', () => {
  it('asks before a link replaces the saved map, without WebGL too, and keeps the old one, answers and all, to bring back', async () => {
    const noWebGL = await launchChromium(['--disable-3d-apis']);
    try {
      const page = await noWebGL.newPage({ serviceWorkers: 'block' });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(appUrl());
      await page.waitForFunction(() => window.painmap.state().body.status === 'ready');
      await markByName(page, 'Left sacroiliac joint (SIJ dimple)', 6);
      const questions = page.locator('details.questionnaire');
      if (!(await questions.evaluate((d) => (d as HTMLDetailsElement).open))) await questions.locator('summary').click();
      await page.getByRole('checkbox', { name: 'Walking', exact: true }).check();
      await waitForSaved(page, 'walking');

      await page.evaluate((data) => (location.hash = `#/map/${data}`), await theirLink());
      const dialog = page.getByRole('dialog', { name: 'You already have a map here' });
      await dialog.waitFor();
      // A modal dialog: the page behind is inert, so focus cannot leave the question.
      expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
      expect(await marked(page)).toEqual(['L_sij 6']);
      await dialog.getByRole('button', { name: 'Open it (mine goes into History)' }).click();
      await page.waitForFunction(() => window.painmap.state().summary.some((s) => s.region === 'R_calf'));
      expect(await marked(page)).toEqual(['R_calf 4']);
      await waitForSaved(page, 'R_calf');

      // After a reload the old map is still there, in the history, and comes back with its answer.
      await page.reload();
      await page.waitForFunction(() => window.painmap.state().body.status === 'ready');
      expect((await historyNotes(page)).join(' ')).toMatch(/Your map before you opened a link/);
      await page.getByRole('button', { name: 'Use as starting point' }).first().click();
      await page.waitForFunction(() => window.painmap.state().summary.some((s) => s.region === 'L_sij'));
      expect(await marked(page)).toEqual(['L_sij 6']);
      expect(await page.evaluate(() => window.painmap.state().symptoms)).toContain('walking');
      expect(errors).toEqual([]);
    } finally {
      await noWebGL.close();
    }
  });

  it('asks before a file replaces the saved map, and can open it beside it in the history', async () => {
    const context = await freshContext();
    const { page, errors } = await openApp(browser(), { context });
    await markByName(page, 'Left sacroiliac joint (SIJ dimple)', 6);
    await waitForSaved(page, 'L_sij');
    await page.getByLabel('Map file to open').setInputFiles({
      name: 'theirs.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(await toMapDocument(theirs, '0.1.0'))),
    });
    const dialog = page.getByRole('dialog', { name: 'You already have a map here' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(/The file holds a map from/);
    await dialog.getByRole('button', { name: 'Keep both (the new one goes into History)' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await marked(page)).toEqual(['L_sij 6']);
    expect(await savedRegions(page)).toEqual(['L_sij']);
    expect((await historyNotes(page)).join(' ')).toMatch(/Opened from a file/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('two tabs', () => {
  it('show the same map: a change saved in one appears in the other, which can undo it', async () => {
    const context = await freshContext();
    const a = await openApp(browser(), { context });
    await markByName(a.page, 'Left sacroiliac joint (SIJ dimple)', 6);
    await waitForSaved(a.page, 'L_sij');

    const b = await openApp(browser(), { context });
    expect(await marked(b.page)).toEqual(['L_sij 6']);
    await markByName(b.page, 'Right sacroiliac joint (SIJ dimple)', 3);

    await a.page.waitForFunction(() => window.painmap.state().summary.some((s) => s.region === 'R_sij'));
    expect(await marked(a.page)).toEqual(['L_sij 6', 'R_sij 3']);
    expect(await lastNotice(a.page)).toMatch(/changed in another tab/);

    // Undo in tab A brings its map back and saves it; tab B follows.
    await a.page.locator('.notice').filter({ hasText: 'changed in another tab' }).getByRole('button', { name: 'Undo' }).click();
    await b.page.waitForFunction(() => !window.painmap.state().summary.some((s) => s.region === 'R_sij'));
    expect(await marked(b.page)).toEqual(['L_sij 6']);
    expect(await savedRegions(a.page)).toEqual(['L_sij']);
    expect([...a.errors, ...b.errors]).toEqual([]);
    await context.close();
  });
});

describe('maps changed or set aside on the way in', () => {
  const v1 = readFileSync(new URL('../fixtures/map-v1.json', import.meta.url), 'utf8');

  it('keeps an older saved map as it was before migrating it, lists it, downloads it and restores it', async () => {
    const context = await freshContext();
    await context.addInitScript(
      ([key, text]) => {
        if (localStorage.getItem('test:seeded')) return;
        localStorage.setItem('test:seeded', '1');
        localStorage.setItem(key!, text!);
      },
      [MAP_KEY, v1],
    );
    const { page, errors } = await openApp(browser(), { context });
    expect(await marked(page)).toEqual(['L_iliac_crest 7', 'L_sij 6']);
    // One message at a time: the latest change says the map as it was is kept; the list says why.
    const notices = await page.locator('.notice').allInnerTexts();
    expect(notices.join(' ')).toMatch(/kept under “Keep your map”/);

    const list = page.getByRole('list', { name: 'Set aside on this device' });
    expect(await list.innerText()).toMatch(/Saved map, set aside on .*older version/);
    const [download] = await Promise.all([page.waitForEvent('download'), list.getByRole('button', { name: /^Download/ }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(v1);

    // Restoring asks (a map is open) and, kept beside, puts it in the history.
    await list.getByRole('button', { name: /^Restore/ }).click();
    const dialog = page.getByRole('dialog', { name: 'You already have a map here' });
    await dialog.getByRole('button', { name: 'Keep both (the new one goes into History)' }).click();
    expect((await historyNotes(page)).join(' ')).toMatch(/Opened from a map you had set aside/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the saved paint, compressed by the browser', () => {
  it('keeps a change made just before the page is left, and opens paint saved uncompressed, compressing it at the next save', async () => {
    const context = await freshContext();
    const { page, errors } = await openApp(browser(), { context });
    // Left at once: the save at pagehide cannot wait for compression.
    await markByName(page, 'Left sacroiliac joint (SIJ dimple)', 6);
    const appErrors = [...errors];
    // To a page of the same origin that is not the app: the leaving page's write reaches the
    // origin's storage a moment later, and the app is opened again only once it has.
    await page.goto(new URL('favicon.svg', appUrl()).href);
    await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('"L_sij"'), MAP_KEY);
    await page.close();
    const back = await openApp(browser(), { context });
    await back.page.waitForFunction(() => window.painmap.state().summary.some((s) => s.region === 'L_sij'));
    expect(await marked(back.page)).toEqual(['L_sij 6']);

    // A map whose paint is in DEFLATE stored blocks, as the save at pagehide writes it when the paint changed since the last compression.
    const saved = JSON.parse(await back.page.evaluate((key) => localStorage.getItem(key)!, MAP_KEY)) as { paint: string };
    const values = Array.from(inflateRawSync(Buffer.from(saved.paint, 'base64')));
    const uncompressed = JSON.stringify({ ...saved, paint: encodePaintNow(Uint8Array.from(values)) });
    await context.close();
    const next = await freshContext();
    await next.addInitScript(([key, text]) => localStorage.setItem(key!, text!), [MAP_KEY, uncompressed]);
    const opened = await openApp(browser(), { context: next });
    expect(await opened.page.evaluate(() => Array.from(window.painmap.state().paint!.values))).toEqual(values);
    await opened.page.waitForFunction(() => window.painmap.state().summary.some((s) => s.region === 'L_sij'));
    expect(await marked(opened.page)).toEqual(['L_sij 6']);
    // Stored blocks start with BTYPE 00; the next save writes compressed blocks (01 or 10) again.
    await opened.page.waitForFunction((key) => (atob(JSON.parse(localStorage.getItem(key)!).paint as string).charCodeAt(0) & 0b110) !== 0, MAP_KEY);
    expect([...appErrors, ...back.errors, ...opened.errors]).toEqual([]);
    await next.close();
  });
});

describe('notices', () => {
  it('stay short and inside a phone screen when a link carries pages of text', async () => {
    const context = await freshContext({ width: 390, height: 844 });
    const bait = 'Your account is locked. Call +1 555 0100 now to unlock it. '.repeat(100);
    const hostile = { ...(await toMapDocument(theirs, '0.1.0')), marks: Array.from({ length: 60 }, () => ({ region: bait, intensity: 5 })) };
    const { page } = await openApp(browser(), { context, viewport: { width: 390, height: 844 } });
    await page.evaluate((data) => (location.hash = `#/map/${data}`), await encodeShareData(hostile as never));
    await page.waitForFunction(() => window.painmap.state().notices.some((n) => /left out/.test(n.text)));
    const text = await page.locator('.notice').filter({ hasText: 'left out' }).innerText();
    expect(text.length).toBeLessThan(420);
    expect(text).not.toContain('Call +1 555 0100');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await page.locator('.notice').filter({ hasText: 'left out' }).boundingBox();
    expect(box!.height).toBeLessThan(400);
    await context.close();
  });
});

describe('the security headers', () => {
  it('are sent by the preview server with the page, its scripts, the worker and the service worker', async () => {
    const html = await fetch(appUrl());
    const page = await html.text();
    const scripts = [...page.matchAll(/src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    const worker = readFileSync(join(distDir, scripts[0]!), 'utf8').match(/assets\/bodyWorker-[\w-]+\.js/)?.[0];
    for (const path of ['', ...scripts, ...(worker ? [worker] : []), 'sw.js']) {
      const response = await fetch(appUrl() + path);
      expect(response.status, path).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp, path).toMatch(/worker-src 'self'/);
      expect(csp, path).toMatch(/connect-src 'self'/);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(response.headers.get('permissions-policy'), path).toMatch(/camera=\(\)/);
    }
    expect(worker, 'the body worker was found in the built app').toBeTruthy();
  });

  describe('a worker served by the app', () => {
    const probe = 'keep-test-probe-worker.js';
    let hits = 0;
    const elsewhere = createServer((_, response) => {
      hits++;
      response.writeHead(200, { 'access-control-allow-origin': '*' }).end('leaked');
    });
    let otherOrigin = '';
    beforeAll(async () => {
      elsewhere.listen(0, '127.0.0.1');
      await once(elsewhere, 'listening');
      // Another origin: same host, another port.
      otherOrigin = `http://127.0.0.1:${(elsewhere.address() as { port: number }).port}`;
      writeFileSync(
        join(distDir, probe),
        `fetch(${JSON.stringify(`${otherOrigin}/pain-map`)}).then(() => postMessage('fetched'), (e) => postMessage('blocked: ' + e.message));`,
      );
    });
    afterAll(() => {
      rmSync(join(distDir, probe), { force: true });
      elsewhere.close();
    });

    it('cannot send anything to another origin', async () => {
      const context: BrowserContext = await freshContext();
      const { page } = await openApp(browser(), { context });
      const answer = await page.evaluate(
        (url) =>
          new Promise<string>((resolve) => {
            const worker = new Worker(url);
            worker.onmessage = (event) => resolve(String(event.data));
            worker.onerror = (event) => resolve(`error: ${event.message}`);
          }),
        `/${probe}`,
      );
      expect(answer).toMatch(/^blocked/);
      expect(hits).toBe(0);
      await context.close();
    });
  });
});

describe('WebGL gone for good', () => {
  it('opens the region list and says so, keeping the marks, with no uncaught error', async () => {
    const context = await freshContext();
    const { page, errors } = await openApp(browser(), { context });
    await markByName(page, 'Left sacroiliac joint (SIJ dimple)', 6);
    await page.locator('details.picker summary').click();
    expect(await page.locator('details.picker').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.evaluate(() => {
      const canvas = document.querySelector('.viewport canvas') as HTMLCanvasElement;
      const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      // From now on no new WebGL context can be had, as on a GPU that has gone away.
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        return /webgl/.test(kind) ? null : (original as (...args: unknown[]) => unknown).call(this, kind, ...rest);
      } as typeof original;
      context!.getExtension('WEBGL_lose_context')!.loseContext();
    });
    await page.waitForFunction(() => window.painmap.state().webgl === 'unavailable');
    expect(await page.locator('details.picker').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Left sacroiliac joint (SIJ dimple): pain intensity' }).inputValue()).toBe('6');
    expect(await page.locator('.notice').allInnerTexts()).toContainEqual(expect.stringMatching(/3D view stopped and could not be restarted/));
    expect(errors.filter((e) => !/CONTEXT_LOST|context lost/i.test(e))).toEqual([]);
    await context.close();
  });
});
