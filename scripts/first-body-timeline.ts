/**
 * Where the time to the first body frame goes, for one build: navigation to each JS file and the
 * model arriving, the first and full body marks. Medians of five loads at 1280×800 (as the bench).
 * `npm run -s build:test && npx tsx scripts/first-body-timeline.ts`
 */
import { launchChromium, startPreview } from './browser.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const preview = await startPreview();
const browser = await launchChromium();
const rows: Record<string, number[]> = {};
try {
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(preview.url);
    await page.waitForFunction(() => performance.getEntriesByName('painmap:full-body-frame').length > 0);
    const entries = await page.evaluate(() => [
      ...performance.getEntriesByType('resource').map((r) => [new URL(r.name).pathname.replace(/-[\w-]{8}\.js$/, '.js'), (r as PerformanceResourceTiming).responseEnd] as const),
      ...performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const),
      ['domContentLoaded', (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd] as const,
    ]);
    for (const [name, time] of entries) (rows[name] ??= []).push(time);
    await page.close();
  }
} finally {
  await browser.close();
  await preview.stop();
}
const table = Object.entries(rows)
  .map(([name, times]) => [name, Math.round(median(times))] as const)
  .sort((a, b) => a[1] - b[1]);
for (const [name, time] of table) console.log(`${String(time).padStart(6)} ms  ${name}`);
