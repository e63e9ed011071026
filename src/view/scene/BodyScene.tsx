import { useFrame, type RootState } from '@react-three/fiber';
import { useCallback } from 'react';
import { useComparedPair } from '../../store/historyStore.ts';
import { useApp } from '../../store/useApp.ts';
import { BodyModel } from './BodyModel.tsx';
import { CameraRig } from './CameraRig.tsx';
import { CompareBodies } from './CompareBodies.tsx';
import { BODY_TARGET, FIELD_OF_VIEW, VIEW_DISTANCE } from './cameraViews.ts';
import { countFrame, liveView } from './frameProbe.ts';
import { Lights } from './Lights.tsx';
import { SceneCanvas } from './SceneCanvas.tsx';
import { TrpMarkers } from './TrpMarkers.tsx';
import { WarmUpBodyShader } from './WarmUpBodyShader.tsx';

const CAMERA = { fov: FIELD_OF_VIEW, near: 0.05, far: 20, position: [BODY_TARGET[0], BODY_TARGET[1], VIEW_DISTANCE] as [number, number, number] };

function FrameCounter() {
  useFrame(countFrame);
  return null;
}

/**
 * The 3D scene, loaded lazily so the first paint needs no three.js. Renders on demand:
 * an idle body draws no frames.
 */
export default function BodyScene({ onContextLost, onFailed }: { readonly onContextLost: () => void; readonly onFailed: () => void }) {
  const body = useApp((s) => (s.body.status === 'ready' ? s.body.mesh : null));
  // Two saved maps being compared take the body's place (and nothing can be painted) until the comparison closes.
  const compared = useComparedPair();
  const onCreated = useCallback(
    ({ gl, camera }: RootState) => {
      liveView.camera = camera;
      liveView.canvas = gl.domElement;
      gl.domElement.addEventListener('webglcontextlost', (event) => {
        event.preventDefault();
        onContextLost();
      });
    },
    [onContextLost],
  );
  return (
    <SceneCanvas camera={CAMERA} onCreated={onCreated} onFailed={onFailed}>
      <FrameCounter />
      <Lights />
      <CameraRig />
      <WarmUpBodyShader />
      {body && (compared ? <CompareBodies body={body} pair={compared} /> : <BodyModel body={body} />)}
      <TrpMarkers />
    </SceneCanvas>
  );
}
