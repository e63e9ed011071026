import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openApp, sharedBrowser } from './support.ts';

const { browser } = sharedBrowser();
const SEED = 4242;
const STEPS = 160;

/** Toolbar and view controls, with their roles: tools and brush sizes are radio buttons. */
const CONTROLS: readonly (readonly ['radio' | 'button', string])[] = [
  ['radio', 'Turn'],
  ['radio', 'Paint'],
  ['radio', 'Erase'],
  ['radio', 'S: small brush'],
  ['radio', 'M: medium brush'],
  ['radio', 'L: large brush'],
  ['button', 'Undo'],
  ['button', 'Redo'],
  ['button', 'Clear'],
  ['button', 'Regions'],
  ['button', 'Front view'],
  ['button', 'Back view'],
  ['button', "Patient's left side"],
  ['button', "Patient's right side"],
  ['button', 'Reset view'],
];
const KEYS = [
  'Control+z',
  'Control+Shift+Z',
  'Tab',
  'Shift+Tab',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Enter',
  'Escape',
  'Home',
  'End',
];

describe('random input', () => {
  it(`survives ${STEPS} seeded random pointer, wheel, keyboard and button steps (seed ${SEED}) with a valid store`, async () => {
    const { page, errors } = await openApp(browser(), { viewport: { width: 900, height: 700 } });
    const box = (await page.locator('.viewport canvas').boundingBox())!;
    const at = (p: { x: number; y: number }) => ({ x: box.x + p.x * box.width, y: box.y + p.y * box.height });
    const point = fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }) });
    const stepArb = fc.oneof(
      {
        weight: 8,
        arbitrary: fc.record({
          kind: fc.constant('drag' as const),
          from: point,
          to: point,
          right: fc.integer({ min: 0, max: 99 }).map((n) => n < 15),
          steps: fc.integer({ min: 1, max: 6 }),
        }),
      },
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('wheel' as const), at: point, delta: fc.double({ min: -300, max: 300, noNaN: true }) }) },
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('key' as const), key: fc.constantFrom(...KEYS) }) },
      { weight: 5, arbitrary: fc.record({ kind: fc.constant('control' as const), control: fc.constantFrom(...CONTROLS) }) },
    );
    // The same steps on every run: fast-check draws them from the seed in the test's name.
    const [steps] = fc.sample(fc.array(stepArb, { minLength: STEPS, maxLength: STEPS }), { seed: SEED, numRuns: 1 });

    for (const step of steps!) {
      if (step.kind === 'drag') {
        const [from, to] = [at(step.from), at(step.to)];
        await page.mouse.move(from.x, from.y);
        await page.mouse.down({ button: step.right ? 'right' : 'left' });
        await page.mouse.move(to.x, to.y, { steps: step.steps });
        await page.mouse.up({ button: 'left' });
        await page.mouse.up({ button: 'right' });
      } else if (step.kind === 'wheel') {
        const spot = at(step.at);
        await page.mouse.move(spot.x, spot.y);
        await page.mouse.wheel(0, step.delta);
      } else if (step.kind === 'key') {
        await page.keyboard.press(step.key);
      } else {
        const [role, name] = step.control;
        const control = page.getByRole(role, { name, exact: true });
        if (await control.isEnabled()) await control.click();
      }
    }

    // Let any scheduled work settle: two animation frames.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const state = await page.evaluate(() => {
      const s = window.painmap.state();
      return {
        body: s.body.status,
        webgl: s.webgl,
        summary: s.summary,
        recomputed: s.paint!.summary(),
        undo: s.undo.length,
        scores: s.result.suggestions.map((x) => x.score),
        values: Array.from(new Set(s.paint!.values)),
      };
    });
    expect(errors).toEqual([]);
    expect(state.body).toBe('ready');
    expect(state.webgl).toBe('available');
    expect(state.summary).toEqual(state.recomputed);
    expect(state.undo).toBeLessThanOrEqual(100);
    expect(state.values.every((v) => Number.isInteger(v) && v >= 0 && v <= 10)).toBe(true);
    expect(state.scores.every((x) => x >= 0 && x <= 1)).toBe(true);
    expect([...state.scores].sort((a, b) => b - a)).toEqual(state.scores);
  });
});
