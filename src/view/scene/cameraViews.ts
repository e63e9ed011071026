import type { ViewPreset } from '../../store/appStore.ts';

/** The point the camera orbits: the middle of the pelvis, where this app's regions are. */
export const BODY_TARGET = [0, 0.92, 0.02] as const;
/** Far enough to see the whole body (1.66 m) in a 30° vertical field of view. */
export const VIEW_DISTANCE = 3.7;
export const FIELD_OF_VIEW = 30;

/** Direction from the target to the camera for each preset. Patient's left is +X. */
export const PRESET_DIRECTIONS: Readonly<Record<ViewPreset, readonly [number, number, number]>> = {
  front: [0, 0.04, 1],
  back: [0, 0.04, -1],
  left: [1, 0.04, 0],
  right: [-1, 0.04, 0],
};

/** Distance from which a trigger point marker is shown: close enough to see the pelvis. */
export const FACE_DISTANCE = 1.5;
