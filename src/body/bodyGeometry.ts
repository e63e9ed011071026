import { BufferAttribute, BufferGeometry } from 'three';
import type { BodyMesh } from '../core/mesh/bodyMesh.ts';

/** A three.js geometry for the body: positions, smooth normals and the triangle index. */
export function createBodyGeometry(body: BodyMesh): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(body.positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(body.normals, 3));
  geometry.setIndex(new BufferAttribute(body.triangles, 1));
  geometry.computeBoundingSphere();
  return geometry;
}
