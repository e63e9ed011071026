import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { BufferAttribute, BufferGeometry, Mesh } from 'three';
import { createBodyMaterial } from './bodyMaterial.ts';
import { whenFullBodyDrawn } from './frameProbe.ts';

/** The attributes the body's shader reads, each as one triangle's worth. */
const ATTRIBUTES = { position: 3, normal: 3, color: 3, zone: 1, muscle: 1 } as const;

/**
 * Starts compiling the body's shader while the body is still being built: the GPU compiles it
 * beside the page, so the body's first full frame does not wait for it (a software renderer
 * takes tens of milliseconds). three.js shares the program with the body's own material (same
 * shader, same cache key); this one is kept until the full body has been drawn, so the program is
 * not released in between.
 */
export function WarmUpBodyShader() {
  const get = useThree((s) => s.get);
  useEffect(() => {
    const { gl, scene, camera } = get();
    const geometry = new BufferGeometry();
    for (const [name, size] of Object.entries(ATTRIBUTES)) geometry.setAttribute(name, new BufferAttribute(new Float32Array(3 * size), size));
    const material = createBodyMaterial();
    const standIn = new Mesh(geometry, material);
    scene.add(standIn);
    gl.compile(scene, camera);
    scene.remove(standIn);
    geometry.dispose();
    return whenFullBodyDrawn(() => material.dispose());
  }, [get]);
  return null;
}
