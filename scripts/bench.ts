/**
 * `npm run -s bench` (contracts.md §2): one JSON object on standard output with bundle sizes,
 * the matcher's time per case, the time per pointer event with and without the BVH, and, in
 * headless Chromium against the built app, the time to the first frame with the body drawn and
 * the frame time while the body turns; Lighthouse scores too (skip with --no-lighthouse).
 * Every figure is a median over repeated runs; run counts, the machine and the date are beside
 * them. Progress goes to standard error.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { Mesh, MeshBasicMaterial, PerspectiveCamera, BufferAttribute } from 'three';
import { accelerateRaycast, pickBody } from '../src/body/bodyPicker.ts';
import { createBodyGeometry } from '../src/body/bodyGeometry.ts';
import { loadBodyFile } from '../src/body/loadBodyFile.ts';
import { writePaintColors } from '../src/body/paintColors.ts';
import { StrokePainter } from '../src/body/strokePainter.ts';
import { match } from '../src/core/matcher/match.ts';
import type { MatchInput } from '../src/core/matcher/types.ts';
import { REGION_IDS, type RegionId } from '../src/core/regions/regionIds.ts';
import { SYMPTOM_IDS } from '../src/core/symptoms.ts';
import { appStore } from '../src/store/appStore.ts';
import { bodyReady } from '../src/store/bodyActions.ts';
import { beginStroke, clearAll, dab, endStroke } from '../src/store/paintActions.ts';
import { onPaintChanged } from '../src/store/paintEvents.ts';
import { launchChromium, startPreview } from './browser.ts';
import { BUDGETS, bundleSizes } from './budgets.ts';
import type {} from '../src/view/debugHandle.ts';

const log = (message: string) => process.stderr.write(`${message}\n`);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))]!;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** A seeded generator, so every run times the same cases. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

function matcherCases(): MatchInput[] {
  const next = random(7);
  const typical: MatchInput = {
    marks: [
      { region: 'L_iliac_crest', intensity: 7, share: 0.8 },
      { region: 'L_sij', intensity: 6, share: 0.6 },
      { region: 'L_sacrum', intensity: 5, share: 0.4 },
      { region: 'L_buttock_upper_lateral', intensity: 3, share: 0.2 },
    ],
    symptoms: ['walking', 'lying_on_affected_side'],
  };
  const cases = [typical];
  for (let i = 0; i < 49; i++) {
    const marks = Array.from({ length: 1 + Math.floor(next() * 10) }, () => ({
      region: REGION_IDS[Math.floor(next() * REGION_IDS.length)] as RegionId,
      intensity: 1 + Math.floor(next() * 10),
      share: next(),
    }));
    cases.push({ marks, symptoms: SYMPTOM_IDS.filter(() => next() < 0.15) });
  }
  return cases;
}

function benchMatcher() {
  const cases = matcherCases();
  for (let i = 0; i < 200; i++) match(cases[i % cases.length]!); // warm up the JIT
  const rounds = 25;
  const perRound = 400;
  const typical: number[] = [];
  const mixed: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    for (let i = 0; i < perRound; i++) match(cases[0]!);
    typical.push(((performance.now() - t) * 1000) / perRound);
    t = performance.now();
    for (let i = 0; i < perRound; i++) match(cases[i % cases.length]!);
    mixed.push(((performance.now() - t) * 1000) / perRound);
  }
  const micros = median(typical);
  return {
    microsPerCase: round(micros),
    casesPerSecond: Math.round(1e6 / micros),
    microsPerCaseMixed: round(median(mixed)),
    runs: rounds,
    casesPerRun: perRound,
  };
}

async function benchPicking() {
  const body = await loadBodyFile();
  const geometry = createBodyGeometry(body);
  geometry.setAttribute('color', new BufferAttribute(new Uint8Array(body.vertexCount * 3), 3, true));
  const mesh = new Mesh(geometry, new MeshBasicMaterial());
  const camera = new PerspectiveCamera(30, 390 / 520, 0.05, 20);
  camera.position.set(0, 0.96, -1.6); // behind the body, looking at the pelvis
  camera.lookAt(0, 0.96, 0.02);
  camera.updateMatrixWorld();
  // A stroke back and forth across the low back, as a person paints it: 200 pointer events.
  const path = Array.from({ length: 200 }, (_, i) => ({ x: -0.3 + 0.6 * Math.abs(((i / 50) % 2) - 1), y: -0.05 + 0.1 * Math.sin(i / 9) }));

  // The app's own path from a pointer event to the skin: the store's paint layer and stroke
  // record, and the colour update the 3D view makes for the vertices announced.
  bodyReady(body);
  const color = geometry.getAttribute('color') as BufferAttribute;
  const stopColours = onPaintChanged((vertices) => {
    const { paint } = appStore.getState();
    if (paint && vertices !== 'all') writePaintColors(color, paint.values, vertices);
  });
  const perEvent = (accelerated: boolean) => {
    const release = accelerated ? accelerateRaycast(mesh) : () => undefined;
    const painter = new StrokePainter(
      body,
      (x, y) => pickBody(mesh, camera, x, y),
      (vertices) => dab(vertices, 6),
    );
    painter.start(path[0]!.x, path[0]!.y, 'medium'); // builds the BVH, outside the timing
    painter.end();
    const times: number[] = [];
    for (let round = 0; round < (accelerated ? 15 : 3); round++) {
      clearAll();
      // One long stroke back and forth: each pointer event picks, samples the path since the
      // last event, paints and records the stroke.
      beginStroke();
      painter.start(path[0]!.x, path[0]!.y, 'medium');
      for (const point of path.slice(1)) {
        const t = performance.now();
        painter.move(point.x, point.y, 'medium', 260);
        times.push((performance.now() - t) * 1000);
      }
      painter.end();
      endStroke();
    }
    release();
    return { micros: median(times), events: times.length };
  };
  const withBvh = perEvent(true);
  const bruteForce = perEvent(false);
  stopColours();
  return {
    microsPerPointerEvent: round(withBvh.micros),
    bruteForceMicrosPerPointerEvent: round(bruteForce.micros),
    bruteForceRatio: round(bruteForce.micros / withBvh.micros),
    runs: withBvh.events,
    bruteForceRuns: bruteForce.events,
    triangles: body.triangles.length / 3,
  };
}

/** Figures from one page load: timing marks, long tasks and the JS files fetched before the first body frame. */
async function loadOnce(page: Page, url: string) {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('painmap:full-body-frame').length > 0);
  // No helper functions inside evaluate: tsx would wrap them in a __name() the page lacks.
  const marks = await page.evaluate(() => [
    performance.getEntriesByName('painmap:first-body-frame')[0]!.startTime,
    performance.getEntriesByName('painmap:full-body-frame')[0]!.startTime,
  ]);
  const first = marks[0]!;
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks);
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => ({ name: r.name, start: r.startTime })));
  return {
    first,
    full: marks[1]!,
    // Total blocking time as Lighthouse counts it: each long task's time beyond 50 ms, up to the first body frame.
    blocking: longTasks.filter((t) => t.start < first).reduce((sum, t) => sum + Math.max(0, Math.min(t.duration, first - t.start) - 50), 0),
    scripts: resources.filter((r) => r.name.endsWith('.js') && r.start < first).map((r) => new URL(r.name).pathname),
  };
}

