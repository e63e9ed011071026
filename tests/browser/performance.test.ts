import { describe, expect, it } from 'vitest';
import { openApp, sharedBrowser } from './support.ts';

const { browser } = sharedBrowser();

describe('rendering on demand', () => {
  it('draws no frames while the body sits still, and draws again when it turns', async () => {
    const { page } = await openApp(browser());
    await page.getByRole('button', { name: 'Back view' }).click();
    await page.waitForFunction(() => window.painmap.state().facing === 'back');
    // Once the camera has settled, one more frame brings back the full body; then nothing.
    await page.waitForFunction(() => !window.painmap.moving() && window.painmap.lastBody() === 'full');
    const before = await page.evaluate(() => window.painmap.frames());
    // Sixty animation-frame callbacks: about a second of an idle page.
    const after = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let left = 60;
          const tick = () => (--left > 0 ? requestAnimationFrame(tick) : resolve(window.painmap.frames()));
          requestAnimationFrame(tick);
        }),
    );
    expect(after).toBe(before);
    const intervals = await page.evaluate(() => window.painmap.spin(10));
    expect(intervals.length).toBeGreaterThan(5);
    // At rest again, a frame redraws the full body (turning drew the light one).
    await page.waitForFunction(() => !window.painmap.moving() && window.painmap.lastBody() === 'full');
  });
});
