import { REGION_IDS, baseName, sideOf } from '../core/regions/regionIds.ts';

/**
 * One colour per region for the atlas view: hues spread by the golden angle over region
 * names so neighbours differ; the patient's left is lighter, the right darker.
 */
const names = [...new Set(REGION_IDS.map(baseName))];

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

export const REGION_RGB: readonly (readonly [number, number, number])[] = REGION_IDS.map((id) => {
  const hue = (names.indexOf(baseName(id)) * 137.508) % 360;
  return hslToRgb(hue, 0.62, sideOf(id) === 'R' ? 0.42 : 0.64);
});
