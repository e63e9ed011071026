import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import type { DirectionalLight } from 'three';

/**
 * Soft clinical light: a sky/ground fill plus a key light that follows the camera from
 * above its left shoulder, so the side being looked at is always lit.
 */
export function Lights() {
  const key = useRef<DirectionalLight>(null);
  const camera = useThree((s) => s.camera);
  useFrame(() => {
    const light = key.current;
    if (!light) return;
    light.position.set(-0.6, 1.2, 1).applyQuaternion(camera.quaternion).add(camera.position);
    light.target.position.set(0, 0.92, 0);
    light.target.updateMatrixWorld();
  });
  return (
    <>
      <hemisphereLight args={['#ffffff', '#b9a89c', 1.35]} />
      <directionalLight ref={key} intensity={1.7} />
    </>
  );
}
