import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LEFT_BELT_LINE, openApp, sharedBrowser, strokeThrough, turnTo } from './support.ts';

const { browser } = sharedBrowser();

/** Pixels of the body drawn in the muscle outline's violet (far from skin, zone blue and pain red). */
async function violetPixels(page: Page): Promise<number> {
  await page.waitForFunction(() => !window.painmap.moving() && window.painmap.lastBody() === 'full');
  const png = await page.locator('.viewport canvas').screenshot();
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r > 110 && b > 130 && g < Math.min(r, b) - 60 && Math.abs(r - b) < 70) count++;
    }
    return count;
  }, png.toString('base64'));
}

describe('the muscle on the body', () => {
  it('opening a suggestion outlines its muscle and explains the colours, saying where a deep muscle lies', async () => {
    const { page, errors } = await openApp(browser());
    await turnTo(page, 'Back view', 'back');
    await strokeThrough(page, LEFT_BELT_LINE);
    await page.waitForFunction(() => window.painmap.state().result.suggestions.length > 0);
    const legend = page.getByRole('group', { name: 'What the colours on the body show' });
    await expect(legend.count()).resolves.toBe(0);
    expect(await violetPixels(page)).toBe(0);

    // A muscle near the surface: outlined, named in the legend, no deep note.
    await page.getByRole('button', { name: /Gluteus medius \(left\)/ }).click();
    await page.waitForFunction(() => window.painmap.state().selected?.muscle === 'gluteus_medius');
    const text = await legend.innerText();
    expect(text).toContain('trigger point');
    expect(text).toContain('usual pain zone');
    expect(text).toContain('Gluteus medius (muscle)');
    expect(text).not.toContain('deep:');
    expect(await violetPixels(page)).toBeGreaterThan(200);

    // A deep one: the legend says what covers it.
    const deep = page.getByRole('button', { name: /(Quadratus lumborum|Piriformis) \(left\)/ }).first();
    const name = (await deep.innerText()).includes('Piriformis') ? 'piriformis' : 'quadratus_lumborum';
    await deep.click();
    await page.waitForFunction((m) => window.painmap.state().selected?.muscle === m, name);
    expect(await legend.innerText()).toContain(name === 'piriformis' ? 'deep: under gluteus maximus' : 'deep: under the long back muscles');
    expect(await violetPixels(page)).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });
});
