/**
 * docs/guide-right-hip-phone.png: the release guide for "your RIGHT hip" on a phone (390×844),
 * reached as a person would: mark the right belt line, choose gluteus medius (right), open its
 * guide. Run against a test build (it drives the app through window.painmap):
 * `npm run -s build:test && npx tsx scripts/guide-screenshot.ts`.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, paintStroke, startPreview } from './browser.ts';
import type {} from '../src/view/debugHandle.ts';

const OUT = 'docs/guide-right-hip-phone.png';

/** The patient's RIGHT belt line seen from behind (the right side is at -X on the body model). */
const RIGHT_BELT_LINE: readonly [number, number][] = [
  [-0.05, 0.965],
  [-0.08, 0.98],
  [-0.11, 0.99],
  [-0.13, 0.995],
];

/** Answers every warning-sign question "no" (the required step before any release step), as tests/browser/support.ts does. */
async function answerWarningSignsNo(page: Page): Promise<void> {
  // On a phone the step sits in the bottom sheet: open it first, as a person would.
  const showAll = page.getByRole('button', { name: 'Show all' });
  if (await showAll.isVisible()) await showAll.click();
  const rows = page.locator('.ws-step').first().getByRole('radiogroup');
  const count = await rows.count();
  for (let i = 0; i < count; i++) await rows.nth(i).getByRole('radio', { name: 'No' }).click();
  await page.waitForFunction(() => window.painmap.state().result.selfHelp === 'ok');
}

const preview = await startPreview();
const browser = await launchChromium();
mkdirSync('docs', { recursive: true });
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  await page.goto(preview.url);
  await page.waitForFunction(() => performance.getEntriesByName('painmap:first-body-frame').length > 0);
  // Where the app asks which body is closer to yours, answer it so it does not cover the body.
  const shape = page.getByRole('button', { name: 'In between', exact: true });
  if ((await shape.count()) > 0) await shape.click();
  await page.getByRole('button', { name: 'Back view', exact: true }).click();
  await page.waitForFunction(() => window.painmap.state().facing === 'back');
  await page.getByRole('slider').fill('7');
  await paintStroke(page, RIGHT_BELT_LINE);
  await page.waitForFunction(() => window.painmap.state().result.suggestions.some((s) => s.muscle === 'gluteus_medius' && s.side === 'R'));
  await answerWarningSignsNo(page);
  await page.getByRole('button', { name: /Gluteus medius \(right\)/ }).click();
  await page.getByRole('link', { name: 'Open the release guide' }).click();
  await page.getByRole('heading', { level: 2, name: 'Gluteus medius: release guide for your RIGHT hip' }).waitFor();
  await page.waitForFunction(() => window.painmap.state().selected?.side === 'R');
  // The guide as its own screen: its title names the side, "What to do now" for that side below it.
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForFunction(() => scrollY === 0 && document.querySelector('#guide-title')!.getBoundingClientRect().bottom < innerHeight);
  await page.waitForTimeout(1000); // the camera turns to the trigger point (only for the picture)
  await page.screenshot({ path: OUT });
  await page.close();
} finally {
  await browser.close();
  await preview.stop();
}
console.log(`wrote ${OUT}`);
