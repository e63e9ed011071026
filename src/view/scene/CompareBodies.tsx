import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, MeshLambertMaterial, Vector3, type Mesh } from 'three';
import { createBodyGeometry } from '../../body/bodyGeometry.ts';
import { writePaintColors } from '../../body/paintColors.ts';
import { paintOnBody } from '../../core/history/figures.ts';
import type { BodyMesh } from '../../core/mesh/bodyMesh.ts';
import type { HistoryEntry } from '../../store/historyStore.ts';
import { BODY_TARGET, FIELD_OF_VIEW, VIEW_DISTANCE } from './cameraViews.ts';

/** Space between the two bodies, metres (before scaling). */
const GAP = 0.1;
/** Share of the view's width the pair may fill at the preset distance. */
const FILL = 0.94;

// Scratch vector: the frame loop allocates nothing.
const _right = /* @__PURE__ */ new Vector3();

/** Half the body's widest horizontal size (arms out, seen from the front), measured from the axis the camera orbits. */
function halfWidth(body: BodyMesh): number {
  let half = 0;
  for (let v = 0; v < body.vertexCount; v++) {
    half = Math.max(half, Math.abs(body.positions[3 * v]! - BODY_TARGET[0]), Math.abs(body.positions[3 * v + 2]! - BODY_TARGET[2]));
  }
  return half;
}

/** A geometry that shares the body's position, normal and index buffers and has colours of its own. */
function sharedCopy(base: BufferGeometry, vertexCount: number): { geometry: BufferGeometry; colors: BufferAttribute } {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', base.getAttribute('position'));
  geometry.setAttribute('normal', base.getAttribute('normal'));
  geometry.setIndex(base.getIndex());
  geometry.boundingSphere = base.boundingSphere;
  const colors = new BufferAttribute(new Uint8Array(vertexCount * 3), 3, true);
  geometry.setAttribute('color', colors);
  return { geometry, colors };
}

/** Scales a body about the orbit target, then moves it `offset` metres along the screen's horizontal. */
function place(mesh: Mesh, offset: number, scale: number): void {
  mesh.scale.setScalar(scale);
  mesh.position.set(BODY_TARGET[0] * (1 - scale) + _right.x * offset, BODY_TARGET[1] * (1 - scale), BODY_TARGET[2] * (1 - scale) + _right.z * offset);
}

/**
 * Two saved maps side by side on two copies of the body: the earlier on the left of the screen,
 * the later on the right, from whichever side the camera looks (each frame the pair is laid out
 * along the camera's horizontal axis, and each body turns with the view as the single body does).
 * Scaled down to fit narrow screens. Nothing here paints.
 */
export function CompareBodies({ body, pair }: { readonly body: BodyMesh; readonly pair: readonly [HistoryEntry, HistoryEntry] }) {
  const invalidate = useThree((s) => s.invalidate);
  const aspect = useThree((s) => s.size.width / s.size.height);
  const leftRef = useRef<Mesh>(null);
  const rightRef = useRef<Mesh>(null);

  const scene = useMemo(() => {
    const base = createBodyGeometry(body);
    return {
      base,
      left: sharedCopy(base, body.vertexCount),
      right: sharedCopy(base, body.vertexCount),
      material: new MeshLambertMaterial({ vertexColors: true }),
    };
  }, [body]);
  const half = useMemo(() => halfWidth(body), [body]);
  const visibleWidth = 2 * VIEW_DISTANCE * Math.tan((FIELD_OF_VIEW * Math.PI) / 360) * aspect;
  const scale = Math.min(1, (FILL * visibleWidth) / (4 * half + GAP));
  // The same spacing from every side, so the bodies stay under their labels (at a quarter and three quarters of the width).
  const offset = (half + GAP / 2) * scale;

  useEffect(
    () => () => {
      // All three together: the copies share the base's buffers.
      scene.left.geometry.dispose();
      scene.right.geometry.dispose();
      scene.base.dispose();
      scene.material.dispose();
    },
    [scene],
  );

  useEffect(() => {
    writePaintColors(scene.left.colors, paintOnBody(body, pair[0].map), 'all');
    writePaintColors(scene.right.colors, paintOnBody(body, pair[1].map), 'all');
    invalidate();
  }, [body, scene, pair, invalidate]);

  useEffect(() => {
    invalidate();
  }, [scale, invalidate]);

  useFrame(({ camera }) => {
    const left = leftRef.current;
    const right = rightRef.current;
    if (!left || !right) return;
    camera.updateMatrixWorld();
    const m = camera.matrixWorld.elements;
    _right.set(m[0]!, 0, m[2]!).normalize();
    place(left, -offset, scale);
    place(right, offset, scale);
  });

  return (
    <>
      <mesh ref={leftRef} geometry={scene.left.geometry} material={scene.material} name="compare-earlier" />
      <mesh ref={rightRef} geometry={scene.right.geometry} material={scene.material} name="compare-later" />
    </>
  );
}
