import { describe, expect, it } from 'vitest';
import { signedDistance, softEdge } from '../../src/core/anatomy/outline.ts';
import { aroundTorso, onBack, onFront, placeOnLeftChart } from '../../src/core/anatomy/surfaceChart.ts';

describe('footprint outlines', () => {
  const square = [
    [0, 0],
    [10, 0],
    [10, 1],
    [0, 1],
  ] as const;

  it('measures distance in metres of skin: negative inside, positive outside, scaled along u', () => {
    expect(signedDistance(square, 5, 0.5, 0.01)).toBeCloseTo(-0.05, 6);
    expect(signedDistance(square, 5, 1.2, 0.01)).toBeCloseTo(0.2, 6);
    // 2 units of u beyond the edge at 0.01 m per unit: 2 cm away.
    expect(signedDistance(square, 12, 0.5, 0.01)).toBeCloseTo(0.02, 6);
  });

  it('fades from 1 inside to 0 outside, crossing one half on the outline', () => {
    expect(softEdge(-0.05, 0.03)).toBe(1);
    expect(softEdge(0, 0.03)).toBeCloseTo(0.5, 6);
    expect(softEdge(0.05, 0.03)).toBe(0);
    expect(softEdge(0.005, 0.03)).toBeLessThan(softEdge(-0.005, 0.03));
  });
});

describe('surface chart', () => {
  it('puts the back and front midlines at 0 and 180 degrees and continues the left chart across them', () => {
    expect(onBack(0, 1.0)[0]).toBeCloseTo(0, 6);
    expect(onFront(0, 1.0)[0]).toBeCloseTo(180, 6);
    expect(onBack(-0.02, 1.0)[0]).toBeLessThan(0);
    expect(onFront(-0.02, 1.0)[0]).toBeGreaterThan(180);
    expect(aroundTorso(90, 1.0)).toEqual([90, 1.0]);
  });

  it('places a point of the right side across the midline of the left chart, and arms nowhere', () => {
    const leftBack = placeOnLeftChart(0.02, 1.0, -0.04)!;
    const rightBack = placeOnLeftChart(-0.02, 1.0, -0.04)!;
    expect(leftBack.kind).toBe('torso');
    expect(rightBack.u).toBeCloseTo(-leftBack.u, 6);
    const rightFront = placeOnLeftChart(-0.02, 1.0, 0.13)!;
    expect(rightFront.u).toBeGreaterThan(180);
    expect(placeOnLeftChart(0.25, 1.2, 0)).toBeNull();
    // The right thigh is not on the left chart; the left thigh is, by angle around it.
    expect(placeOnLeftChart(-0.12, 0.6, 0.04)).toBeNull();
    expect(placeOnLeftChart(0.12, 0.6, 0.12)?.kind).toBe('leg');
  });
});
