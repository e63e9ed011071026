/**
 * Renders the app icons (public/icons/*.svg, drawn by hand) to the PNG sizes the web app
 * manifest and iOS need, with headless Chromium. The PNGs are committed; run this again only
 * after changing an SVG:
 *
 *   npx tsx scripts/make-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.ts';

const icons = fileURLToPath(new URL('../public/icons/', import.meta.url));

/** Output file, source SVG, size in pixels. "any" icons keep their rounded corners transparent. */
const RENDERS: readonly [string, string, number][] = [
  ['icon-192.png', 'icon.svg', 192],
  ['icon-512.png', 'icon.svg', 512],
  ['maskable-192.png', 'maskable.svg', 192],
  ['maskable-512.png', 'maskable.svg', 512],
  // iOS rounds the corners itself and shows transparency as black: the full-bleed square.
  ['apple-touch-icon.png', 'maskable.svg', 180],
];

const browser = await launchChromium();
try {
  for (const [output, source, size] of RENDERS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const svg = readFileSync(icons + source).toString('base64');
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.waitForFunction(() => document.images[0]?.complete && document.images[0].naturalWidth > 0);
    writeFileSync(icons + output, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    await page.close();
    console.log(`public/icons/${output}: ${size}×${size} from ${source}`);
  }
} finally {
  await browser.close();
}
