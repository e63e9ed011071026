import type { FirstFrame } from '../../store/loadBody.ts';
import { appStore } from '../../store/appStore.ts';
import { markFirstBodyFrame, whenFullBodyDrawn } from '../scene/frameProbe.ts';
import { canvasPixelRatio, wantsAntialias, webglSupport } from '../scene/webglSupport.ts';
import { presetPose } from './viewMath.ts';

let settle: ((frame: FirstFrame | null) => void) | null = null;

/**
 * The canvas for the body's first frame, once FirstBodyCanvas offers it at the first render. It
 * may never come (no WebGL, a page without the body): loadBody stops waiting once the model is in.
 */
export function firstFrameCanvas(): Promise<FirstFrame | null> {
  return new Promise((resolve) => (settle = resolve));
}

function give(frame: FirstFrame | null): void {
  settle?.(frame);
  settle = null;
}

/** FirstBodyCanvas's canvas, as soon as it is laid out (too late once the body is built: the 3D view draws it then). */
export function offerFirstFrameCanvas(canvas: HTMLCanvasElement): void {
  if (settle) give(appStore.getState().body.status === 'loading' ? frameFor(canvas) : null);
}

/**
 * Hands the canvas over (for the body worker), sized and with the camera the 3D view will start
 * from. Null where there is no WebGL or a browser that cannot draw on a canvas from a worker:
 * the 3D view then draws the body itself.
 */
function frameFor(canvas: HTMLCanvasElement): FirstFrame | null {
  if (!('transferControlToOffscreen' in canvas) || !webglSupport().available) return null;
  const ratio = canvasPixelRatio();
  const width = Math.round(canvas.clientWidth * ratio);
  const height = Math.round(canvas.clientHeight * ratio);
  if (width === 0 || height === 0) return null;
  const request = appStore.getState().camera;
  // The mark the benchmark and tests read, set as the worker's word arrives.
  const stop = appStore.subscribe(({ body }) => {
    if (body.status === 'loading' && body.firstFrame === undefined) return;
    stop();
    if (body.status === 'loading' && body.firstFrame === 'drawn') markFirstBodyFrame();
  });
  return {
    request: {
      canvas: canvas.transferControlToOffscreen(),
      width,
      height,
      antialias: wantsAntialias(),
      pose: presetPose(request.kind === 'preset' ? request.preset : 'front'),
    },
    shownUntil: new Promise((resolve) => whenFullBodyDrawn(resolve)),
  };
}
