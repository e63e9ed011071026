/**
 * Pictures for the docs, taken from the built app in headless Chromium (`npm run pictures`):
 * docs/atlas-{front,back,left,right}.png, the region atlas with each region's name. The app's
 * own pictures (phone and desktop) come from scripts/phone-screenshots.ts.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, startPreview } from './browser.ts';
import { REGION_IDS } from '../src/core/regions/regionIds.ts';
import type {} from '../src/view/debugHandle.ts';

const VIEWS = [
  { name: 'front', button: 'Front view', facing: 'front' },
  { name: 'back', button: 'Back view', facing: 'back' },
  { name: 'left', button: "Patient's left side", facing: 'left' },
  { name: 'right', button: "Patient's right side", facing: 'right' },
] as const;

/** The full body drawn, the first frame's canvas gone, and the body-shape question answered (it would cover the pictures). */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('painmap:full-body-frame').length > 0);
  await page.locator('canvas.first-body').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'In between' }).click();
}

async function turn(page: Page, button: string, facing: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.waitForFunction((f) => window.painmap.state().facing === f, facing);
}

/**
 * Puts each clinical region's name at its centre, where that centre is really that region on
 * screen: the app's own picking (the atlas name tag) checks it, so hidden regions get no label.
 */
async function labelRegions(page: Page): Promise<void> {
  const candidates = await page.evaluate(() => {
    const { body } = window.painmap.state();
    if (body.status !== 'ready') return [];
    const { positions, regions, areas, vertexCount } = body.mesh;
    const sums = new Map<number, [number, number, number, number]>();
    for (let v = 0; v < vertexCount; v++) {
      const s = sums.get(regions[v]!) ?? [0, 0, 0, 0];
      const a = areas[v]!;
      s[0] += positions[3 * v]! * a;
      s[1] += positions[3 * v + 1]! * a;
      s[2] += positions[3 * v + 2]! * a;
      s[3] += a;
      sums.set(regions[v]!, s);
    }
    return [...sums].flatMap(([index, [x, y, z, a]]) => {
      const p = window.painmap.project(x / a, y / a, z / a);
      return p ? [{ index, ...p }] : [];
    });
  });
  const box = (await page.locator('.viewport canvas').boundingBox())!;
  const labels: { text: string; x: number; y: number }[] = [];
  for (const { index, x, y } of candidates) {
    if (x < box.x + 40 || x > box.x + box.width - 40 || y < box.y + 50 || y > box.y + box.height - 20) continue;
    await page.mouse.move(x, y);
    const region = await page.evaluate(() => window.painmap.state().probe?.region ?? null);
    if (region !== REGION_IDS[index] || /head|arm|chest|upper_back|foot|shin/.test(region)) continue;
    if (labels.some((q) => Math.abs(q.x - x) < 110 && Math.abs(q.y - y) < 14)) continue;
    labels.push({ text: region, x, y });
  }
  await page.mouse.move(box.x + 5, box.y + box.height - 5);
  await page.evaluate((list) => {
    document.querySelectorAll('.atlas-label, .probe').forEach((n) => n.remove());
    for (const { text, x, y } of list) {
      const label = document.createElement('div');
      label.className = 'atlas-label';
      label.textContent = text;
      Object.assign(label.style, {
        position: 'fixed',
        left: `${x}px`,
        top: `${y}px`,
        transform: 'translate(-50%, -50%)',
        font: '600 10px system-ui, sans-serif',
        color: '#111',
        background: 'rgb(255 255 255 / 0.8)',
        padding: '0 3px',
        borderRadius: '3px',
        pointerEvents: 'none',
        whiteSpace: 'nowrap',
        zIndex: '10',
      });
      document.body.append(label);
    }
  }, labels);
}

const preview = await startPreview();
const browser = await launchChromium();
mkdirSync('docs', { recursive: true });
try {
  const atlas = await browser.newPage({ viewport: { width: 1500, height: 1000 } });
  await atlas.goto(preview.url);
  await ready(atlas);
  await atlas.getByRole('button', { name: 'Regions' }).click();
  for (const view of VIEWS) {
    await turn(atlas, view.button, view.facing);
    // Zoom in on the trunk, pelvis and thighs, where the clinical regions are.
    const box = (await atlas.locator('.viewport canvas').boundingBox())!;
    await atlas.mouse.move(box.x + box.width / 2, box.y + box.height * 0.52);
    const frames = await atlas.evaluate(() => window.painmap.frames());
    for (let i = 0; i < 3; i++) await atlas.mouse.wheel(0, -180);
    await atlas.waitForFunction((n) => window.painmap.frames() > n + 2, frames);
    await labelRegions(atlas);
    await atlas.locator('.viewport').screenshot({ path: `docs/atlas-${view.name}.png` });
  }

} finally {
  await browser.close();
  await preview.stop();
}
console.log('wrote docs/atlas-*.png');
