import { describe, expect, it } from 'vitest';
import { openApp, screenPoint, turnTo, sharedBrowser } from './support.ts';

const { browser } = sharedBrowser();

describe('from marks to a release guide', () => {
  it('paints the left belt line from the back, suggests gluteus medius (left) and opens its TrP1 guide', async () => {
    const { page, errors } = await openApp(browser());
    await turnTo(page, 'Back view', 'back');
    // Along the top of the left iliac crest, from beside the dimple outwards.
    const points = [];
    for (let i = 0; i <= 8; i++) points.push(await screenPoint(page, 0.05 + i * 0.011, 0.96 + i * 0.005, -0.05));
    await page.mouse.move(points[0]!.x, points[0]!.y);
    await page.mouse.down();
    for (const p of points) await page.mouse.move(p.x, p.y, { steps: 2 });
    await page.mouse.up();
    await page.waitForFunction(() => window.painmap.state().result.suggestions.length > 0);

    const top3 = await page.evaluate(() =>
      window.painmap
        .state()
        .result.suggestions.slice(0, 3)
        .map((s) => `${s.muscle}@${s.side}`),
    );
    expect(top3).toContain('gluteus_medius@L');

    const card = page.getByRole('button', { name: /Gluteus medius \(left\)/ });
    await card.click();
    await page.getByRole('link', { name: 'Open the release guide' }).click();
    await page.waitForURL(/#\/guide\/gluteus-medius\/trp\d/);
    await page.getByRole('link', { name: /TrP1/ }).click();
    await page.waitForURL(/#\/guide\/gluteus-medius\/trp1$/);
    const section = page.locator('[id="trp-gluteus_medius.trp1"]');
    await expect(section.isVisible()).resolves.toBe(true);
    await expect(section.getAttribute('class')).resolves.toContain('focused');
    await expect(page.getByRole('heading', { name: 'Gluteus medius: release guide' }).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => window.painmap.state().selected?.trp)).toBe('gluteus_medius.trp1');
    expect(errors).toEqual([]);
  });
});
