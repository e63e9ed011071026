/**
 * Pictures of each muscle's footprint on the body, taken from the built app (with the test
 * handle; `npm run -s footprint-pictures` builds it first):
 * - docs/footprints/<muscle>.png: the muscle's guide open, the body turned to the side that
 *   shows the muscle and zoomed on it: the violet outline is the muscle, blue the pain zones;
 * - docs/footprints/contact-sheet.png: all twelve on one page.
 * They are for checking the footprints by eye against anatomy.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { loadBodyFile } from '../src/body/loadBodyFile.ts';
import { footprintWeights } from '../src/core/anatomy/footprintWeights.ts';
import { MUSCLE_IDS, type MuscleId } from '../src/core/library/types.ts';
import { muscleById } from '../src/core/library/index.ts';
import type {} from '../src/view/debugHandle.ts';
import { launchChromium, startPreview } from './browser.ts';

type View = { button: string; facing: string };
const BACK: View = { button: 'Back view', facing: 'back' };
const FRONT: View = { button: 'Front view', facing: 'front' };
const LEFT: View = { button: "Patient's left side", facing: 'left' };

/** The side that shows each muscle best (the guides open on the patient's left). */
const VIEW_OF: Readonly<Record<MuscleId, View>> = {
  gluteus_medius: LEFT,
  gluteus_minimus: LEFT,
  gluteus_maximus: BACK,
  piriformis: BACK,
  quadratus_lumborum: BACK,
  iliopsoas: FRONT,
  iliocostalis_lumborum: BACK,
  iliocostalis_thoracis: BACK,
  longissimus_thoracis: BACK,
  multifidus: BACK,
  tensor_fasciae_latae: LEFT,
  rectus_abdominis: FRONT,
};

/** How far to zoom in: less for the long back columns, so each shows whole. */
const ZOOM_STEPS: Readonly<Record<MuscleId, number>> = {
  gluteus_medius: 4,
  gluteus_minimus: 4,
  gluteus_maximus: 3,
  piriformis: 4,
  quadratus_lumborum: 4,
  iliopsoas: 2,
  iliocostalis_lumborum: 2,
  iliocostalis_thoracis: 2,
  longissimus_thoracis: 2,
  multifidus: 3,
  tensor_fasciae_latae: 3,
  rectus_abdominis: 2,
};

const OUT = 'docs/footprints';

/** Area-weighted centre of the left footprint, to zoom on. */
async function centres(): Promise<Record<MuscleId, [number, number, number]>> {
  const body = await loadBodyFile();
  const result = {} as Record<MuscleId, [number, number, number]>;
  for (const muscle of MUSCLE_IDS) {
    const weights = footprintWeights(muscle, 'left', body.positions);
    const sum = [0, 0, 0];
    let total = 0;
    for (let v = 0; v < body.vertexCount; v++) {
      const a = weights[v]! >= 0.5 ? body.areas[v]! : 0;
      for (let k = 0; k < 3; k++) sum[k]! += a * body.positions[3 * v + k]!;
      total += a;
    }
    result[muscle] = [sum[0]! / total, sum[1]! / total, sum[2]! / total];
  }
  return result;
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.painmap.moving() && window.painmap.lastBody() === 'full');
}

async function picture(page: Page, baseUrl: string, muscle: MuscleId, centre: readonly [number, number, number]): Promise<void> {
  await page.goto(`${baseUrl}#/guide/${muscle.replace(/_/g, '-')}`);
  await page.waitForFunction(() => performance.getEntriesByName('painmap:full-body-frame').length > 0);
  await page.waitForFunction((m) => window.painmap.state().selected?.muscle === m, muscle);
  const view = VIEW_OF[muscle];
  await page.getByRole('button', { name: view.button, exact: true }).click();
  await page.waitForFunction((f) => window.painmap.state().facing === f, view.facing);
  await settled(page);
  // Bring the muscle to the middle (a right-drag pans), then zoom in on it.
  const box = (await page.locator('.viewport canvas').boundingBox())!;
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const at = await page.evaluate(([x, y, z]) => window.painmap.project(x!, y!, z!), centre);
  if (at) {
    await page.mouse.move(at.x, at.y);
    await page.mouse.down({ button: 'right' });
    await page.mouse.move(middle.x, middle.y, { steps: 8 });
    await page.mouse.up({ button: 'right' });
  }
  await page.mouse.move(middle.x, middle.y);
  for (let i = 0; i < ZOOM_STEPS[muscle]; i++) await page.mouse.wheel(0, -200);
  await settled(page);
  await page.locator('.viewport').screenshot({ path: `${OUT}/${muscle}.png` });
}

const preview = await startPreview();
const browser = await launchChromium();
mkdirSync(OUT, { recursive: true });
try {
  const at = await centres();
  const page = await browser.newPage({ viewport: { width: 1100, height: 820 } });
  for (const muscle of MUSCLE_IDS) await picture(page, preview.url, muscle, at[muscle]);

  // Contact sheet: every picture with its muscle's name, four to a row.
  const sheet = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  const cells = MUSCLE_IDS.map((muscle) => {
    const data = readFileSync(`${OUT}/${muscle}.png`).toString('base64');
    return `<figure><img src="data:image/png;base64,${data}"><figcaption>${muscleById(muscle).name} (${VIEW_OF[muscle].facing})</figcaption></figure>`;
  });
  await sheet.setContent(
    `<style>body{margin:8px;font:14px system-ui;display:grid;grid-template-columns:repeat(4,1fr);gap:8px}figure{margin:0}img{width:100%;display:block}</style>${cells.join('')}`,
  );
  await sheet.waitForFunction(() => [...document.images].every((img) => img.complete));
  await sheet.screenshot({ path: `${OUT}/contact-sheet.png`, fullPage: true });
} finally {
  await browser.close();
  await preview.stop();
}
console.log(`wrote ${OUT}/<muscle>.png and ${OUT}/contact-sheet.png`);
