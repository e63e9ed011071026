import { describe, expect, it } from 'vitest';
import { answerWarningSignsNo, LEFT_BELT_LINE, openApp, sharedBrowser, strokeThrough, turnTo } from './support.ts';

const { browser } = sharedBrowser();

describe('from marks to a release guide', () => {
  it('paints the left belt line from the back, suggests gluteus medius (left) and opens its TrP1 guide', async () => {
    const { page, errors } = await openApp(browser());
    await turnTo(page, 'Back view', 'back');
    await strokeThrough(page, LEFT_BELT_LINE);
    await page.waitForFunction(() => window.painmap.state().result.suggestions.length > 0);

    const top3 = await page.evaluate(() =>
      window.painmap
        .state()
        .result.suggestions.slice(0, 3)
        .map((s) => `${s.muscle}@${s.side}`),
    );
    expect(top3).toContain('gluteus_medius@L');

    await answerWarningSignsNo(page);
    const card = page.getByRole('button', { name: /Gluteus medius \(left\)/ });
    await card.click();
    await page.getByRole('link', { name: 'Open the release guide' }).click();
    await page.waitForURL(/#\/guide\/gluteus-medius\/trp\d/);
    await page.getByRole('link', { name: /TrP1/ }).click();
    await page.waitForURL(/#\/guide\/gluteus-medius\/trp1\/left$/);
    const section = page.locator('[id="trp-gluteus_medius.trp1"]');
    await expect(section.isVisible()).resolves.toBe(true);
    await expect(section.getAttribute('class')).resolves.toContain('focused');
    await expect(page.getByRole('heading', { name: 'Gluteus medius: release guide' }).isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => window.painmap.state().selected?.trp)).toBe('gluteus_medius.trp1');
    expect(errors).toEqual([]);
  });
});
