import { describe, expect, it } from 'vitest';
import { decodePng, shareOfPixels } from '../support/png.ts';
import { answerWarningSignsNo, LEFT_BELT_LINE, openApp, sharedBrowser, strokeThrough, turnTo } from './support.ts';

const { browser } = sharedBrowser();

describe('the report for a therapist', () => {
  it('prints the map from front and back, the marks, the suggestions, the answers and the date', async () => {
    const { page, errors } = await openApp(browser(), { viewport: { width: 1280, height: 800 } });
    await turnTo(page, 'Back view', 'back');
    await strokeThrough(page, LEFT_BELT_LINE);
    await page.waitForFunction(() => window.painmap.state().result.suggestions.length > 0);
    await answerWarningSignsNo(page);
    await page.getByText('What makes it worse', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Walking' }).check();
    await page.getByRole('button', { name: /Gluteus medius \(left\)/ }).click();
    await page.getByRole('radio', { name: 'Yes, my familiar pain' }).check();
    const top = await page.evaluate(() => window.painmap.state().result.suggestions[0]!.muscle);
    expect(top).toBe('gluteus_medius');

    // Region colours left on must not end up in the therapist's pictures.
    await page.getByRole('button', { name: 'Regions', exact: true }).click();
    await page.waitForFunction(() => window.painmap.state().showAtlas);
    await page.getByRole('link', { name: 'Report' }).click();
    const report = page.getByRole('article', { name: 'Pain map report' });
    await report.waitFor();
    await page.getByRole('img', { name: 'The pain map seen from the back' }).waitFor();
    // The marks are on the back: that picture comes first.
    expect(await report.getByRole('img').first().getAttribute('alt')).toBe('The pain map seen from the back');

    // The pictures show the body and the red of the marks.
    for (const view of ['front', 'back']) {
      const src = await page.getByRole('img', { name: `The pain map seen from the ${view}` }).getAttribute('src');
      const image = decodePng(Buffer.from(src!.split(',')[1]!, 'base64'));
      expect(shareOfPixels(image, (r, g, b) => r - b > 25 && r > 90)).toBeGreaterThan(0.05);
      expect(
        shareOfPixels(image, (r, g, b) => g > r + 30 || b > r + 30),
        'region colours',
      ).toBeLessThan(0.001);
    }
    const back = decodePng(
      Buffer.from((await page.getByRole('img', { name: 'The pain map seen from the back' }).getAttribute('src'))!.split(',')[1]!, 'base64'),
    );
    expect(shareOfPixels(back, (r, g, b) => r > 120 && g < 110 && b < 110)).toBeGreaterThan(0.001);

    const text = await report.innerText();
    const marks = await page.evaluate(() => window.painmap.state().summary);
    expect(marks.length).toBeGreaterThan(0);
    expect(text).toContain('Self-help information, not a diagnosis.');
    expect(text).toContain(new Date().getFullYear().toString());
    expect(text).toMatch(/Left belt line \(iliac crest\)\s+\d+\/10/);
    expect(text).toContain('Gluteus medius (left)');
    expect(text).toMatch(/Made worse by: walking/);
    expect(text).toMatch(/TrP1[^:]*\(left\): brought on the familiar pain/);
    expect(text).toMatch(/Warning signs\s+None reported \(every question answered no\)/);

    // On paper: the app around the report is hidden, the report is not; a PDF can be made.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.stage').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await report.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    expect(errors).toEqual([]);
  });
});
