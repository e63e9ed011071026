import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { DirectionalLight, PerspectiveCamera, Vector2, Vector3 } from 'three';
import type { ViewPreset } from '../../store/appStore.ts';
import { FIELD_OF_VIEW, PRESET_DIRECTIONS } from './cameraViews.ts';
import { liveView } from './frameProbe.ts';

/** The report's pictures frame the whole body, feet to head: pain below the knee matters too. */
const REPORT_TARGET = new Vector3(0, 0.84, 0.02);
const REPORT_DISTANCE = 3.7;

/**
 * Lets the report take pictures of the map from a preset view, drawn off to the side of the
 * person's own view: the canvas is resized, drawn once from the report's camera, read, and
 * put back. Trigger-point markers are hidden for the picture.
 */
export function useSnapshots(): void {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    liveView.snapshot = (view: ViewPreset, width: number, height: number) => {
      const camera = new PerspectiveCamera(FIELD_OF_VIEW, width / height, 0.05, 20);
      camera.position
        .set(...PRESET_DIRECTIONS[view])
        .normalize()
        .multiplyScalar(REPORT_DISTANCE)
        .add(REPORT_TARGET);
      camera.lookAt(REPORT_TARGET);
      camera.updateMatrixWorld();
      const light = scene.getObjectByProperty('isDirectionalLight', true) as DirectionalLight | undefined;
      const lightPosition = light?.position.clone();
      light?.position.set(-0.6, 1.2, 1).applyQuaternion(camera.quaternion).add(camera.position);
      const markers = scene.getObjectByName('trp-markers');
      if (markers) markers.visible = false;

      const size = gl.getSize(new Vector2());
      const ratio = gl.getPixelRatio();
      gl.setPixelRatio(1);
      gl.setSize(width, height, false);
      gl.render(scene, camera);
      const url = gl.domElement.toDataURL('image/png');
      gl.setPixelRatio(ratio);
      gl.setSize(size.x, size.y, false);

      if (markers) markers.visible = true;
      if (light && lightPosition) light.position.copy(lightPosition);
      invalidate();
      return url;
    };
    return () => {
      liveView.snapshot = null;
    };
  }, [gl, scene, invalidate]);
}
