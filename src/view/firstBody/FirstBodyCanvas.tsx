import { useLayoutEffect, useRef } from 'react';
import { offerFirstFrameCanvas } from './firstFrameTarget.ts';

/**
 * Where the body's first frame appears: a canvas over the 3D view's place that the body worker
 * draws on (firstBodyPainter.ts says how, and why not with three.js). Offered from the first
 * paint; BodyViewport removes it once the 3D view has drawn the full body.
 */
export function FirstBodyCanvas() {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    offerFirstFrameCanvas(canvasRef.current);
    return () => offerFirstFrameCanvas(null);
  }, []);
  return <canvas ref={canvasRef} className="first-body" aria-hidden="true" />;
}
