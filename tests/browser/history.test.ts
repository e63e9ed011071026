import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodePng, type Image } from '../support/png.ts';
import { openApp, sharedBrowser, strokeThrough, tapBody, turnTo, waitForBody } from './support.ts';

const { browser } = sharedBrowser();

/** Skin or paint: warm (red well above blue), unlike the near-neutral backdrop. */
const isBody = (r: number, g: number, b: number) => r - b > 25 && r > 90;

/** Share of body pixels in a vertical strip of the image, from `from` to `to` (fractions of its width). */
function bodyShare(image: Image, from: number, to: number): number {
  const x0 = Math.floor(image.width * from);
  const x1 = Math.ceil(image.width * to);
  let count = 0;
  for (let y = 0; y < image.height; y++)
    for (let x = x0; x < x1; x++) {
      const i = 4 * (y * image.width + x);
      if (isBody(image.data[i]!, image.data[i + 1]!, image.data[i + 2]!)) count++;
    }
  return count / ((x1 - x0) * image.height);
}

/** The canvas as it is once the frames asked for so far have been drawn. */
async function canvasAfterNextFrame(page: Page, since: number): Promise<Image> {
  await page.waitForFunction((n) => window.painmap.frames() > n, since);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return decodePng(await page.locator('.viewport canvas').screenshot());
}

/** A level stroke across the lower back, seen from behind. */
const paintStroke = (page: Page, fromX: number, toX: number) =>
  strokeThrough(
    page,
    [
      [fromX, 0.99, -0.05],
      [toX, 0.99, -0.05],
    ],
    10,
  );

describe('the history of maps', () => {
  it('saves two maps, compares them with figures and side by side on the body, and keeps them after a reload', async () => {
    const { page, errors } = await openApp(browser());
    await turnTo(page, 'Back view', 'back');

    // A first map: one tap on the left lower back, saved from the marks list.
    await tapBody(page, [0.05, 1.0, -0.05]);
    const marks = page.getByRole('region', { name: 'Your marks' });
    await marks.getByRole('button', { name: 'Save this map to history' }).click();
    await marks.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    // More pain later: a stroke across the lower back, saved from the history page with a note.
    await paintStroke(page, 0.13, -0.13);
    await page.waitForFunction(() => window.painmap.state().summary.length >= 3);
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await page.getByLabel('Note (optional)').fill('worse after moving house');
    await page.getByRole('button', { name: 'Save this map to history' }).click();
    const items = page.getByRole('list', { name: 'Saved maps' }).getByRole('listitem');
    await items.nth(1).waitFor();
    expect(await items.count()).toBe(2);
    await expect(items.first().innerText()).resolves.toContain('worse after moving house');
    await expect(page.getByRole('img', { name: /Extent went from .+ over 2 saved maps/ }).isVisible()).resolves.toBe(true);

    // One body, in the middle of the view.
    const single = decodePng(await page.locator('.viewport canvas').screenshot());
    expect(bodyShare(single, 0.46, 0.54)).toBeGreaterThan(0.2);

    // Compare: figures, and two bodies with an empty gap between them.
    const frames = await page.evaluate(() => window.painmap.frames());
    for (const item of await items.all()) await item.getByRole('checkbox').check();
    const comparison = page.getByRole('region', { name: 'Comparison' });
    const extent = (
      await comparison
        .getByRole('row', { name: /Pain extent/ })
        .locator('td')
        .allInnerTexts()
    ).map(parseFloat);
    expect(extent[1]).toBeGreaterThan(extent[0]!);
    const overlap = Number(/(\d+)%/.exec(await comparison.getByText(/Overlap of the painted areas/).innerText())![1]);
    expect(overlap).toBeGreaterThan(0);
    expect(overlap).toBeLessThan(100);

    const pair = await canvasAfterNextFrame(page, frames);
    expect(bodyShare(pair, 0.1, 0.4)).toBeGreaterThan(0.05);
    expect(bodyShare(pair, 0.6, 0.9)).toBeGreaterThan(0.05);
    expect(bodyShare(pair, 0.47, 0.53)).toBeLessThan(0.02);
    await expect(page.locator('.compare-labels').innerText()).resolves.toMatch(/^Earlier\s+\S[^]*Later\s+\S/);

    // Nothing paints while comparing.
    const steps = await page.evaluate(() => window.painmap.state().undo.length);
    const box = (await page.locator('.viewport canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.45);
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.45);
    expect(await page.evaluate(() => window.painmap.state().undo.length)).toBe(steps);

    // Closing the comparison brings the single body back.
    const framesBeforeClose = await page.evaluate(() => window.painmap.frames());
    await comparison.getByRole('button', { name: 'Close comparison' }).click();
    expect(bodyShare(await canvasAfterNextFrame(page, framesBeforeClose), 0.46, 0.54)).toBeGreaterThan(0.2);
    expect(await page.locator('.compare-labels').count()).toBe(0);

    await page.reload();
    await waitForBody(page);
    await items.nth(1).waitFor();
    expect(await items.count()).toBe(2);
    await expect(items.first().innerText()).resolves.toContain('worse after moving house');
    expect(errors).toEqual([]);
  });
});
