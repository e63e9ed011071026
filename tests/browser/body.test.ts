import { describe, expect, it } from 'vitest';
import { decodePng, shareOfPixels } from '../support/png.ts';
import {
  markedRegions,
  midlineLength,
  openApp,
  screenPoint,
  sharedBrowser,
  strokeThrough,
  tapBody,
  turnTo,
  waitForBody,
  waitForZoomIn,
} from './support.ts';

const { browser } = sharedBrowser();

const LOWER_BACK = ['lumbar_paraspinal_lower', 'lumbar_paraspinal_upper', 'iliac_crest', 'sij', 'sacrum', 'flank'];
const isLowerBack = (id: string) => LOWER_BACK.includes(id.slice(2));

describe('the body and marking pain on it', () => {
  it('draws the body: the canvas is not blank', async () => {
    const { page, errors } = await openApp(browser());
    const shot = decodePng(await page.locator('.viewport canvas').screenshot());
    // Skin is warm (red well above blue); the backdrop is a near-neutral off-white.
    const skin = shareOfPixels(shot, (r, g, b) => r - b > 25 && r > 90);
    expect(skin).toBeGreaterThan(0.04);
    expect(errors).toEqual([]);
  });

  it("marks the patient's left lower back when tapped from behind, and the right on the right", async () => {
    const { page, errors } = await openApp(browser());
    await turnTo(page, 'Back view', 'back');

    await tapBody(page, [0.04, 1.0, -0.05]);
    const afterLeft = Object.keys(await markedRegions(page));
    expect(afterLeft.length).toBeGreaterThan(0);
    expect(afterLeft.every((id) => id.startsWith('L_') && isLowerBack(id))).toBe(true);

    const right = await screenPoint(page, -0.04, 1.0, -0.05);
    await page.mouse.click(right.x, right.y);
    await page.waitForFunction(() => window.painmap.state().summary.some((s) => s.region.startsWith('R_')));
    const rightOnes = Object.keys(await markedRegions(page)).filter((id) => id.startsWith('R_'));
    expect(rightOnes.length).toBeGreaterThan(0);
    expect(rightOnes.every(isLowerBack)).toBe(true);
    const listed = await page.getByRole('region', { name: 'Your marks' }).innerText();
    expect(listed).toMatch(/Left .+ — 6\/10/);
    expect(listed).toMatch(/Right .+ — 6\/10/);
    expect(errors).toEqual([]);
  });

  it('paints several regions with one stroke, and keeps the map after a reload', async () => {
    const { page, context, errors } = await openApp(browser());
    await turnTo(page, 'Back view', 'back');
    await strokeThrough(
      page,
      [
        [0.12, 0.99, -0.05],
        [-0.12, 0.99, -0.05],
      ],
      12,
    );
    await page.waitForFunction(() => window.painmap.state().summary.length >= 3);
    const before = await markedRegions(page);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(before).some((id) => id.startsWith('L_'))).toBe(true);
    expect(Object.keys(before).some((id) => id.startsWith('R_'))).toBe(true);
    // One stroke is one undo step.
    expect(await page.evaluate(() => window.painmap.state().undo.length)).toBe(1);

    await page.waitForFunction(() => localStorage.getItem('painmap:map') !== null);
    await page.reload();
    await waitForBody(page);
    await page.waitForFunction(() => window.painmap.state().summary.length > 0);
    expect(await markedRegions(page)).toEqual(before);
    // It opens where the person left it: from behind, with the marks in view.
    expect(await page.evaluate(() => window.painmap.state().facing)).toBe('back');
    expect(await page.getByRole('button', { name: 'Back view' }).getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists marks by region name with the side, and undo removes a stroke', async () => {
    const { page } = await openApp(browser());
    await turnTo(page, 'Back view', 'back');
    await tapBody(page, [0.11, 0.985, -0.04]);
    await expect(page.getByRole('region', { name: 'Your marks' }).innerText()).resolves.toMatch(/Left .+ — 6\/10/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(() => window.painmap.state().summary.length === 0);
    await expect(page.getByText('Nothing marked yet.', { exact: false }).isVisible()).resolves.toBe(true);
  });
});

describe('turning and zooming', () => {
  it('turns the body with a drag in Turn mode, zooms with the wheel, and paints nothing', async () => {
    const { page, errors } = await openApp(browser());
    await page.getByRole('radio', { name: 'Turn' }).click();
    const box = (await page.locator('.viewport canvas').boundingBox())!;
    const before = await midlineLength(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await waitForZoomIn(page, before, 1.2);

    // Half a turn: a drag across half the view's height.
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3 + box.height / 2, box.y + box.height / 2, { steps: 10 });
    await page.mouse.up();
    await page.waitForFunction(() => window.painmap.state().facing === 'back');
    expect(await page.evaluate(() => window.painmap.state().summary.length)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('zooms with a pinch in Paint mode, even when the first finger lands on the body, and paints nothing', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const { page, errors } = await openApp(browser(), { context });
    expect(await page.evaluate(() => window.painmap.state().tool)).toBe('paint');
    const before = await midlineLength(page);
    const belly = await screenPoint(page, 0, 1.0, 0.12);
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
    // One finger on the body, then a second beside it; the two move apart.
    await touch('touchStart', [belly]);
    await touch('touchStart', [belly, { x: belly.x, y: belly.y + 40 }]);
    for (let step = 1; step <= 8; step++) {
      await touch('touchMove', [
        { x: belly.x, y: belly.y - step * 12 },
        { x: belly.x, y: belly.y + 40 + step * 12 },
      ]);
    }
    await touch('touchEnd', []);
    await waitForZoomIn(page, before, 1.3);
    expect(await midlineLength(page)).toBeGreaterThan(before * 1.3);
    expect(await page.evaluate(() => window.painmap.state().summary.length)).toBe(0);
    expect(await page.evaluate(() => window.painmap.state().undo.length)).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('what the body shows matches the map', () => {
  it('leaves no red on the skin after a fast stroke is erased and the map cleared', async () => {
    const { page, errors } = await openApp(browser());
    await turnTo(page, 'Back view', 'back');
    const red = async () => shareOfPixels(decodePng(await page.locator('.viewport canvas').screenshot()), (r, g, b) => r > 150 && g < 110 && b < 110);
    const stroke = [
      [0.13, 1.0, -0.05],
      [-0.13, 0.9, -0.05],
    ] as const;
    await strokeThrough(page, stroke, 30);
    await page.waitForFunction(() => window.painmap.state().summary.length >= 3);
    await page.getByRole('slider').fill('10');
    expect(await red()).toBeGreaterThan(0.002);

    await page.getByRole('radio', { name: 'Erase' }).click();
    await page.getByRole('radio', { name: 'large brush' }).click();
    await strokeThrough(page, stroke, 30);
    // The erase stroke may already have removed everything; Clear takes what is left.
    const clear = page.getByRole('button', { name: 'Clear', exact: true });
    if (await clear.isEnabled()) await clear.click();
    await page.waitForFunction(() => window.painmap.state().summary.length === 0);
    await page.evaluate(() => window.painmap.spin(2)); // draw the body again, from nearly the same place
    expect(await red()).toBe(0);
    expect(errors).toEqual([]);
  });
});
