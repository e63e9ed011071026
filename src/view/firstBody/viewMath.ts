import type { ViewPreset } from '../../store/appStore.ts';
import { BODY_TARGET, FIELD_OF_VIEW, PRESET_DIRECTIONS, VIEW_DISTANCE } from '../scene/cameraViews.ts';

export type Vec3 = readonly [number, number, number];

/** Where the camera is and what it looks at, as three.js's camera and OrbitRig set it up. */
export interface CameraPose {
  readonly eye: Vec3;
  readonly target: Vec3;
  /** Vertical field of view, degrees. */
  readonly fov: number;
  readonly near: number;
  readonly far: number;
}

/** The pose the 3D view starts in for a preset view (CameraRig.tsx: the target, then the direction at VIEW_DISTANCE). */
export function presetPose(preset: ViewPreset): CameraPose {
  const direction = PRESET_DIRECTIONS[preset];
  const scale = VIEW_DISTANCE / Math.hypot(...direction);
  const eye = BODY_TARGET.map((t, i) => t + direction[i]! * scale) as unknown as Vec3;
  return { eye, target: BODY_TARGET, fov: FIELD_OF_VIEW, near: 0.05, far: 20 };
}

/** A column-major perspective projection, as three.js's PerspectiveCamera makes it. */
export function perspective(fovDegrees: number, aspect: number, near: number, far: number): Float32Array {
  const f = 1 / Math.tan((fovDegrees * Math.PI) / 360);
  // prettier-ignore
  return new Float32Array([
    f / aspect, 0, 0, 0,
    0, f, 0, 0,
    0, 0, (far + near) / (near - far), -1,
    0, 0, (2 * far * near) / (near - far), 0,
  ]);
}

const normalize = (v: readonly number[]): Vec3 => {
  const length = Math.hypot(...v);
  return [v[0]! / length, v[1]! / length, v[2]! / length];
};
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** The view matrix of a camera at `eye` looking at `target` with +Y up, and the camera's right, up and back axes. */
export function lookAt(eye: Vec3, target: Vec3): { matrix: Float32Array; axes: readonly [Vec3, Vec3, Vec3] } {
  const back = normalize(eye.map((e, i) => e - target[i]!));
  const right = normalize(cross([0, 1, 0], back));
  const up = cross(back, right);
  // prettier-ignore
  const matrix = new Float32Array([
    right[0], up[0], back[0], 0,
    right[1], up[1], back[1], 0,
    right[2], up[2], back[2], 0,
    -dot(right, eye), -dot(up, eye), -dot(back, eye), 1,
  ]);
  return { matrix, axes: [right, up, back] };
}
