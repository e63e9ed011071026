import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/browser.ts';
import type {} from '../../src/view/debugHandle.ts';

export const appUrl = () => inject('previewUrl');

/** One Chromium per test file; each test opens its own context (fresh storage). */
export function sharedBrowser(): { browser: () => Browser } {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return { browser: () => browser };
}

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly errors: string[];
}

/** Opens the app and waits until the body is drawn. Collects page errors and console errors. */
export async function openApp(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; hash?: string; context?: BrowserContext } = {},
): Promise<OpenedPage> {
  const context = options.context ?? (await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(appUrl() + (options.hash ?? ''));
  await waitForBody(page);
  return { page, context, errors };
}

/**
 * Answers every warning-sign question "no", as a person must before any press or ball step
 * shows, and waits until the app offers self-help.
 */
export async function answerWarningSignsNo(page: Page): Promise<void> {
  // On a phone the step is in the bottom sheet: open it first, as a person would.
  const handle = page.locator('.app[data-page="home"][data-sheet="peek"] .sheet-handle');
  if (await handle.isVisible()) {
    await handle.click();
    await page.locator('.app[data-sheet="open"]').waitFor();
  }
  const rows = page.locator('.ws-step').first().getByRole('radiogroup');
  const count = await rows.count();
  if (count === 0) throw new Error('the warning-sign step is not on the page');
  for (let i = 0; i < count; i++) await rows.nth(i).getByRole('radio', { name: 'No' }).click();
  await page.waitForFunction(() => window.painmap.state().result.selfHelp === 'ok');
  // Done folds the step to one line, as a person finishes it.
  await page.locator('.ws-step').first().getByRole('button', { name: 'Done' }).click();
}

export async function waitForBody(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('painmap:full-body-frame').length > 0);
}

/** Turns to a preset view and waits until the camera has arrived (the view reports where it faces). */
export async function turnTo(
  page: Page,
  view: 'Front view' | 'Back view' | "Patient's left side" | "Patient's right side",
  facing: string,
): Promise<void> {
  await page.getByRole('button', { name: view, exact: true }).click();
  await page.waitForFunction((f) => window.painmap.state().facing === f, facing);
}

/** Screen position of a point of the body (metres, model frame). */
export async function screenPoint(page: Page, x: number, y: number, z: number): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([x, y, z]) => window.painmap.project(x!, y!, z!), [x, y, z]);
  if (!point) throw new Error('the 3D view is not ready');
  return point;
}

/** Taps the body at a point (metres, model space) and waits until the tap has left a mark. */
export async function tapBody(page: Page, [x, y, z]: BodyPoint): Promise<void> {
  const spot = await screenPoint(page, x, y, z);
  await page.mouse.click(spot.x, spot.y);
  await page.waitForFunction(() => window.painmap.state().summary.length > 0);
}

export async function markedRegions(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries(window.painmap.state().summary.map((s) => [s.region, s.intensity])));
}

type BodyPoint = readonly [x: number, y: number, z: number];

/** One paint stroke: presses at the first body point (metres, model frame) and drags through the rest. */
export async function strokeThrough(page: Page, bodyPoints: readonly BodyPoint[], stepsBetween = 2): Promise<void> {
  const screen = [];
  for (const [x, y, z] of bodyPoints) screen.push(await screenPoint(page, x, y, z));
  await page.mouse.move(screen[0]!.x, screen[0]!.y);
  await page.mouse.down();
  for (const p of screen.slice(1)) await page.mouse.move(p.x, p.y, { steps: stepsBetween });
  await page.mouse.up();
}

/** Along the top of the patient's left iliac crest, seen from behind: from beside the dimple outwards. */
export const LEFT_BELT_LINE: readonly BodyPoint[] = Array.from({ length: 9 }, (_, i) => [0.05 + i * 0.011, 0.96 + i * 0.005, -0.05]);

/** How long 10 cm of the body's midline at the hips looks on screen, in pixels: grows as the view zooms in. */
export function midlineLength(page: Page): Promise<number> {
  return page.evaluate(() => {
    const p = window.painmap.project(0, 0.92, 0.02)!;
    const q = window.painmap.project(0, 1.02, 0.02)!;
    return Math.hypot(p.x - q.x, p.y - q.y);
  });
}

/** Waits until the view has zoomed in by more than `factor` from a midline length measured before. */
export async function waitForZoomIn(page: Page, before: number, factor: number): Promise<void> {
  await page.waitForFunction(
    ([d, f]) => {
      const p = window.painmap.project(0, 0.92, 0.02)!;
      const q = window.painmap.project(0, 1.02, 0.02)!;
      return Math.hypot(p.x - q.x, p.y - q.y) > d! * f!;
    },
    [before, factor],
  );
}
