import { describe, expect, it } from 'vitest';
import { seededRandom } from '../support/random.ts';
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
    const random = seededRandom(SEED);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const box = (await page.locator('.viewport canvas').boundingBox())!;
    const inCanvas = () => ({ x: box.x + random() * box.width, y: box.y + random() * box.height });

    for (let step = 0; step < STEPS; step++) {
      const kind = random();
      if (kind < 0.4) {
        const from = inCanvas();
        const to = inCanvas();
        await page.mouse.move(from.x, from.y);
        await page.mouse.down({ button: random() < 0.85 ? 'left' : 'right' });
        await page.mouse.move(to.x, to.y, { steps: 1 + Math.floor(random() * 6) });
        await page.mouse.up({ button: 'left' });
        await page.mouse.up({ button: 'right' });
      } else if (kind < 0.55) {
        const at = inCanvas();
        await page.mouse.move(at.x, at.y);
        await page.mouse.wheel(0, (random() - 0.5) * 600);
      } else if (kind < 0.75) {
        await page.keyboard.press(pick(KEYS));
      } else {
        const [role, name] = pick(CONTROLS);
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
