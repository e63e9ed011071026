import { Matrix3, Mesh, Vector3, type BufferAttribute } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import type { BodyModelData } from '../core/mesh/bodyMesh.ts';
import { REGION_IDS } from '../core/regions/regionIds.ts';
import { BodyModelError } from './readBodyGlb.ts';

/**
 * Reads body.glb (contracts.md §3) into plain arrays: positions in metres (the quantized
 * positions times the node transform), triangles, and the per-vertex region indices.
 * Works in the browser and in Node; needs no WebGL.
 */
export async function parseBodyModel(bytes: ArrayBuffer): Promise<BodyModelData> {
  const loader = new GLTFLoader();
  loader.setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.parseAsync(bytes, '');
  let body: Mesh | undefined;
  gltf.scene.traverse((object) => {
    if (!body && object instanceof Mesh && object.geometry.getAttribute('_region')) body = object;
  });
  if (!body) throw new BodyModelError('The body model has no mesh with a _REGION attribute.');

  const regionIds: unknown = body.userData.regions;
  if (!Array.isArray(regionIds) || regionIds.some((id, index) => id !== REGION_IDS[index])) {
    throw new BodyModelError('The body model was built for a different list of regions.');
  }

  body.updateWorldMatrix(true, false);
  const geometry = body.geometry;
  const source = geometry.getAttribute('position') as BufferAttribute;
  const positions = new Float32Array(source.count * 3);
  const point = new Vector3();
  for (let v = 0; v < source.count; v++) {
    point.fromBufferAttribute(source, v).applyMatrix4(body.matrixWorld);
    positions.set([point.x, point.y, point.z], 3 * v);
  }
  // Read through getX: the codec pads this one-byte attribute to a 4-byte stride, so the
  // attribute may be interleaved and its raw array is not one value per vertex.
  const regionAttribute = geometry.getAttribute('_region');
  const regions = new Uint8Array(regionAttribute.count);
  for (let v = 0; v < regions.length; v++) regions[v] = regionAttribute.getX(v);
  if (regions.some((r) => r >= REGION_IDS.length)) throw new BodyModelError('The body model names a region that does not exist.');
  const index = geometry.getIndex();
  if (!index) throw new BodyModelError('The body model has no triangle index.');
  // The female shape: a relative morph target, scaled (not moved) by the node transform.
  const target = geometry.morphAttributes.position?.[0];
  if (!target || target.count !== source.count) throw new BodyModelError('The body model has no female body shape.');
  const scale = new Matrix3().setFromMatrix4(body.matrixWorld);
  const femaleOffsets = new Float32Array(source.count * 3);
  for (let v = 0; v < source.count; v++) {
    point.fromBufferAttribute(target, v).applyMatrix3(scale);
    femaleOffsets.set([point.x, point.y, point.z], 3 * v);
  }
  geometry.dispose();
  return { positions, triangles: index.array as ArrayLike<number>, regions, femaleOffsets };
}
