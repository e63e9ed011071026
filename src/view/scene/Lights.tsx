import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { Camera, DirectionalLight, Object3D } from 'three';
import { FILL_INTENSITY, GROUND_COLOR, KEY_INTENSITY, KEY_OFFSET, KEY_TARGET, SKY_COLOR } from './lighting.ts';

/**
 * Soft clinical light (lighting.ts): a sky/ground fill plus a key light that follows the camera.
 *
 * The key light is placed just before each render, from the very camera that render uses: placed
 * in a frame callback it could lag a frame behind the camera, and a turn to the back that ended on
 * such a frame left the back lit from the front, dark until something else redrew the scene.
 */
export function Lights() {
  const key = useRef<DirectionalLight>(null);
  const get = useThree((s) => s.get);
  useEffect(() => {
    const { scene } = get();
    const previous = scene.onBeforeRender;
    scene.onBeforeRender = (...args) => {
      previous.apply(scene, args);
      const light = key.current;
      if (light) followCamera(light, args[2]);
    };
    return () => {
      scene.onBeforeRender = previous;
    };
  }, [get]);
  return (
    <>
      <hemisphereLight args={[SKY_COLOR, GROUND_COLOR, FILL_INTENSITY]} />
      <directionalLight ref={key} intensity={KEY_INTENSITY} />
    </>
  );
}

function followCamera(light: DirectionalLight, camera: Camera): void {
  light.position
    .set(...KEY_OFFSET)
    .applyQuaternion(camera.quaternion)
    .add(camera.position);
  light.target.position.set(...KEY_TARGET);
  updateNow(light);
  updateNow(light.target);
}

/** The scene's matrices were brought up to date before this callback; these two moved since. */
function updateNow(object: Object3D): void {
  object.updateMatrixWorld(true);
}
