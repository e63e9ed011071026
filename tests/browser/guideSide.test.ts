import { describe, expect, it } from 'vitest';
import { answerWarningSignsNo, openApp, sharedBrowser, strokeThrough, turnTo, waitForBody } from './support.ts';

const { browser } = sharedBrowser();

/** The patient's RIGHT belt line seen from behind: the mirror of support.ts' LEFT_BELT_LINE (right is -X). */
const RIGHT_BELT_LINE = Array.from({ length: 9 }, (_, i) => [-(0.05 + i * 0.011), 0.96 + i * 0.005, -0.05] as const);

describe('a guide names the side of the map', () => {
  it('opens "your RIGHT hip" for a right map, with the marker on the right, and keeps both after a reload and from an old link', async () => {
    const { page, errors } = await openApp(browser(), { viewport: { width: 390, height: 844 } });
    await turnTo(page, 'Back view', 'back');
    await strokeThrough(page, RIGHT_BELT_LINE);
    await page.waitForFunction(() => window.painmap.state().result.suggestions.some((s) => s.muscle === 'gluteus_medius' && s.side === 'R'));

    // On a phone the answer peeks from the bottom sheet: open it to see the list and the step.
    await page.getByRole('button', { name: 'Show all' }).click();
    await answerWarningSignsNo(page);
    await page.getByRole('button', { name: /Gluteus medius \(right\)/ }).click();
    await page.getByRole('link', { name: 'Open the release guide' }).click();
    await page.waitForURL(/#\/guide\/gluteus-medius\/trp\d\/right$/);
    const title = page.getByRole('heading', { level: 2, name: 'Gluteus medius: release guide for your RIGHT hip' });
    await title.waitFor();
    expect(await page.evaluate(() => window.painmap.state().selected?.side)).toBe('R');
    expect(await page.locator('article.guide').textContent()).not.toMatch(/painful side|good side/i);

    // After a reload the guide and its marker stay on the right.
    await page.waitForFunction(() => localStorage.getItem('painmap:map') !== null);
    await page.reload();
    await waitForBody(page);
    await title.waitFor();
    await page.waitForFunction(() => window.painmap.state().selected?.side === 'R');

    // An old link without a side takes it from the map, and writes it into the address.
    await page.goto(page.url().replace(/\/trp\d\/right$/, '/trp2'));
    await page.waitForURL(/#\/guide\/gluteus-medius\/trp2\/right$/);
    await title.waitFor();
    await page.waitForFunction(() => window.painmap.state().selected?.side === 'R' && window.painmap.state().selected?.trp === 'gluteus_medius.trp2');
    expect(errors).toEqual([]);
  });
});