async function benchBrowser() {
  const preview = await startPreview();
  const browser = await launchChromium();
  try {
    const firstFrames: number[] = [];
    const fullFrames: number[] = [];
    const blocking: number[] = [];
    const frameTimes: number[] = [];
    const idleDraws: number[] = [];
    let firstBodyScripts: string[] = [];
    const loads = 5;
    for (let i = 0; i < loads; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const load = await loadOnce(page, preview.url);
      firstFrames.push(load.first);
      fullFrames.push(load.full);
      blocking.push(load.blocking);
      firstBodyScripts = load.scripts;
      frameTimes.push(...(await page.evaluate(() => window.painmap.spin(40))));
      // Idle: once the turn has settled and the full body is back, count the frames drawn in two seconds of nothing.
      await page.waitForFunction(() => !window.painmap.moving() && window.painmap.lastBody() === 'full');
      const before = await page.evaluate(() => window.painmap.frames());
      const after = await page.evaluate(() => new Promise<number>((resolve) => setTimeout(() => resolve(window.painmap.frames()), 2000)));
      idleDraws.push((after - before) / 2);
      await page.close();
    }
    const result: Record<string, unknown> = {
      firstBodyFrameMs: Math.round(median(firstFrames)),
      fullBodyFrameMs: Math.round(median(fullFrames)),
      blockingMsBeforeFirstBody: Math.round(median(blocking)),
      frameMsMedian: round(median(frameTimes)),
      frameMsP90: round(percentile(frameTimes, 0.9)),
      idleDrawsPerSecond: median(idleDraws),
      firstBodyScripts,
      runs: loads,
      frames: frameTimes.length,
      viewport: '1280x800, software WebGL (SwiftShader)',
    };
    return result;
  } finally {
    await browser.close();
    await preview.stop();
  }
}

