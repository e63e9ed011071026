import type { BodyMesh } from '../core/mesh/bodyMesh.ts';
import { REGION_IDS, sideOf } from '../core/regions/regionIds.ts';

/** Twelve well-separated hues (degrees) for the atlas view. */
const HUES = [4, 32, 52, 92, 140, 172, 196, 222, 258, 284, 312, 340];

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d);
}

/**
 * One colour per region for the atlas view, chosen so that regions touching on the body get
 * hues as far apart as the palette allows (a greedy colouring of the region neighbour graph).
 * The patient's left is lighter, the right darker.
 */
export function regionColors(body: BodyMesh): readonly (readonly [number, number, number])[] {
  const neighbours = REGION_IDS.map(() => new Set<number>());
  const { offsets, list } = body.adjacency;
  for (let v = 0; v < body.vertexCount; v++) {
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const a = body.regions[v]!;
      const b = body.regions[list[k]!]!;
      if (a !== b) neighbours[a]!.add(b);
    }
  }
  const hue: number[] = [];
  REGION_IDS.forEach((_, region) => {
    let best = HUES[0]!;
    let bestScore = -1;
    for (const candidate of HUES) {
      let nearest = 360;
      for (const n of neighbours[region]!) if (hue[n] !== undefined) nearest = Math.min(nearest, hueDistance(candidate, hue[n]!));
      // Prefer the hue farthest from every coloured neighbour; ties go to the least used.
      const used = hue.filter((h) => h === candidate).length;
      const score = nearest * 100 - used;
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    hue[region] = best;
  });
  return REGION_IDS.map((id, region) => hslToRgb(hue[region]!, 0.6, sideOf(id) === 'R' ? 0.45 : 0.66));
}
