/**
 * Screenshots of the phone journey and the desktop layout for docs/ (issue 11), taken from the
 * built app (`npm run -s build:test` first) in headless Chromium:
 * docs/phone-*.png at 390×844 (touch) and docs/desktop-*.png at 1280×800.
 * Usage: npx tsx scripts/phone-screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startPreview } from './browser.ts';
import type {} from '../src/view/debugHandle.ts';

/** Two taps on the back of the patient's left hip (metres, model frame; patient's left is +X). */
const LEFT_HIP_TAPS = [
  [0.1, 0.95, -0.05],
  [0.14, 0.9, -0.05],
] as const;

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('painmap:full-body-frame').length > 0);
}

/** Waits until the camera has stopped and the full body has been drawn again. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.painmap.moving() && window.painmap.lastBody() === 'full');
}

async function turnToBack(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back view', exact: true }).click();
  await page.waitForFunction(() => window.painmap.state().facing === 'back');
  await settled(page);
}

async function tapLeftHip(page: Page, touch: boolean): Promise<void> {
  for (const [x, y, z] of LEFT_HIP_TAPS) {
    const point = await page.evaluate(([x, y, z]) => window.painmap.project(x!, y!, z!), [x, y, z]);
    if (!point) throw new Error('the 3D view is not ready');
    const marks = await page.evaluate(() => window.painmap.state().paintVersion);
    if (touch) await page.touchscreen.tap(point.x, point.y);
    else await page.mouse.click(point.x, point.y);
    await page.waitForFunction((v) => window.painmap.state().paintVersion > v, marks);
  }
  await page.waitForFunction(() => window.painmap.state().result.suggestions.length > 0);
}

async function shoot(page: Page, name: string): Promise<void> {
  await settled(page);
  // The sheet slides: wait until nothing on the page is animating.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
  await page.screenshot({ path: `docs/${name}.png` });
  console.log(`docs/${name}.png`);
}

async function phone(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(url);
  await ready(page);
  await shoot(page, 'phone-start');
  await page.getByRole('group', { name: 'Which body is closer to yours?' }).getByRole('button', { name: 'In between', exact: true }).tap();
  await page.getByRole('button', { name: 'Got it' }).tap();
  await turnToBack(page);
  await tapLeftHip(page, true);
  await page.locator('.peek-title').waitFor();
  await shoot(page, 'phone-answer');
  await page.getByRole('button', { name: /Why, and/ }).tap();
  await page.locator('.app[data-sheet="open"]').waitFor();
  await shoot(page, 'phone-sheet');
  await page.getByRole('button', { name: 'Show the body' }).tap();
  await page.getByRole('link', { name: 'Open its guide' }).tap();
  await page.locator('.guide').waitFor();
  await shoot(page, 'phone-guide-warning-signs');
  await page.getByRole('button', { name: /None of these/ }).tap();
  await page.waitForFunction(() => window.painmap.state().result.selfHelp === 'ok');
  await shoot(page, 'phone-guide');
  await page.getByRole('button', { name: 'Show it on the body' }).first().tap();
  await page.locator('.app[data-body-strip="on"]').waitFor();
  await shoot(page, 'phone-guide-body');
  await page.getByRole('link', { name: 'History' }).tap();
  await page.locator('#history-title').waitFor();
  await shoot(page, 'phone-history');
  await page.getByRole('link', { name: 'Report' }).tap();
  await page.getByRole('button', { name: /Print/ }).first().waitFor();
  await shoot(page, 'phone-report');
  await context.close();
}

async function desktop(browser: Browser, url: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await ready(page);
  await page.getByRole('group', { name: 'Which body is closer to yours?' }).getByRole('button', { name: 'In between', exact: true }).click();
  await page.getByRole('button', { name: 'Got it' }).click();
  await turnToBack(page);
  await tapLeftHip(page, false);
  await page.locator('.suggestions .suggestion-main').first().click();
  await page.locator('.suggestion-detail').waitFor();
  await shoot(page, 'desktop-answer');
  await page.getByRole('button', { name: 'Regions' }).click();
  await shoot(page, 'desktop-regions');
  await page.getByRole('button', { name: 'Regions' }).click();
  await page.getByRole('button', { name: 'Answer the warning signs first' }).click();
  await page.getByRole('button', { name: /None of these/ }).click();
  await page.getByRole('link', { name: 'Open the release guide' }).click();
  await page.locator('.guide').waitFor();
  await shoot(page, 'desktop-guide');
  await page.getByRole('link', { name: 'Report' }).click();
  await page.getByRole('button', { name: /Print/ }).first().waitFor();
  await shoot(page, 'desktop-report');
  await page.close();
}

const preview = await startPreview();
const browser = await launchChromium();
mkdirSync('docs', { recursive: true });
try {
  const only = process.argv[2];
  if (only !== 'desktop') await phone(browser, preview.url);
  if (only !== 'phone') await desktop(browser, preview.url);
} finally {
  await browser.close();
  await preview.stop();
}
