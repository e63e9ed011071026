import type { BufferAttribute } from 'three';

/** Unpainted skin: a warm, neutral tone. */
export const SKIN_RGB = [226, 190, 168] as const;
/** Intensity 1 and 10 of the light-to-deep red scale; levels between are interpolated. */
const LIGHT_RED = [247, 178, 165] as const;
const DEEP_RED = [140, 12, 22] as const;

/** The colour of an intensity 0–10 as [r, g, b] bytes; 0 is bare skin. */
export function intensityRgb(intensity: number): readonly [number, number, number] {
  if (intensity <= 0) return SKIN_RGB;
  const t = (Math.min(10, intensity) - 1) / 9;
  return [0, 1, 2].map((c) => Math.round(LIGHT_RED[c]! + (DEEP_RED[c]! - LIGHT_RED[c]!) * t)) as unknown as [number, number, number];
}

/** CSS colour for the same scale (the intensity slider and the marks list use it). */
export function intensityCss(intensity: number): string {
  const [r, g, b] = intensityRgb(intensity);
  return `rgb(${r} ${g} ${b})`;
}

/**
 * three.js treats vertex colours as linear light, while our palette (and CSS) is sRGB; without
 * this conversion the skin renders washed out. Rounded to bytes for a compact attribute.
 */
export function srgbToLinearBytes(rgb: readonly number[]): [number, number, number] {
  return rgb.map((c) => Math.round(srgbToLinear(c / 255) * 255)) as [number, number, number];
}

/** One sRGB channel (0–1) in linear light (0–1), as three.js's colour management converts it. */
export function srgbToLinear(s: number): number {
  return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
}

const TABLE = Array.from({ length: 11 }, (_, level) => srgbToLinearBytes(intensityRgb(level)));

/** Paint colours (linear-light bytes, rgb) for the first `count` vertices of `values`. */
export function paintRgb(values: Uint8Array, count: number): Uint8Array {
  const colors = new Uint8Array(3 * count);
  for (let v = 0; v < count; v++) colors.set(TABLE[values[v]!] ?? TABLE[0]!, 3 * v);
  return colors;
}

/**
 * Writes paint colours for the given vertices (or all) into a normalized Uint8 colour
 * attribute and asks three.js to upload only the range that changed.
 */
export function writePaintColors(attribute: BufferAttribute, values: Uint8Array, vertices: ArrayLike<number> | 'all'): void {
  const colors = attribute.array as Uint8Array;
  let low = Infinity;
  let high = -1;
  const write = (v: number) => {
    const rgb = TABLE[values[v]!]!;
    colors[3 * v] = rgb[0];
    colors[3 * v + 1] = rgb[1];
    colors[3 * v + 2] = rgb[2];
    if (v < low) low = v;
    if (v > high) high = v;
  };
  if (vertices === 'all') {
    for (let v = 0; v < values.length; v++) write(v);
    // No range: three.js uploads the whole attribute.
    attribute.clearUpdateRanges();
    attribute.needsUpdate = true;
    return;
  }
  for (let i = 0; i < vertices.length; i++) write(vertices[i]!);
  if (high < 0) return;
  // Added to any ranges not yet uploaded this frame (three.js merges and then clears them):
  // clearing here would drop the earlier dabs of a frame from the screen.
  attribute.addUpdateRange(3 * low, 3 * (high - low + 1));
  attribute.needsUpdate = true;
}