async function runLighthouse(url: string) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const scores: Record<string, number[]> = { mobile: [], desktop: [] };
    const runs = 3;
    for (let i = 0; i < runs; i++) {
      for (const preset of ['mobile', 'desktop'] as const) {
        const result = await lighthouse(
          url,
          { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        scores[preset]!.push(result!.lhr.categories.performance!.score ?? 0);
      }
    }
    return { mobile: median(scores.mobile!), desktop: median(scores.desktop!), runs, target: 'vite preview on 127.0.0.1, offline' };
  } finally {
    chrome.kill();
  }
}

const withLighthouse = !process.argv.includes('--no-lighthouse');
const root = new URL('..', import.meta.url).pathname;
const load1AtStart = loadavg()[0]!;
log('building...');
/** Builds the app into dist/ (output to standard error); with the test handle the browser figures can wait on app state. */
function build(withTestHandle: boolean): void {
  const env = { ...process.env, PAINMAP_TEST_HANDLE: withTestHandle ? '1' : '' };
  const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { cwd: root, env, stdio: ['ignore', 2, 2] });
  if (built.status !== 0) throw new Error('vite build failed');
}
// Sizes are those of the production build (`npm run build`); the browser runs the test build,
// which adds only the small window.painmap handle.
build(false);
const bundle = bundleSizes(root);
build(true);
log('matcher...');
const matchFigures = benchMatcher();
log('picking...');
const pick = await benchPicking();
log('browser...');
const browserFigures = await benchBrowser();
const firstBodyJsGzipBytes = (browserFigures.firstBodyScripts as string[]).reduce(
  (sum, path) => sum + gzipSync(readFileSync(join(root, 'dist', path)), { level: 9 }).length,
  0,
);
let lighthouseFigures: unknown = 'skipped (--no-lighthouse)';
if (withLighthouse) {
  log('lighthouse (production build)...');
  build(false);
  const preview = await startPreview();
  try {
    lighthouseFigures = await runLighthouse(preview.url);
  } finally {
    await preview.stop();
  }
}
const cpu = cpus()[0]?.model ?? 'unknown';
process.stdout.write(
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cores: availableParallelism(), load1: round(load1AtStart, 2), cpu, node: process.version },
      bundle: { ...bundle, firstBodyJsGzipBytes, budgets: BUDGETS.bundle },
      match: matchFigures,
      pick,
      browser: browserFigures,
      lighthouse: lighthouseFigures,
    },
    null,
    2,
  )}\n`,
);
