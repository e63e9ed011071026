import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry } from 'three';
import { SKIN_RGB, srgbToLinearBytes } from '../../body/paintColors.ts';
import type { BodyPreview } from '../../core/mesh/bodyMesh.ts';
import { createBodyMaterial } from './bodyMaterial.ts';
import { markFirstBodyFrame } from './frameProbe.ts';

/**
 * The body as soon as it is decoded, before subdivision and the region atlas are done: the
 * model's own triangles on the subdivided positions, in bare skin. The full body takes its
 * place a moment later on the same vertices, so nothing jumps.
 */
export function BodyPreviewModel({ preview }: { readonly preview: BodyPreview }) {
  const { geometry, material } = useMemo(() => {
    const geometry = new BufferGeometry();
    const vertexCount = preview.positions.length / 3;
    const skin = srgbToLinearBytes(SKIN_RGB);
    const colors = new Uint8Array(vertexCount * 3);
    for (let v = 0; v < vertexCount; v++) colors.set(skin, 3 * v);
    geometry.setAttribute('position', new BufferAttribute(preview.positions, 3));
    geometry.setAttribute('normal', new BufferAttribute(preview.normals, 3));
    geometry.setAttribute('color', new BufferAttribute(colors, 3, true));
    geometry.setAttribute('zone', new BufferAttribute(new Float32Array(vertexCount), 1));
    geometry.setIndex(new BufferAttribute(preview.triangles, 1));
    geometry.computeBoundingSphere();
    return { geometry, material: createBodyMaterial() };
  }, [preview]);
  useEffect(
    () => () => {
      geometry.dispose();
      material.dispose();
    },
    [geometry, material],
  );
  return <mesh geometry={geometry} material={material} onAfterRender={markFirstBodyFrame} name="body-preview" />;
}
