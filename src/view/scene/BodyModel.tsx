import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BufferAttribute, type Mesh } from 'three';
import type { BodyMesh } from '../../core/mesh/bodyMesh.ts';
import { createBodyGeometry } from '../../body/bodyGeometry.ts';
import { accelerateRaycast } from '../../body/bodyPicker.ts';
import { srgbToLinearBytes, writePaintColors } from '../../body/paintColors.ts';
import { appStore } from '../../store/appStore.ts';
import { onPaintChanged } from '../../store/paintEvents.ts';
import { useApp } from '../../store/useApp.ts';
import { regionColors } from '../regionPalette.ts';
import { createBodyMaterial } from './bodyMaterial.ts';
import { usePointerTools } from './usePointerTools.ts';
import { writeZoneCodes } from './zoneOverlay.ts';
import { markFirstBodyFrame } from './frameProbe.ts';

function writeAtlasColors(attribute: BufferAttribute, body: BodyMesh): void {
  const palette = regionColors(body).map(srgbToLinearBytes);
  const colors = attribute.array as Uint8Array;
  for (let v = 0; v < body.vertexCount; v++) colors.set(palette[body.regions[v]!]!, 3 * v);
  attribute.clearUpdateRanges();
  attribute.needsUpdate = true;
}

/** The body: skin, the person's paint (or the region atlas), referral zones of a chosen trigger point. */
export function BodyModel({ body }: { readonly body: BodyMesh }) {
  const invalidate = useThree((s) => s.invalidate);
  const meshRef = useRef<Mesh>(null);
  const showAtlas = useApp((s) => s.showAtlas);
  const selected = useApp((s) => s.selected);

  const { geometry, material, colors, zones } = useMemo(() => {
    const geometry = createBodyGeometry(body);
    const colors = new BufferAttribute(new Uint8Array(body.vertexCount * 3), 3, true);
    const zones = new BufferAttribute(new Float32Array(body.vertexCount), 1);
    geometry.setAttribute('color', colors);
    geometry.setAttribute('zone', zones);
    return { geometry, material: createBodyMaterial(), colors, zones };
  }, [body]);

  useEffect(() => {
    const mesh = meshRef.current!;
    const release = accelerateRaycast(mesh);
    return () => {
      release();
      geometry.dispose();
      material.dispose();
    };
  }, [geometry, material]);

  // Paint colours: everything when the mode or body changes, then only what each stroke touches.
  useEffect(() => {
    const paint = appStore.getState().paint;
    if (showAtlas) writeAtlasColors(colors, body);
    else if (paint) writePaintColors(colors, paint.values, 'all');
    invalidate();
    return onPaintChanged((vertices) => {
      const layer = appStore.getState().paint;
      if (!layer || appStore.getState().showAtlas) return;
      writePaintColors(colors, layer.values, vertices);
      invalidate();
    });
  }, [body, colors, showAtlas, invalidate]);

  useEffect(() => {
    writeZoneCodes(zones, body, selected);
    invalidate();
  }, [body, selected, zones, invalidate]);

  usePointerTools(meshRef, body);

  return <mesh ref={meshRef} geometry={geometry} material={material} onAfterRender={markFirstBodyFrame} name="body" />;
}
