import { REGION_IDS, type RegionId } from '../regions/regionIds.ts';

/** The highest intensity on the 0–10 rating scale; 0 means unpainted. */
export const MAX_INTENSITY = 10;

/** A reversible edit of the paint: the vertices it touched, with their values before and after. */
export interface PaintChange {
  readonly vertices: Uint32Array;
  readonly before: Uint8Array;
  readonly after: Uint8Array;
}

/** What the matcher reads for one region: the highest intensity and the painted share of its skin. */
export interface RegionSummary {
  readonly region: RegionId;
  readonly intensity: number;
  /** Painted share of the region's skin area, 0–1. */
  readonly share: number;
}

export interface PaintableBody {
  readonly vertexCount: number;
  readonly regions: Uint8Array;
  readonly areas: Float32Array;
}

const LEVELS = MAX_INTENSITY + 1;

/**
 * Pain intensity per vertex, with a running per-region tally of painted skin area by
 * intensity level, so the region summary stays current in time proportional to the
 * vertices a stroke touches, not to the size of the body.
 */
export class PaintLayer {
  readonly values: Uint8Array;
  private readonly regionArea = new Float64Array(REGION_IDS.length);
  private readonly areaByLevel = new Float64Array(REGION_IDS.length * LEVELS);

  constructor(readonly body: PaintableBody) {
    this.values = new Uint8Array(body.vertexCount);
    for (let v = 0; v < body.vertexCount; v++) {
      this.regionArea[body.regions[v]!]! += body.areas[v]!;
      this.areaByLevel[body.regions[v]! * LEVELS]! += body.areas[v]!;
    }
  }

  private set(vertex: number, value: number): void {
    const old = this.values[vertex]!;
    if (old === value) return;
    const base = this.body.regions[vertex]! * LEVELS;
    const area = this.body.areas[vertex]!;
    this.areaByLevel[base + old]! -= area;
    this.areaByLevel[base + value]! += area;
    this.values[vertex] = value;
  }

  /** Sets the vertices to one value; returns the change, or undefined if nothing changed. */
  paint(vertices: ArrayLike<number>, value: number): PaintChange | undefined {
    const level = Math.round(Math.min(MAX_INTENSITY, Math.max(0, value)));
    const changed: number[] = [];
    const before: number[] = [];
    for (let i = 0; i < vertices.length; i++) {
      const v = vertices[i]!;
      if (this.values[v] === level) continue;
      changed.push(v);
      before.push(this.values[v]!);
      this.set(v, level);
    }
    if (changed.length === 0) return undefined;
    return { vertices: Uint32Array.from(changed), before: Uint8Array.from(before), after: new Uint8Array(changed.length).fill(level) };
  }

  /** Replays a change forwards (redo) or backwards (undo). */
  apply(change: PaintChange, direction: 'forward' | 'backward'): void {
    const values = direction === 'forward' ? change.after : change.before;
    for (let i = 0; i < change.vertices.length; i++) this.set(change.vertices[i]!, values[i]!);
  }

  /** Replaces all values (e.g. a loaded map); returns the change from what was there. */
  replaceAll(values: Uint8Array): PaintChange | undefined {
    const changed: number[] = [];
    for (let v = 0; v < this.values.length; v++) if (this.values[v] !== values[v]) changed.push(v);
    if (changed.length === 0) return undefined;
    const vertices = Uint32Array.from(changed);
    const before = Uint8Array.from(changed, (v) => this.values[v]!);
    const after = Uint8Array.from(changed, (v) => values[v]!);
    for (const v of changed) this.set(v, values[v]!);
    return { vertices, before, after };
  }

  /** Vertices of one region. */
  verticesOf(regionIndex: number): Uint32Array {
    const out: number[] = [];
    for (let v = 0; v < this.body.vertexCount; v++) if (this.body.regions[v] === regionIndex) out.push(v);
    return Uint32Array.from(out);
  }

  /** Marked regions in REGION_IDS order with their highest intensity and painted share. */
  summary(): RegionSummary[] {
    const out: RegionSummary[] = [];
    for (let r = 0; r < REGION_IDS.length; r++) {
      const total = this.regionArea[r]!;
      if (total <= 0) continue;
      let painted = 0;
      let highest = 0;
      for (let level = 1; level < LEVELS; level++) {
        // Sums of floats drift; anything under a square millimetre is leftover, not paint.
        if (this.areaByLevel[r * LEVELS + level]! > 1e-6) {
          painted += this.areaByLevel[r * LEVELS + level]!;
          highest = level;
        }
      }
      if (highest > 0) out.push({ region: REGION_IDS[r]!, intensity: highest, share: Math.min(1, painted / total) });
    }
    return out;
  }
}

/**
 * The dabs of one stroke as one undoable change. Keeps each vertex's value from before its first
 * dab, so adding a dab costs its own size, not the size of the stroke so far.
 */
export class StrokeRecord {
  private readonly before = new Map<number, number>();

  add(change: PaintChange): void {
    for (let i = 0; i < change.vertices.length; i++) {
      const v = change.vertices[i]!;
      if (!this.before.has(v)) this.before.set(v, change.before[i]!);
    }
  }

  /** The whole stroke against the values it left; undefined if in the end it changed nothing. */
  finish(values: Uint8Array): PaintChange | undefined {
    const vertices = Uint32Array.from([...this.before.keys()].filter((v) => values[v] !== this.before.get(v)));
    if (vertices.length === 0) return undefined;
    return { vertices, before: Uint8Array.from(vertices, (v) => this.before.get(v)!), after: Uint8Array.from(vertices, (v) => values[v]!) };
  }
}
