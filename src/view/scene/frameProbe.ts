import type { Camera } from 'three';

/**
 * Timing marks the benchmark and browser tests read: the first frame with the body drawn (its
 * preview), the first with the full body, a
 * count of rendered frames (an idle body renders none) and the times of the latest frames.
 */
let bodyDrawn = false;
let fullBodyDrawn = false;
const RECENT = 256;
export const frameStats = { frames: 0, times: new Float64Array(RECENT), lastBody: 'none' as 'none' | 'light' | 'full' };

/** The first frame with any body on screen: the preview, or the full body if it came first. */
export function markFirstBodyFrame(): void {
  if (bodyDrawn) return;
  bodyDrawn = true;
  performance.mark('painmap:first-body-frame');
}

const fullBodyListeners = new Set<() => void>();

/** The first frame with the full-detail body, ready to mark on. */
export function markFullBodyFrame(): void {
  markFirstBodyFrame();
  if (fullBodyDrawn) return;
  fullBodyDrawn = true;
  performance.mark('painmap:full-body-frame');
  for (const listener of fullBodyListeners) listener();
  fullBodyListeners.clear();
}

/** Calls `listener` once the full body has been drawn (at once if it has); returns a way to stop waiting. */
export function whenFullBodyDrawn(listener: () => void): () => void {
  if (fullBodyDrawn) {
    listener();
    return () => {};
  }
  fullBodyListeners.add(listener);
  return () => fullBodyListeners.delete(listener);
}

export function countFrame(): void {
  frameStats.times[frameStats.frames % RECENT] = performance.now();
  frameStats.frames++;
}

/** The start times of rendered frames since frame number `from` (at most the latest 256). */
export function frameTimesSince(from: number): number[] {
  const times: number[] = [];
  for (let f = Math.max(from, frameStats.frames - RECENT); f < frameStats.frames; f++) times.push(frameStats.times[f % RECENT]!);
  return times;
}

/** The live camera and canvas, and a way to turn the view, so tests and the benchmark can drive it. */
export const liveView: {
  camera: Camera | null;
  canvas: HTMLCanvasElement | null;
  turn: ((radians: number) => void) | null;
  /** A PNG data URL of the map from a preset view (for the report), or null without a 3D view. */
  snapshot: ((view: 'front' | 'back' | 'left' | 'right', width: number, height: number) => string) | null;
} = {
  camera: null,
  canvas: null,
  turn: null,
  snapshot: null,
};
