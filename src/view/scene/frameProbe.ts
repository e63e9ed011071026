/**
 * Timing marks the benchmark and browser tests read: the first frame with the body drawn,
 * and a count of rendered frames (an idle body renders none).
 */
let bodyDrawn = false;
export const frameStats = { frames: 0 };

export function markFirstBodyFrame(): void {
  if (bodyDrawn) return;
  bodyDrawn = true;
  performance.mark('painmap:first-body-frame');
}

export function countFrame(): void {
  frameStats.frames++;
}

/** The live camera and canvas, so tests can find where a point of the body is on screen. */
export const liveView: { camera: import('three').Camera | null; canvas: HTMLCanvasElement | null } = { camera: null, canvas: null };
