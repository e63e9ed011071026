import { interpolateRow as interpolate, legAngle, torsoAngle } from '../atlas/bodyFrame.ts';
import { crestY, isArm } from '../atlas/classifyPoint.ts';
import { CROTCH_Y, LEG_AXIS, TORSO_SECTIONS } from '../atlas/landmarks.ts';

/**
 * A flat chart of the body's surface, for drawing muscles on it the way a surface-anatomy
 * text does: by landmarks. Two kinds of chart, split at the crotch like the region atlas:
 *
 * - torso: u = angle around the torso in degrees (0 back midline, 90 side, 180 front
 *   midline), going round the patient's LEFT side and continuing past both midlines
 *   (negative just across the back one, above 180 just across the front one); v = height y;
 * - leg: u = angle around the left thigh (0 front, 90 outer side, 180 back, 270 inner side
 *   seen from behind, negative toward the inner side from the front); v = height y.
 *
 * Angles keep both midlines straight lines of the chart. For soft edges measured in skin
 * centimetres, each placed point also carries the metres per degree of u at its height.
 * Everything is written for the patient's left; the right side mirrors x first.
 */
export type ChartKind = 'torso' | 'leg';
export type ChartPoint = readonly [u: number, v: number];

/** A quarter of an ellipse's perimeter (Ramanujan). */
function quarterPerimeter(a: number, b: number): number {
  return (Math.PI / 4) * (3 * (a + b) - Math.sqrt((3 * a + b) * (a + 3 * b)));
}

/** Skin distance from the back midline to the side, and from the side to the front midline. */
function torsoQuarters(y: number): { back: number; front: number } {
  const halfWidth = interpolate(TORSO_SECTIONS, y, 1);
  const backZ = interpolate(TORSO_SECTIONS, y, 2);
  const frontZ = interpolate(TORSO_SECTIONS, y, 3);
  const sideZ = interpolate(TORSO_SECTIONS, y, 4);
  return { back: quarterPerimeter(halfWidth, sideZ - backZ), front: quarterPerimeter(halfWidth, frontZ - sideZ) };
}

/** Metres of skin per degree around the torso at a height, on the back or the front half. */
function torsoScale(angle: number, y: number): number {
  const q = torsoQuarters(y);
  const inBackHalf = angle <= 90 || angle > 270;
  return (inBackHalf ? q.back : q.front) / 90;
}

/** Radius of the thigh by height, measured on the body's slices (≈ half its width and depth). */
const THIGH_RADIUS: ReadonlyArray<readonly [number, number]> = [
  [0.5, 0.055],
  [0.55, 0.06],
  [0.65, 0.074],
  [0.7, 0.079],
  [0.75, 0.082],
  [0.8, 0.085],
];

/** Metres of skin per degree around the thigh at a height. */
function legScale(y: number): number {
  return (Math.PI * interpolate(THIGH_RADIUS, y, 1)) / 180;
}

const DEGREES = 180 / Math.PI;

function halfWidthAt(y: number): number {
  return interpolate(TORSO_SECTIONS, y, 1);
}

// ---- Building outlines from landmarks (left side) ----

/** A point at an angle around the torso (0 back midline, 90 side, 180 front midline). */
export function aroundTorso(angle: number, y: number): ChartPoint {
  return [angle, y];
}

/** A point on the back, `x` metres out from the midline (negative: across it). */
export function onBack(x: number, y: number): ChartPoint {
  return aroundTorso(Math.asin(Math.max(-1, Math.min(1, x / halfWidthAt(y)))) * DEGREES, y);
}

/** A point on the front, `x` metres out from the midline (negative: across it). */
export function onFront(x: number, y: number): ChartPoint {
  return aroundTorso(180 - Math.asin(Math.max(-1, Math.min(1, x / halfWidthAt(y)))) * DEGREES, y);
}

/** A point on the iliac crest line at an angle around the torso, `dy` above (+) or below (−) it. */
export function onCrest(angle: number, dy = 0): ChartPoint {
  const y = crestY(angle) + dy;
  return aroundTorso(angle, y);
}

/** A point at an angle around the left thigh (0 front, 90 outer side, 180 back, 270 inner side from behind). */
export function aroundThigh(angle: number, y: number): ChartPoint {
  return [angle, y];
}

// ---- Placing a vertex in a chart ----

export interface ChartPlace {
  readonly kind: ChartKind;
  readonly u: number;
  readonly v: number;
  /** Metres of skin per unit of u here. */
  readonly scale: number;
}

/**
 * Where in the LEFT-side chart a surface point falls, or null where no chart applies (the
 * arms, as the region atlas has them; the inner surfaces between the legs; the right leg).
 */
export function placeOnLeftChart(x: number, y: number, z: number): ChartPlace | null {
  const ax = Math.abs(x);
  if (y < CROTCH_Y) {
    if (x <= 0) return null;
    const centreX = interpolate(LEG_AXIS, y, 1);
    const centreZ = interpolate(LEG_AXIS, y, 2);
    // Hands hanging beside the thigh are not thigh.
    if (Math.hypot(x - centreX, z - centreZ) > 0.13) return null;
    let angle = legAngle(ax, y, z);
    if (angle < -90) angle += 360;
    return { kind: 'leg', u: angle, v: y, scale: legScale(y) };
  }
  if (isArm(ax, y)) return null;
  const halfWidth = halfWidthAt(y);
  const backZ = interpolate(TORSO_SECTIONS, y, 2);
  const frontZ = interpolate(TORSO_SECTIONS, y, 3);
  const sideZ = interpolate(TORSO_SECTIONS, y, 4);
  const depth = z < sideZ ? (sideZ - z) / (sideZ - backZ) : (z - sideZ) / (frontZ - sideZ);
  // Far inside the torso's section: the skin between the thighs, which no footprint reaches.
  if (Math.hypot(ax / halfWidth, depth) < 0.45) return null;
  const angle = torsoAngle(ax, y, z);
  const scale = torsoScale(angle, y);
  if (x >= 0) return { kind: 'torso', u: angle, v: y, scale };
  // Across a midline: continue the left chart past it, so bands on the midline stay whole.
  return { kind: 'torso', u: angle <= 90 ? -angle : 360 - angle, v: y, scale };
}
