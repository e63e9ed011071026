import { describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browser.ts';
import { decodePng, shareOfPixels } from '../support/png.ts';
import { appUrl, openApp, sharedBrowser, tapBody, turnTo, waitForBody } from './support.ts';

const { browser } = sharedBrowser();

describe('when things go wrong', () => {
  it('without WebGL, says so, and the region list still marks pain and gets suggestions', async () => {
    const noWebGL = await launchChromium(['--disable-3d-apis']);
    try {
      const page = await noWebGL.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(appUrl());
      await page.getByText('This browser cannot show the 3D body').waitFor();
      await page.waitForFunction(() => window.painmap.state().body.status === 'ready');
      for (const [name, value] of [
        ['Left belt line (iliac crest): pain intensity', '7'],
        ['Left sacroiliac joint (SIJ dimple): pain intensity', '6'],
        ['Left sacrum: pain intensity', '5'],
      ] as const) {
        await page.getByRole('combobox', { name }).selectOption(value);
      }
      await page.getByRole('button', { name: /Gluteus medius \(left\)/ }).waitFor();
      expect(await page.getByRole('region', { name: 'Your marks' }).innerText()).toContain('Left belt line (iliac crest) — 7/10');
      expect(errors).toEqual([]);
    } finally {
      await noWebGL.close();
    }
  });

  it('says clearly when the body model fails to load, and loads it on retry', async () => {
    // No service worker: it would answer from its offline copy, past the test's routes.
    const context = await browser().newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route('**/models/body.glb', (route) => route.fulfill({ status: 503, body: 'busy' }));
    await page.goto(appUrl());
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await page.waitForFunction(() => window.painmap.state().body.status === 'error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('The body model could not be loaded (the server answered 503).');

    await page.unroute('**/models/body.glb');
    await page.route('**/models/body.glb', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>captive portal</p>' }),
    );
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('not a GLB file').waitFor();

    await page.unroute('**/models/body.glb');
    await page.getByRole('button', { name: 'Try again' }).click();
    await waitForBody(page);
    await context.close();
  });

  it('recovers when the WebGL context is lost, keeping the marks', async () => {
    const { page, errors } = await openApp(browser());
    await turnTo(page, 'Back view', 'back');
    await tapBody(page, [0.05, 0.95, -0.06]);
    const marks = await page.evaluate(() => window.painmap.state().summary.length);

    await page.evaluate(() => {
      const canvas = document.querySelector('.viewport canvas') as HTMLCanvasElement;
      (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!.getExtension('WEBGL_lose_context')!.loseContext();
    });
    await page.waitForFunction(() => window.painmap.state().webgl === 'lost');
    await page.waitForFunction(() => window.painmap.state().webgl === 'available');
    const frames = await page.evaluate(() => window.painmap.frames());
    await page.waitForFunction((n) => window.painmap.frames() > n, frames);

    const shot = decodePng(await page.locator('.viewport canvas').screenshot());
    expect(shareOfPixels(shot, (r, g, b) => r - b > 25 && r > 90)).toBeGreaterThan(0.04);
    expect(await page.evaluate(() => window.painmap.state().summary.length)).toBe(marks);
    expect(errors.filter((e) => !/CONTEXT_LOST|context lost/i.test(e))).toEqual([]);
  });
});
