import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REGION_IDS } from '../../src/core/regions/regionIds.ts';
import { markedRegions, openApp, screenPoint, sharedBrowser, tapBody, turnTo } from './support.ts';

const { browser } = sharedBrowser();

type Point = [number, number, number];

/** Picks a shape with one tap (the question on first use, then the small button) and waits for the body in that shape. */
async function chooseShape(page: Page, label: 'Female' | 'Male' | 'In between', shape: string): Promise<void> {
  const change = page.getByRole('button', { name: /^Body: .*Change the body shape$/ });
  if (await change.isVisible()) await change.click();
  await page.getByRole('group', { name: 'Which body is closer to yours?' }).getByRole('button', { name: label, exact: true }).click();
  await page.waitForFunction((s) => {
    const { body } = window.painmap.state();
    return body.status === 'ready' && body.mesh.shape === s;
  }, shape);
  await page.waitForFunction(() => !window.painmap.moving() && window.painmap.lastBody() === 'full');
}

/** The shown body's vertex nearest to a landmark given on the default body: where it is now, and its region. */
async function landmarkOnShape(page: Page, [x, y, z]: Point): Promise<{ point: Point; region: string }> {
  const { point, region } = await page.evaluate(
    ([x, y, z]) => {
      const { body } = window.painmap.state();
      if (body.status !== 'ready') throw new Error('no body');
      const { restPositions: rest, positions, regions } = body.mesh;
      let best = 0;
      let bestDistance = Infinity;
      for (let v = 0; v < rest.length / 3; v++) {
        const d = (rest[3 * v]! - x!) ** 2 + (rest[3 * v + 1]! - y!) ** 2 + (rest[3 * v + 2]! - z!) ** 2;
        if (d < bestDistance) [best, bestDistance] = [v, d];
      }
      return { point: [positions[3 * best]!, positions[3 * best + 1]!, positions[3 * best + 2]!], region: regions[best]! };
    },
    [x, y, z],
  );
  return { point: point as Point, region: REGION_IDS[region]! };
}

const paintedVertices = (page: Page) =>
  page.evaluate(() => {
    const values = window.painmap.state().paint!.values;
    return [...values.keys()].filter((v) => values[v]! > 0);
  });

describe('body shapes', () => {
  it('asks once, then keeps a mark on the same vertices and regions when the body changes shape, and remembers the shape', async () => {
    const { page, errors } = await openApp(browser(), { viewport: { width: 390, height: 844 } });
    await chooseShape(page, 'In between', 'between');
    await turnTo(page, 'Back view', 'back');
    await tapBody(page, [0.04, 1.0, -0.05]);
    const vertices = await paintedVertices(page);
    const regions = await markedRegions(page);
    expect(vertices.length).toBeGreaterThan(0);

    await chooseShape(page, 'Female', 'female');
    expect(await paintedVertices(page)).toEqual(vertices);
    expect(Object.keys(await markedRegions(page)).sort()).toEqual(Object.keys(regions).sort());

    await chooseShape(page, 'Male', 'male');
    expect(await paintedVertices(page)).toEqual(vertices);

    await page.reload();
    await page.waitForFunction(() => {
      const { body } = window.painmap.state();
      return body.status === 'ready' && body.mesh.shape === 'male';
    });
    expect(await paintedVertices(page)).toEqual(vertices);
    expect(await page.getByRole('button', { name: 'Body: Male. Change the body shape' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  for (const [label, shape] of [
    ['Female', 'female'],
    ['Male', 'male'],
  ] as const) {
    it(`on the ${shape} body, a tap lands on the region under the finger at landmarks of the low back and buttock`, async () => {
      const { page, context, errors } = await openApp(browser());
      await chooseShape(page, label, shape);
      await turnTo(page, 'Back view', 'back');
      await page.getByRole('radio', { name: 'small brush' }).click();
      const landmarks: Point[] = [
        [0.04, 1.0, -0.05], // beside the spine, low back
        [0.1, 0.88, -0.09], // upper outer buttock
        [-0.06, 0.83, -0.1], // lower inner buttock, right side
      ];
      for (const landmark of landmarks) {
        const { point, region } = await landmarkOnShape(page, landmark);
        const spot = await screenPoint(page, ...point);
        await page.mouse.click(spot.x, spot.y);
        await page.waitForFunction(() => window.painmap.state().summary.length > 0);
        const marked = await markedRegions(page);
        expect(Object.keys(marked)).toContain(region);
        expect(Object.keys(marked).every((id) => id.startsWith(landmark[0] > 0 ? 'L_' : 'R_'))).toBe(true);
        await page.getByRole('button', { name: 'Clear' }).click();
        await page.waitForFunction(() => window.painmap.state().summary.length === 0);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
