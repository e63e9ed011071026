/**
 * docs/body-shapes.png: the female, in-between and male bodies from the front, the back and the
 * patient's left side, rendered by the built app (`npm run -s build:test` first). Run with tsx.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, startPreview } from './browser.ts';
import type {} from '../src/view/debugHandle.ts';

const out = fileURLToPath(new URL('../docs/body-shapes.png', import.meta.url));
const SHAPES = [
  ['Female', 'female'],
  ['In between', 'between'],
  ['Male', 'male'],
] as const;
const VIEWS = [
  ['Front view', 'front'],
  ['Back view', 'back'],
  ["Patient's left side", 'left'],
] as const;

const preview = await startPreview();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 420, height: 700 } });
  await page.goto(preview.url);
  await page.waitForFunction(() => performance.getEntriesByName('painmap:full-body-frame').length > 0);
  const pictures: { label: string; data: string }[] = [];
  for (const [label, shape] of SHAPES) {
    const change = page.getByRole('button', { name: /^Body: .*Change the body shape$/ });
    if (await change.isVisible()) await change.click();
    await page.getByRole('button', { name: label, exact: true }).click();
    await page.waitForFunction((s) => {
      const { body } = window.painmap.state();
      return body.status === 'ready' && body.mesh.shape === s;
    }, shape);
    for (const [button, facing] of VIEWS) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.waitForFunction(
        (f) => window.painmap.state().facing === f && !window.painmap.moving() && window.painmap.lastBody() === 'full',
        facing,
      );
      // Only the body: the buttons and hints over it are hidden for the picture (the CSP allows CSSOM styles).
      const hide = (opacity: string) =>
        page.evaluate((o) => document.querySelectorAll<HTMLElement>('.viewport > :not(:has(canvas))').forEach((e) => (e.style.opacity = o)), opacity);
      await hide('0');
      const png = await page.locator('.viewport canvas').screenshot();
      await hide('');
      pictures.push({ label: `${label}, ${facing}`, data: png.toString('base64') });
    }
  }
  const sheet = await browser.newPage({ viewport: { width: 3 * 300, height: 3 * 420 } });
  await sheet.setContent(
    `<body style="margin:0;display:grid;grid-template-columns:repeat(3,300px);font:14px sans-serif;background:#f6f4f0">${pictures
      .map(
        (p) =>
          `<figure style="margin:0;text-align:center"><img src="data:image/png;base64,${p.data}" style="width:300px;height:395px;object-fit:cover"><figcaption>${p.label}</figcaption></figure>`,
      )
      .join('')}</body>`,
  );
  writeFileSync(out, await sheet.screenshot({ fullPage: true }));
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await preview.stop();
}
