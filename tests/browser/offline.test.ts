import type { Browser, BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { decodePng } from '../support/png.ts';
import { appUrl, openApp, screenPoint, sharedBrowser, turnTo, waitForBody, type OpenedPage } from './support.ts';

const { browser } = sharedBrowser();

/** Opens the built app in a fresh context and waits until its service worker controls the page. */
async function openControlled(browser: Browser): Promise<OpenedPage & { failed: string[] }> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
  const failed: string[] = [];
  context.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
  const opened = await openApp(browser, { context });
  await opened.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The worker claims the page once it has cached the whole app.
  await opened.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { ...opened, failed };
}

describe('offline: an installable app that works without a network', () => {
  it('opens, draws the body, marks pain and suggests muscles with the network off', async () => {
    const { page, context, errors, failed } = await openControlled(browser());
    await context.setOffline(true);
    await page.reload();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await waitForBody(page);

    await turnTo(page, 'Back view', 'back');
    const spot = await screenPoint(page, 0.04, 1.0, -0.05);
    await page.mouse.click(spot.x, spot.y);
    await page.waitForFunction(() => window.painmap.state().result.suggestions.length > 0);
    expect(await page.evaluate(() => window.painmap.state().summary.length)).toBeGreaterThan(0);
    // Everything came from the device: nothing failed for want of a network.
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a release guide by its address offline (the guide text is a lazy chunk)', async () => {
    const { context, errors, failed } = await openControlled(browser());
    await context.setOffline(true);
    // A new tab, straight to the guide's address: a full navigation the service worker answers.
    const tab = await context.newPage();
    tab.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    tab.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await tab.goto(`${appUrl()}#/guide/gluteus-medius/trp1`);
    await tab.getByRole('heading', { name: 'Gluteus medius: release guide' }).waitFor();
    await waitForBody(tab);
    expect(await tab.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is installable: a linked manifest with the name, colours and PNG icons of the sizes it lists', async () => {
    const { page, context } = await openControlled(browser());
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const manifestUrl = new URL(href!, appUrl());
    const manifest = (await (await context.request.get(manifestUrl.href)).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      background_color: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'painmap',
      start_url: './',
      display: 'standalone',
      background_color: '#f6f4f0',
      theme_color: '#0f5f5a',
    });
    expect(manifest.short_name.length).toBeGreaterThan(0);
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    expect(pngs.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of pngs) {
      const response = await context.request.get(new URL(icon.src, manifestUrl).href);
      expect(response.ok()).toBe(true);
      const image = decodePng(await response.body());
      expect(`${image.width}x${image.height}`).toBe(icon.sizes);
    }
    const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    expect((await context.request.get(new URL(touchIcon!, appUrl()).href)).ok()).toBe(true);
    await context.close();
  });
});
