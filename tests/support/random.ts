/**
 * Seeded randomness for tests that must replay exactly: the seed goes in the test's name, so a
 * failure names the run that reproduces it (the way three-mesh-bvh's tests do).
 */
import type { RegionMark } from '../../src/core/matcher/types.ts';
import { REGION_IDS, type RegionId } from '../../src/core/regions/regionIds.ts';

/** mulberry32: a small, fast generator with a 32-bit state. Returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [min, max]. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export interface RandomMapOptions {
  /** Regions to draw from; every region id by default. */
  readonly regions?: readonly RegionId[];
  readonly maxMarks?: number;
}

/**
 * A random pain map: up to maxMarks marks with intensities 1–10, about half of them with a painted
 * share in [0, 1], and now and then the same region twice (the matcher keeps the higher value).
 */
export function randomMarks(random: () => number, options: RandomMapOptions = {}): RegionMark[] {
  const regions = options.regions ?? REGION_IDS;
  const count = randomInt(random, 0, options.maxMarks ?? 12);
  const marks: RegionMark[] = [];
  for (let i = 0; i < count; i++) {
    const region = random() < 0.1 && marks.length > 0 ? pick(random, marks).region : pick(random, regions);
    const intensity = randomInt(random, 1, 10);
    marks.push(random() < 0.5 ? { region, intensity } : { region, intensity, share: random() });
  }
  return marks;
}
