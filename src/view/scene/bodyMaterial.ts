import { Color, MeshLambertMaterial } from 'three';

/** The blue of referral zones: far from the red pain scale, so both read at once. */
export const ZONE_CSS = '#2f5bd3';

/**
 * Skin material with a per-vertex `zone` overlay for a chosen trigger point: 2 tints the
 * essential zone solid blue, 1 draws blue stripes over the spillover zone, 0 leaves skin and
 * the person's own marks as they are.
 */
export function createBodyMaterial(): MeshLambertMaterial {
  const material = new MeshLambertMaterial({ vertexColors: true });
  const zoneColor = new Color(ZONE_CSS);
  material.onBeforeCompile = (shader) => {
    shader.uniforms.zoneColor = { value: zoneColor };
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute float zone;\nvarying float vZone;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvZone = zone;');
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nuniform vec3 zoneColor;\nvarying float vZone;')
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        if (vZone > 1.5) {
          diffuseColor.rgb = mix(diffuseColor.rgb, zoneColor, 0.5);
        } else if (vZone > 0.5) {
          float stripe = step(0.5, fract((gl_FragCoord.x + gl_FragCoord.y) / 9.0));
          diffuseColor.rgb = mix(diffuseColor.rgb, zoneColor, 0.45 * stripe);
        }`,
      );
  };
  return material;
}
