import type { ChartPoint } from './surfaceChart.ts';

/**
 * Signed distance from a point to a closed outline: negative inside, positive outside, in
 * metres when `scale` is the metres per unit of u near the point (v is already metres).
 * Inside is decided by the even–odd rule, so an outline may be given in either direction.
 */
export function signedDistance(outline: readonly ChartPoint[], u: number, v: number, scale: number): number {
  let nearest = Infinity;
  let inside = false;
  for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
    const [au, av] = outline[j]!;
    const [bu, bv] = outline[i]!;
    if (bv > v !== av > v && u < au + ((v - av) * (bu - au)) / (bv - av)) inside = !inside;
    const du = (bu - au) * scale;
    const dv = bv - av;
    const lengthSquared = du * du + dv * dv;
    const pu = (u - au) * scale;
    const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, (pu * du + (v - av) * dv) / lengthSquared));
    nearest = Math.min(nearest, Math.hypot(pu - du * t, v - (av + dv * t)));
  }
  return inside ? -nearest : nearest;
}

/**
 * Tint weight from a signed distance: 1 well inside, 0 well outside, fading smoothly over
 * `feather` metres centred on the outline, so 0.5 falls exactly on it.
 */
export function softEdge(distance: number, feather: number): number {
  const t = Math.min(1, Math.max(0, 0.5 - distance / feather));
  return t * t * (3 - 2 * t);
}
