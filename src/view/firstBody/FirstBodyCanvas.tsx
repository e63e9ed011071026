import { useEffect, useRef } from 'react';
import type { BodyPreview } from '../../core/mesh/bodyMesh.ts';
import { appStore, type CameraRequest } from '../../store/appStore.ts';
import { useApp } from '../../store/useApp.ts';
import { markFirstBodyFrame } from '../scene/frameProbe.ts';
import { canvasPixelRatio, wantsAntialias } from '../scene/webglSupport.ts';
import { createFirstBodyPainter, type FirstBodyPainter } from './firstBodyPainter.ts';
import { presetPose } from './viewMath.ts';

/** The first frame shows the preset views; a point to face or a reset waits for the 3D view (front until then). */
const poseFor = (request: CameraRequest) => presetPose(request.kind === 'preset' ? request.preset : 'front');

interface Props {
  /** The body is on screen, or no first frame can be drawn here: either way the 3D view can load now. */
  readonly onDone: () => void;
}

/**
 * The body's first frame, drawn as soon as the body worker sends its preview, over the place the
 * 3D view will take (firstBodyPainter.ts says why it is not three.js). It follows the view
 * buttons until the 3D view has drawn the full body, then goes.
 */
export function FirstBodyCanvas({ onDone }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const painter = useRef<{ preview: BodyPreview; painter: FirstBodyPainter | null } | null>(null);
  const preview = useApp((s) => (s.body.status === 'loading' ? (s.body.preview ?? null) : null));
  const camera = useApp((s) => s.camera);

  // The preview arrives once; the painter keeps it to redraw after the store has moved on to the full body.
  useEffect(() => {
    if (!preview || painter.current) return;
    const made = createFirstBodyPainter(canvasRef.current!, preview, { pixelRatio: canvasPixelRatio(), antialias: wantsAntialias() });
    painter.current = { preview, painter: made };
    if (!made) return onDone();
    made.draw(poseFor(appStore.getState().camera));
    markFirstBodyFrame();
    onDone();
  }, [preview, onDone]);

  // A view button pressed before the 3D view is ready turns the first frame too.
  useEffect(() => painter.current?.painter?.draw(poseFor(camera)), [camera]);

  useEffect(() => {
    const canvas = canvasRef.current!;
    const observer = new ResizeObserver(() => painter.current?.painter?.draw(poseFor(appStore.getState().camera)));
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      painter.current?.painter?.dispose();
    };
  }, []);

  return <canvas ref={canvasRef} className="first-body" aria-hidden="true" />;
}
