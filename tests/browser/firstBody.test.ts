import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../scripts/browser.ts';
import { BUDGETS } from '../../scripts/budgets.ts';
import { regionLabel } from '../../src/core/regions/regionLabels.ts';
import { decodePng, type Image } from '../support/png.ts';
import { appUrl, sharedBrowser } from './support.ts';

const { browser } = sharedBrowser();

/** Only what is drawn: the prompts over the body are hidden for the pictures. */
const DRAWING_ONLY = '.viewport > :not(canvas):not(:has(canvas)) { visibility: hidden !important; }';

/** How two pictures of the same size differ: the mean difference per channel, and the share of pixels that changed clearly. */
function difference(a: Image, b: Image) {
  let total = 0;
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = [0, 1, 2].map((c) => Math.abs(a.data[i + c]! - b.data[i + c]!));
    total += d[0]! + d[1]! + d[2]!;
    if (Math.max(...d) > 40) changed++;
  }
  const pixels = a.width * a.height;
  return { mean: total / (3 * pixels), changedShare: changed / pixels };
}

/** The share of pixels unlike the empty view (the body's share of the picture). */
function coverage(picture: Image, empty: Image): number {
  return difference(picture, empty).changedShare;
}

/** Pixels clearly red (paint), not skin. */
function redPixels(picture: Image): number {
  let count = 0;
  for (let i = 0; i < picture.data.length; i += 4) if (picture.data[i]! > picture.data[i + 1]! + 70) count++;
  return count;
}

/** Holds the 3D view's code back until the returned function is called. */
async function holdThe3DView(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/BodyScene-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

async function viewportPicture(page: Page): Promise<Image> {
  return decodePng(await page.locator('.viewport').screenshot());
}

describe('the first body frame', () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])
    it(`shows the body before the 3D view's code has loaded, and the 3D view takes over in the same place and light (${viewport.width}×${viewport.height})`, async () => {
      // The pictures hide the prompts over the body with a style sheet the app's CSP would refuse;
      // no service worker, so the held request reaches the route (README, Gotchas).
      const context = await browser().newContext({ viewport, hasTouch: viewport.width < 500, bypassCSP: true, serviceWorkers: 'block' });
      const page = await context.newPage();
      // Hold the 3D view's code back until the first frame has been looked at.
      const release = await holdThe3DView(page);
      await page.goto(appUrl());
      await page.waitForFunction(() => performance.getEntriesByName('painmap:first-body-frame').length > 0);
      await page.addStyleTag({ content: DRAWING_ONLY });
      expect(await page.evaluate(() => performance.getEntriesByName('painmap:full-body-frame').length)).toBe(0);
      // What the first frame needed: every script fetched so far, within its budget.
      const scripts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((r) => new URL(r.name).pathname)
          .filter((path) => path.endsWith('.js')),
      );
      const gzipBytes = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length, 0);
      expect(gzipBytes).toBeLessThanOrEqual(BUDGETS.bundle.firstBodyJsGzipBytes);
      const first = await viewportPicture(page);
      release();
      await page.waitForFunction(() => performance.getEntriesByName('painmap:full-body-frame').length > 0);
      await page.locator('canvas.first-body').waitFor({ state: 'detached' });
      const full = await viewportPicture(page);
      // The body was there in the first frame: hiding both canvases leaves a picture unlike it.
      await page.addStyleTag({ content: '.viewport canvas { visibility: hidden !important; }' });
      const empty = await viewportPicture(page);
      const jump = difference(first, full);
      expect(coverage(first, empty)).toBeGreaterThan(0.05);
      // Same place, size and light: hardly a pixel changes clearly, and on average by a level or two.
      expect(jump.changedShare).toBeLessThan(0.01);
      expect(jump.mean).toBeLessThan(2);
      await context.close();
    });

  it('shows a returning person\u2019s marks in the first frame, where the full body shows them', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(appUrl());
    await page.waitForFunction(() => window.painmap.state().body.status === 'ready');
    // Marked from the list: the front of the left thigh, which the first frame (front view) shows.
    const picker = page.locator('details.picker');
    if (!(await picker.evaluate((d) => (d as HTMLDetailsElement).open))) await picker.locator('summary').click();
    await page.getByRole('combobox', { name: `${regionLabel('L_thigh_anterior_upper')}: pain intensity` }).selectOption('8');
    await page.waitForFunction(() => (localStorage.getItem('painmap:map') ?? '').includes('L_thigh_anterior_upper'));

    const release = await holdThe3DView(page);
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('painmap:first-body-frame').length > 0);
    await page.addStyleTag({ content: DRAWING_ONLY });
    const first = redPixels(await viewportPicture(page));
    release();
    await page.waitForFunction(() => performance.getEntriesByName('painmap:full-body-frame').length > 0);
    await page.locator('canvas.first-body').waitFor({ state: 'detached' });
    const full = redPixels(await viewportPicture(page));
    expect(full).toBeGreaterThan(500);
    // The first frame colours the model's own vertices, so the patch is close but not the same.
    expect(first).toBeGreaterThan(0.5 * full);
    expect(first).toBeLessThan(2 * full);
    await context.close();
  });
});
