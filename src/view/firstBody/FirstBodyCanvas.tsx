import { useLayoutEffect, useRef } from 'react';
import { offerFirstFrameCanvas } from './firstFrameTarget.ts';

/**
 * Where the body's first frame appears: a canvas over the 3D view's place that the body worker
 * draws on (firstBodyPainter.ts says how, and why not with three.js). Offered as soon as it is
 * laid out; BodyViewport removes it once the 3D view has drawn the full body.
 */
export function FirstBodyCanvas() {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => offerFirstFrameCanvas(canvasRef.current!), []);
  return <canvas ref={canvasRef} className="first-body" aria-hidden="true" />;
}
