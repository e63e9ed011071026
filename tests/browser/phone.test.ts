/**
 * The phone journey (issue 11) in the built app at 390×844 with touch: the body fills the screen
 * and is big enough to aim at; after two taps on the back of the left hip the top suggestion and
 * its side show without scrolling; its guide for that side is at most three taps away (the
 * warning-sign step included); "show it on the body" keeps both the body and the place in view;
 * Clear leaves the body as it was before any mark; axe finds nothing on the main screen with a
 * map, the guide, the history and the report.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, screenPoint, sharedBrowser, turnTo } from './support.ts';

const { browser } = sharedBrowser();

const PHONE = { width: 390, height: 844 };

/** The back of the patient's left hip (+X is the patient's left), metres in the model frame. */
const LEFT_HIP_TAPS = [
  [0.1, 0.95, -0.05],
  [0.14, 0.9, -0.05],
] as const;

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

/** Waits until the camera has stopped and the full body is drawn. */
const settled = (page: Page) => page.waitForFunction(() => !window.painmap.moving() && window.painmap.lastBody() === 'full');

/** The part of the screen where the pelvis is drawn, clear of the buttons floating over the body. */
async function pelvisArea(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const centre = await screenPoint(page, 0, 0.92, -0.05);
  return { x: centre.x - 110, y: centre.y - 120, width: 220, height: 200 };
}

/** Mean brightness (0–255) of the skin at the waist, 60×60 px around the body's axis. */
async function waistBrightness(page: Page): Promise<number> {
  const centre = await screenPoint(page, 0, 1.1, 0);
  const png = await page.screenshot({ clip: { x: centre.x - 30, y: centre.y - 30, width: 60, height: 60 } });
  return page.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
    return sum / (data.length / 4);
  }, png.toString('base64'));
}

function inView(box: { y: number; height: number } | null): boolean {
  return box !== null && box.y >= 0 && box.y + box.height <= PHONE.height;
}

describe('the phone journey', () => {
  it('goes from two taps on the left hip to its guide in three taps, keeps the body in view, clears cleanly and passes axe', async () => {
    // bypassCSP only so axe can be injected; the app's own scripts are unchanged.
    const context = await browser().newContext({ viewport: PHONE, hasTouch: true, isMobile: true, bypassCSP: true });
    const { page, errors } = await openApp(browser(), { context });
    // The first-visit prompts, one at a time: the body shape, then the zoom hint.
    await page.getByRole('group', { name: 'Which body is closer to yours?' }).getByRole('button', { name: 'In between', exact: true }).tap();
    await page.waitForFunction(() => {
      const { body, bodyShape } = window.painmap.state();
      return bodyShape === 'between' && body.status === 'ready' && body.mesh.shape === 'between';
    });
    await page.getByRole('button', { name: 'Got it' }).tap();
    await settled(page);
    const front = await waistBrightness(page);
    await turnTo(page, 'Back view', 'back');
    await settled(page);
    // The back is lit as well as the front, on the very frame the turn ends.
    expect(await waistBrightness(page)).toBeGreaterThan(front * 0.9);

    // The hips are big enough to aim at with a finger.
    const left = await screenPoint(page, 0.17, 0.92, -0.05);
    const right = await screenPoint(page, -0.17, 0.92, -0.05);
    expect(Math.abs(left.x - right.x)).toBeGreaterThanOrEqual(110);
    const untouched = await page.screenshot({ clip: await pelvisArea(page) });

    // Two taps on the back of the left hip: the top suggestion and its side, without scrolling.
    for (const [x, y, z] of LEFT_HIP_TAPS) {
      const version = await page.evaluate(() => window.painmap.state().paintVersion);
      const spot = await screenPoint(page, x, y, z);
      await page.touchscreen.tap(spot.x, spot.y);
      await page.waitForFunction((v) => window.painmap.state().paintVersion > v, version);
    }
    await page.waitForFunction(() => window.painmap.state().result.suggestions.length > 0);
    const top = await page.evaluate(() => window.painmap.state().result.suggestions[0]!);
    expect(top.side).toBe('L');
    const title = page.locator('.peek-title');
    await expect.poll(() => title.textContent()).toMatch(/\(left\)/);
    expect(inView(await title.boundingBox())).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // The list and why, one drag or tap up; axe on the open sheet too.
    await page.getByRole('button', { name: /Why, and/ }).tap();
    await page.locator('.app[data-sheet="open"] .suggestions').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show the body' }).tap();
    await page.locator('.app[data-sheet="peek"]').waitFor();

    // Its guide for that side in at most three taps, the warning-sign step included.
    let taps = 0;
    await page.getByRole('link', { name: 'Open its guide' }).tap();
    taps++;
    await page.locator('.guide').waitFor();
    await page.getByRole('button', { name: /None of these/ }).tap();
    taps++;
    await page.waitForFunction(() => window.painmap.state().result.selfHelp === 'ok');
    const summary = page.getByRole('region', { name: 'What to do now' });
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/on your left side/);
    // ...and in sight, though the step it replaced was scrolled past.
    await expect.poll(async () => inView(await summary.boundingBox())).toBe(true);
    expect(taps).toBeLessThanOrEqual(3);
    expect(await axeViolations(page)).toEqual([]);

    // "Show it on the body": the body shows above the step and the button stays in sight.
    const show = page.getByRole('button', { name: 'Show it on the body' }).first();
    await show.scrollIntoViewIfNeeded();
    await show.tap();
    await page.locator('.app[data-body-strip="on"]').waitFor();
    await settled(page);
    const strip = (await page.locator('.stage').boundingBox())!;
    expect(strip.y).toBeGreaterThanOrEqual(0);
    expect(strip.y + strip.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.locator('.stage').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    const marker = await page.evaluate(() => {
      const { selected } = window.painmap.state();
      return selected;
    });
    expect(marker?.side).toBe('L');
    const pelvis = await screenPoint(page, 0, 0.92, -0.05);
    expect(pelvis.y).toBeGreaterThan(strip.y);
    expect(pelvis.y).toBeLessThan(strip.y + strip.height);
    const button = (await show.boundingBox())!;
    expect(button.y).toBeGreaterThanOrEqual(strip.y + strip.height);
    expect(inView(button)).toBe(true);

    // Clear leaves the body as it was before any mark: no paint, no trigger point, no zones
    // (checked before the report, which shows the marks only, is opened).
    await page.getByRole('link', { name: '← Back to your map' }).tap();
    await page.locator('.app[data-page="home"]').waitFor();
    await page.getByRole('button', { name: 'Clear' }).tap();
    await page.waitForFunction(() => {
      const s = window.painmap.state();
      return s.summary.length === 0 && s.selected === null && !s.showAtlas;
    });
    await turnTo(page, 'Front view', 'front');
    await turnTo(page, 'Back view', 'back');
    await settled(page);
    const cleared = await page.screenshot({ clip: await pelvisArea(page) });
    expect(cleared.equals(untouched)).toBe(true);
    // History and report open as their own screens, at their top, and pass axe.
    await page.getByRole('link', { name: 'History' }).tap();
    await page.locator('#history-title').waitFor();
    expect(inView(await page.locator('#history-title').boundingBox())).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Report' }).tap();
    await page.locator('#report-title').waitFor();
    expect(inView(await page.locator('#report-title').boundingBox())).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    expect(errors).toEqual([]);
    await context.close();
  });
});
