/**
 * Whether the camera is moving. While it moves the view draws the body's coarse triangles (a
 * quarter as many), which halves the cost of a frame in software rendering; once it has been
 * still for a moment the full body is drawn again. Frames are drawn only on demand, so the
 * settle timer asks for the one frame that brings the detail back.
 */
const SETTLE_MS = 160;

let moving = false;
let settleTimer: ReturnType<typeof setTimeout> | undefined;

export function cameraMoving(): boolean {
  return moving;
}

/** The camera moved this frame; `redraw` is called once it has settled. */
export function noteCameraMoved(redraw: () => void): void {
  moving = true;
  clearTimeout(settleTimer);
  settleTimer = setTimeout(() => {
    moving = false;
    redraw();
  }, SETTLE_MS);
}
