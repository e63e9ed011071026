/**
 * docs/screening-step-phone.png: the warning-sign step on a phone (390×844, touch), for a map
 * with pain on the left belt line and down into the calf, so the numbness and weakness questions
 * come first, highlighted. Run after `npx vite build`: `npx tsx scripts/safety-screenshots.ts`
 * (it serves dist/ with vite preview itself).
 */
import { mkdirSync } from 'node:fs';
import { launchChromium, startPreview } from './browser.ts';
import type {} from '../src/view/debugHandle.ts';

const MARKS = [
  ['Left belt line', '7'],
  ['Left sacroiliac joint', '6'],
  ['Left calf', '5'],
] as const;

const preview = await startPreview();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(preview.url);
  await page.waitForFunction(() => performance.getEntriesByName('painmap:first-body-frame').length > 0);

  // Mark by region name: the same marks on every run, whatever the camera does.
  // On a phone the list is in the bottom sheet: open the sheet, then the list.
  await page.getByRole('button', { name: 'Mark by region name' }).click();
  await page.locator('.picker summary').click();
  for (const [name, intensity] of MARKS) {
    await page.getByRole('combobox', { name: new RegExp(`^${name}[^:]*: pain intensity$`) }).selectOption(intensity);
  }
  await page.waitForFunction((n) => window.painmap.state().summary.length === n, MARKS.length);

  // A few answers given, the rest still open.
  const step = page.locator('.ws-step');
  for (const question of ['Numbness or pins and needles in a leg or foot?', 'Is a leg or foot weak, or does it give way?']) {
    await step.getByRole('radiogroup', { name: question }).getByRole('radio', { name: 'No' }).click();
  }
  await step.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screening-step-phone.png' });
  const box = (await step.boundingBox())!;
  console.log(`docs/screening-step-phone.png (step ${Math.round(box.height)} px tall on an 844 px screen)`);
  await context.close();
} finally {
  await browser.close();
  await preview.stop();
}
