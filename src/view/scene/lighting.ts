/**
 * The scene's light, in one place for both painters: three.js (Lights.tsx) and the first frame's
 * plain WebGL (firstBody/firstBodyPainter.ts). A sky/ground fill plus a key light that follows the
 * camera from above its left shoulder, so whichever side is looked at is lit the same.
 */
export const SKY_COLOR = '#ffffff';
export const GROUND_COLOR = '#b9a89c';
export const FILL_INTENSITY = 1.35;
export const KEY_INTENSITY = 1.7;
/** Where the key light sits, in the camera's frame: above its left shoulder and a little behind. */
export const KEY_OFFSET = [-0.6, 1.2, 1] as const;
/** Where the key light points: the middle of the body. */
export const KEY_TARGET = [0, 0.92, 0] as const;
