import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, type Mesh } from 'three';
import type { BodyMesh } from '../../core/mesh/bodyMesh.ts';
import { createBodyGeometry } from '../../body/bodyGeometry.ts';
import { accelerateRaycast } from '../../body/bodyPicker.ts';
import { srgbToLinearBytes, writePaintColors } from '../../body/paintColors.ts';
import { appStore } from '../../store/appStore.ts';
import { onPaintChanged } from '../../store/paintEvents.ts';
import { useApp } from '../../store/useApp.ts';
import { regionColors } from '../regionPalette.ts';
import { createBodyMaterial } from './bodyMaterial.ts';
import { addFootprintAttribute, useFootprintOverlay } from './footprintOverlay.ts';
import { usePointerTools } from './usePointerTools.ts';
import { writeZoneCodes } from './zoneOverlay.ts';
import { frameStats, markFullBodyFrame } from './frameProbe.ts';
import { cameraMoving } from './motion.ts';

function writeAtlasColors(attribute: BufferAttribute, body: BodyMesh): void {
  const palette = regionColors(body).map(srgbToLinearBytes);
  const colors = attribute.array as Uint8Array;
  for (let v = 0; v < body.vertexCount; v++) colors.set(palette[body.regions[v]!]!, 3 * v);
  attribute.clearUpdateRanges();
  attribute.needsUpdate = true;
}

const noRaycast = () => {};

/** The body: skin, the person's paint (or the region atlas), referral zones of a chosen trigger point. */
export function BodyModel({ body }: { readonly body: BodyMesh }) {
  const invalidate = useThree((s) => s.invalidate);
  const meshRef = useRef<Mesh>(null);
  const coarseRef = useRef<Mesh>(null);
  const showAtlas = useApp((s) => s.showAtlas);
  const selected = useApp((s) => s.selected);

  const { geometry, coarse, material, colors, zones, muscle } = useMemo(() => {
    const geometry = createBodyGeometry(body);
    const colors = new BufferAttribute(new Uint8Array(body.vertexCount * 3), 3, true);
    const zones = new BufferAttribute(new Float32Array(body.vertexCount), 1);
    geometry.setAttribute('color', colors);
    geometry.setAttribute('zone', zones);
    const muscle = addFootprintAttribute(geometry, body);
    // The same vertices (uploaded once) with the model's own triangles, drawn while the camera moves.
    const coarse = new BufferGeometry();
    for (const name of ['position', 'normal', 'color', 'zone', 'muscle']) coarse.setAttribute(name, geometry.getAttribute(name));
    coarse.setIndex(new BufferAttribute(body.coarseTriangles, 1));
    coarse.boundingSphere = geometry.boundingSphere;
    return { geometry, coarse, material: createBodyMaterial(), colors, zones, muscle };
  }, [body]);

  useEffect(() => {
    const mesh = meshRef.current!;
    const release = accelerateRaycast(mesh);
    return () => {
      release();
      geometry.dispose();
      coarse.dispose();
      material.dispose();
    };
  }, [geometry, coarse, material]);

  // Runs before each frame is drawn: the light body while turning, the full one at rest.
  useFrame(() => {
    const moving = cameraMoving();
    meshRef.current!.visible = !moving;
    coarseRef.current!.visible = moving;
    frameStats.lastBody = moving ? 'light' : 'full';
  });

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
  useFootprintOverlay(muscle, material, body);

  usePointerTools(meshRef, body);

  return (
    <>
      <mesh ref={meshRef} geometry={geometry} material={material} onAfterRender={markFullBodyFrame} name="body" />
      {/* Never picked: taps and strokes always land on the full body's triangles. */}
      <mesh ref={coarseRef} geometry={coarse} material={material} raycast={noRaycast} visible={false} name="body-while-turning" />
    </>
  );
}
