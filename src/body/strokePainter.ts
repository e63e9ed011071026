import type { BodyMesh } from '../core/mesh/bodyMesh.ts';
import { BRUSH_RADIUS, verticesUnderBrush, type BrushSize } from '../core/paint/brush.ts';
import type { BodyHit } from './bodyPicker.ts';

/** Picks the body at a point in normalized device coordinates. */
export type Picker = (ndcX: number, ndcY: number) => BodyHit | null;

/**
 * Turns pointer positions into brush dabs along the skin. Between two pointer events the
 * path is sampled in screen space so that a fast stroke leaves no gaps.
 */
export class StrokePainter {
  private readonly scratch: Uint32Array;
  private stamp = 0;
  private last: { ndcX: number; ndcY: number } | null = null;

  constructor(
    private readonly body: BodyMesh,
    private readonly pick: Picker,
    private readonly paint: (vertices: number[]) => void,
  ) {
    this.scratch = new Uint32Array(body.vertexCount);
  }

  /** Starts a stroke; returns false when the pointer is not on the body. */
  start(ndcX: number, ndcY: number, size: BrushSize): boolean {
    const hit = this.pick(ndcX, ndcY);
    this.last = hit ? { ndcX, ndcY } : null;
    if (hit) this.paint(this.dabAt(hit, size));
    return hit !== null;
  }

  /** Continues the stroke to a new pointer position. `pixelsPerNdc` is half the viewport's height in pixels. */
  move(ndcX: number, ndcY: number, size: BrushSize, pixelsPerNdc: number): void {
    const from = this.last;
    this.last = { ndcX, ndcY };
    if (!from) {
      const hit = this.pick(ndcX, ndcY);
      if (hit) this.paint(this.dabAt(hit, size));
      return;
    }
    const pixels = Math.hypot(ndcX - from.ndcX, ndcY - from.ndcY) * pixelsPerNdc;
    // About one dab per 6 px of travel, at most 24 per event, painted together: one store
    // update per pointer event however many dabs it takes.
    const steps = Math.min(24, Math.max(1, Math.ceil(pixels / 6)));
    const vertices: number[] = [];
    for (let s = 1; s <= steps; s++) {
      const t = s / steps;
      const hit = this.pick(from.ndcX + (ndcX - from.ndcX) * t, from.ndcY + (ndcY - from.ndcY) * t);
      if (hit) for (const v of this.dabAt(hit, size)) vertices.push(v);
    }
    if (vertices.length > 0) this.paint(vertices);
  }

  end(): void {
    this.last = null;
  }

  /** The vertices under the brush at a hit. */
  private dabAt(hit: BodyHit, size: BrushSize): number[] {
    this.stamp = (this.stamp + 1) >>> 0 || 1;
    if (this.stamp === 1) this.scratch.fill(0);
    return verticesUnderBrush(this.body, hit.corners, hit, BRUSH_RADIUS[size], this.scratch, this.stamp);
  }
}
