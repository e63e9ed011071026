import { Color, MeshLambertMaterial } from 'three';

/** The blue of referral zones: far from the red pain scale, so both read at once. */
export const ZONE_CSS = '#2f5bd3';
/** The warm violet of a muscle's footprint: an outline and a faint tint, unlike the blue zones and red pain. */
export const MUSCLE_CSS = '#9a2fb0';

/**
 * Skin material with two overlays for a chosen trigger point:
 * - a per-vertex `zone`: 2 tints the essential zone solid blue, 1 draws blue stripes over the
 *   spillover zone, 0 leaves skin and the person's own marks as they are;
 * - a per-vertex `muscle` weight (the muscle's footprint, 1 over it fading to 0 at its edge):
 *   a violet line where it crosses one half, the muscle's outline, and a faint violet tint
 *   inside. The line is dashed for a deep muscle (setMuscleDeep).
 */
export function createBodyMaterial(): MeshLambertMaterial {
  const material = new MeshLambertMaterial({ vertexColors: true });
  const zoneColor = new Color(ZONE_CSS);
  const muscleColor = new Color(MUSCLE_CSS);
  const muscleDeep = { value: 0 };
  material.userData.muscleDeep = muscleDeep;
  material.onBeforeCompile = (shader) => {
    shader.uniforms.zoneColor = { value: zoneColor };
    shader.uniforms.muscleColor = { value: muscleColor };
    shader.uniforms.muscleDeep = muscleDeep;
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute float zone;\nattribute float muscle;\nvarying float vZone;\nvarying float vMuscle;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvZone = zone;\nvMuscle = muscle;');
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        '#include <common>\nuniform vec3 zoneColor;\nuniform vec3 muscleColor;\nuniform float muscleDeep;\nvarying float vZone;\nvarying float vMuscle;',
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        if (vZone > 1.5) {
          diffuseColor.rgb = mix(diffuseColor.rgb, zoneColor, 0.5);
        } else if (vZone > 0.5) {
          float stripe = step(0.5, fract((gl_FragCoord.x + gl_FragCoord.y) / 9.0));
          diffuseColor.rgb = mix(diffuseColor.rgb, zoneColor, 0.45 * stripe);
        }
        if (vMuscle > 0.01) {
          // About two pixels either side of the half-way line, whatever the zoom.
          float halfLine = max(fwidth(vMuscle) * 1.6, 1e-4);
          float line = 1.0 - smoothstep(halfLine * 0.5, halfLine, abs(vMuscle - 0.5));
          if (muscleDeep > 0.5) line *= step(0.45, fract((gl_FragCoord.x - gl_FragCoord.y) / 14.0));
          diffuseColor.rgb = mix(diffuseColor.rgb, muscleColor, 0.22 * smoothstep(0.4, 0.9, vMuscle));
          diffuseColor.rgb = mix(diffuseColor.rgb, muscleColor, 0.95 * line);
        }`,
      );
  };
  return material;
}

/** Dashes the muscle's outline when it lies under other muscles. */
export function setMuscleDeep(material: MeshLambertMaterial, deep: boolean): void {
  (material.userData.muscleDeep as { value: number }).value = deep ? 1 : 0;
}
