import { appStore, type AppState } from '../store/appStore.ts';
import { frameStats, frameTimesSince, liveView } from './scene/frameProbe.ts';
import { cameraMoving } from './scene/motion.ts';

function transform(m: ArrayLike<number>, x: number, y: number, z: number): [number, number, number, number] {
  return [
    m[0]! * x + m[4]! * y + m[8]! * z + m[12]!,
    m[1]! * x + m[5]! * y + m[9]! * z + m[13]!,
    m[2]! * x + m[6]! * y + m[10]! * z + m[14]!,
    m[3]! * x + m[7]! * y + m[11]! * z + m[15]!,
  ];
}

export const TEST_HANDLE_MARK = 'painmap test handle installed';

/** What the page exposes as window.painmap, for browser tests and the benchmark. */
export interface DebugHandle {
  state(): AppState;
  frames(): number;
  /** True while the camera moves and for a moment after (the light body is drawn then). */
  moving(): boolean;
  /** Which body the latest frame drew: the light one while turning, the full one at rest. */
  lastBody(): 'none' | 'light' | 'full';
  project(x: number, y: number, z: number): { x: number; y: number } | null;
  /** Turns the body a little every animation frame for `frames` frames; resolves with the times between rendered frames, ms. */
  spin(frames: number): Promise<number[]>;
}

declare global {
  interface Window {
    painmap: DebugHandle;
  }
}

/**
 * A read-only window onto app state for the browser tests and the benchmark, which wait on
 * state, never on time. Holds nothing the page does not already show. Plain matrix maths
 * here keeps three.js out of the first-paint bundle.
 */
export function installDebugHandle(): void {
  const handle: DebugHandle = {
    state: () => appStore.getState(),
    frames: () => frameStats.frames,
    moving: cameraMoving,
    lastBody: () => frameStats.lastBody,
    /** Where a point of the body (model frame, metres) is on screen, in client pixels. */
    project: (x: number, y: number, z: number) => {
      const { camera, canvas } = liveView;
      if (!camera || !canvas) return null;
      camera.updateMatrixWorld();
      const [vx, vy, vz] = transform(camera.matrixWorldInverse.elements, x, y, z);
      const [cx, cy, , cw] = transform(camera.projectionMatrix.elements, vx, vy, vz);
      const rect = canvas.getBoundingClientRect();
      return { x: rect.left + ((cx / cw + 1) / 2) * rect.width, y: rect.top + ((1 - cy / cw) / 2) * rect.height };
    },
    spin: (frames) =>
      new Promise((resolve) => {
        const start = frameStats.frames;
        let left = frames;
        const step = () => {
          liveView.turn?.(0.03);
          if (--left > 0) requestAnimationFrame(step);
          else
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const times = frameTimesSince(start);
                resolve(times.slice(1).map((t, i) => t - times[i]!));
              }),
            );
        };
        requestAnimationFrame(step);
      }),
  };
  Object.defineProperty(window, 'painmap', { value: Object.freeze(handle) });
  // scripts/check-budgets.ts looks for this text to prove production builds leave the handle out.
  console.debug(TEST_HANDLE_MARK);
}
