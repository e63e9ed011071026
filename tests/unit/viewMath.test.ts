import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { VIEW_DISTANCE } from '../../src/view/scene/cameraViews.ts';
import { lookAt, perspective, presetPose } from '../../src/view/firstBody/viewMath.ts';

/**
 * The first frame (drawn without three.js) must put the body where three.js's camera will: the
 * same projection and view for every preset view and screen shape.
 */
describe('the first frame camera', () => {
  for (const preset of ['front', 'back', 'left', 'right'] as const)
    for (const aspect of [390 / 600, 860 / 736])
      it(`matches three.js's camera in the ${preset} view at aspect ${aspect.toFixed(2)}`, () => {
        const pose = presetPose(preset);
        const camera = new PerspectiveCamera(pose.fov, aspect, pose.near, pose.far);
        camera.position.set(...pose.eye);
        camera.lookAt(new Vector3(...pose.target));
        camera.updateMatrixWorld();
        const ours = lookAt(pose.eye, pose.target).matrix;
        const projection = perspective(pose.fov, aspect, pose.near, pose.far);
        camera.matrixWorldInverse.elements.forEach((value, i) => expect(ours[i]).toBeCloseTo(value, 5));
        camera.projectionMatrix.elements.forEach((value, i) => expect(projection[i]).toBeCloseTo(value, 5));
      });

  it('puts the camera at the viewing distance from the middle of the pelvis, behind it for the back view', () => {
    const { eye, target } = presetPose('back');
    expect(Math.hypot(eye[0] - target[0], eye[1] - target[1], eye[2] - target[2])).toBeCloseTo(VIEW_DISTANCE, 5);
    expect(eye[2]).toBeLessThan(target[2]);
  });
});
