import type { FirstFrame } from '../../store/loadBody.ts';
import { appStore } from '../../store/appStore.ts';
import { markFirstBodyFrame, whenFullBodyDrawn } from '../scene/frameProbe.ts';
import { canvasPixelRatio, wantsAntialias, webglSupport } from '../scene/webglSupport.ts';
import { presetPose } from './viewMath.ts';

/** The canvas FirstBodyCanvas put where the body will be, until the body worker takes it. */
let offered: HTMLCanvasElement | null = null;

export function offerFirstFrameCanvas(canvas: HTMLCanvasElement | null): void {
  offered = canvas;
}

/**
 * Hands the offered canvas to the body worker (once), sized and with the camera the 3D view will
 * start from. Null where there is none, no WebGL, or a browser that cannot draw on a canvas from a
 * worker: the 3D view then draws the body itself.
 */
export function takeFirstFrame(): FirstFrame | null {
  const canvas = offered;
  offered = null;
  if (!canvas || !('transferControlToOffscreen' in canvas) || !webglSupport().available) return null;
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
