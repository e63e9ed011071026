import { Canvas, useFrame } from '@react-three/fiber';
import { useApp } from '../../store/useApp.ts';
import { BodyModel } from './BodyModel.tsx';
import { CameraRig } from './CameraRig.tsx';
import { BODY_TARGET, FIELD_OF_VIEW, VIEW_DISTANCE } from './cameraViews.ts';
import { countFrame, liveView } from './frameProbe.ts';
import { Lights } from './Lights.tsx';
import { TrpMarkers } from './TrpMarkers.tsx';

function FrameCounter() {
  useFrame(countFrame);
  return null;
}

/**
 * The 3D scene, loaded lazily so the first paint needs no three.js. Renders on demand:
 * an idle body draws no frames.
 */
export default function BodyScene({ onContextLost }: { readonly onContextLost: () => void }) {
  const body = useApp((s) => (s.body.status === 'ready' ? s.body.mesh : null));
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: FIELD_OF_VIEW, near: 0.05, far: 20, position: [BODY_TARGET[0], BODY_TARGET[1], VIEW_DISTANCE] }}
      gl={{ antialias: true, powerPreference: 'low-power' }}
      onCreated={({ gl, camera }) => {
        liveView.camera = camera;
        liveView.canvas = gl.domElement;
        gl.domElement.addEventListener('webglcontextlost', (event) => {
          event.preventDefault();
          onContextLost();
        });
      }}
      aria-hidden="true"
    >
      <FrameCounter />
      <Lights />
      <CameraRig />
      {body && <BodyModel body={body} />}
      <TrpMarkers />
    </Canvas>
  );
}
