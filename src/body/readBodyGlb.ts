import type { BodyModelData } from '../core/mesh/bodyMesh.ts';
import { REGION_IDS } from '../core/regions/regionIds.ts';
import { decodeMeshoptBuffer, type MeshoptMode } from './meshoptDecode.ts';

/** A body model that cannot be read, with the reason. */
export class BodyModelError extends Error {
  override name = 'BodyModelError';
}

interface Accessor {
  bufferView: number;
  byteOffset?: number;
  componentType: number;
  count: number;
  type: 'SCALAR' | 'VEC3';
  normalized?: boolean;
}
interface BufferView {
  buffer: number;
  byteOffset?: number;
  byteLength: number;
  byteStride?: number;
  extensions?: {
    EXT_meshopt_compression?: {
      buffer: number;
      byteOffset?: number;
      byteLength: number;
      byteStride: number;
      count: number;
      mode: string;
      filter?: string;
    };
  };
}
interface GltfJson {
  accessors: Accessor[];
  bufferViews: BufferView[];
  nodes: { mesh?: number; translation?: number[]; scale?: number[]; rotation?: number[]; matrix?: number[] }[];
  meshes: {
    primitives: { attributes: Record<string, number>; indices?: number; targets?: Record<string, number>[] }[];
    extras?: { regions?: unknown; targetNames?: unknown };
  }[];
}

const COMPONENT_BYTES: Record<number, number> = { 5121: 1, 5122: 2, 5123: 2, 5125: 4, 5126: 4 };

/**
 * Reads body.glb (contracts.md §3) without three.js's GLTFLoader: the app needs only three
 * arrays out of one known file, and GLTFLoader would pull most of three.js into the download
 * that the first paint waits for. The file still loads with GLTFLoader (a unit test checks that
 * both readers agree). Needs no WebGL.
 */
export async function readBodyGlb(bytes: ArrayBuffer): Promise<BodyModelData> {
  const view = new DataView(bytes);
  if (bytes.byteLength < 28 || view.getUint32(0, true) !== 0x46546c67) throw new BodyModelError('The body model is not a GLB file.');
  const jsonLength = view.getUint32(12, true);
  const json = JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 20, jsonLength))) as GltfJson;
  const binStart = 20 + jsonLength + 8;
  const bin = new Uint8Array(bytes, binStart, view.getUint32(20 + jsonLength, true));

  const decodedViews = new Map<number, Uint8Array>();
  const bufferView = (index: number): { data: Uint8Array; stride: number } => {
    const viewJson = json.bufferViews[index];
    if (!viewJson) throw new BodyModelError('The body model refers to a missing buffer view.');
    const meshopt = viewJson.extensions?.EXT_meshopt_compression;
    if (!meshopt)
      return { data: bin.subarray(viewJson.byteOffset ?? 0, (viewJson.byteOffset ?? 0) + viewJson.byteLength), stride: viewJson.byteStride ?? 0 };
    let data = decodedViews.get(index);
    if (!data) {
      data = new Uint8Array(meshopt.count * meshopt.byteStride);
      const source = bin.subarray(meshopt.byteOffset ?? 0, (meshopt.byteOffset ?? 0) + meshopt.byteLength);
      decodeMeshoptBuffer(data, meshopt.count, meshopt.byteStride, source, meshopt.mode as MeshoptMode, meshopt.filter);
      decodedViews.set(index, data);
    }
    return { data, stride: viewJson.byteStride ?? 0 };
  };

  /** Reads an accessor's components as numbers, normalizing SHORT as glTF says. */
  const read = (accessorIndex: number | undefined): Float64Array => {
    const accessor = accessorIndex === undefined ? undefined : json.accessors[accessorIndex];
    if (!accessor) throw new BodyModelError('The body model is missing an attribute.');
    const components = accessor.type === 'VEC3' ? 3 : 1;
    const size = COMPONENT_BYTES[accessor.componentType]!;
    const { data, stride } = bufferView(accessor.bufferView);
    const step = stride || size * components;
    const dv = new DataView(data.buffer, data.byteOffset + (accessor.byteOffset ?? 0));
    const out = new Float64Array(accessor.count * components);
    for (let i = 0; i < accessor.count; i++) {
      for (let c = 0; c < components; c++) {
        const at = i * step + c * size;
        let value: number;
        switch (accessor.componentType) {
          case 5121:
            value = dv.getUint8(at);
            break;
          case 5122:
            value = dv.getInt16(at, true);
            if (accessor.normalized) value = Math.max(value / 32767, -1);
            break;
          case 5123:
            value = dv.getUint16(at, true);
            break;
          case 5125:
            value = dv.getUint32(at, true);
            break;
          default:
            value = dv.getFloat32(at, true);
        }
        out[i * components + c] = value;
      }
    }
    return out;
  };

  const meshIndex = json.nodes.findIndex((node) => node.mesh !== undefined);
  const node = json.nodes[meshIndex];
  const mesh = node?.mesh === undefined ? undefined : json.meshes[node.mesh];
  const primitive = mesh?.primitives[0];
  if (!node || !mesh || !primitive || primitive.attributes._REGION === undefined)
    throw new BodyModelError('The body model has no mesh with a _REGION attribute.');
  const regionIds = mesh.extras?.regions;
  if (!Array.isArray(regionIds) || regionIds.some((id, index) => id !== REGION_IDS[index])) {
    throw new BodyModelError('The body model was built for a different list of regions.');
  }
  if (node.rotation || node.matrix) throw new BodyModelError('The body model has a node transform painmap does not read.');

  const quantized = read(primitive.attributes.POSITION);
  const [sx, sy, sz] = node.scale ?? [1, 1, 1];
  const [tx, ty, tz] = node.translation ?? [0, 0, 0];
  const positions = new Float32Array(quantized.length);
  for (let i = 0; i < quantized.length; i += 3) {
    positions[i] = quantized[i]! * sx! + tx!;
    positions[i + 1] = quantized[i + 1]! * sy! + ty!;
    positions[i + 2] = quantized[i + 2]! * sz! + tz!;
  }
  const regions = Uint8Array.from(read(primitive.attributes._REGION));
  if (regions.some((r) => r >= REGION_IDS.length)) throw new BodyModelError('The body model names a region that does not exist.');
  const triangles = Uint32Array.from(read(primitive.indices));
  return { positions, triangles, regions, femaleOffsets: readFemaleOffsets() };

  /** The `female` morph target: offsets scale with the node but do not move with it. */
  function readFemaleOffsets(): Float32Array {
    const names = mesh!.extras?.targetNames;
    const index = Array.isArray(names) ? names.indexOf('female') : -1;
    const target = primitive!.targets?.[index];
    if (index < 0 || target?.POSITION === undefined) throw new BodyModelError('The body model has no female body shape.');
    const quantizedOffsets = read(target.POSITION);
    if (quantizedOffsets.length !== positions.length) throw new BodyModelError('The body shape does not fit the body model.');
    const offsets = new Float32Array(quantizedOffsets.length);
    for (let i = 0; i < offsets.length; i += 3) {
      offsets[i] = quantizedOffsets[i]! * sx!;
      offsets[i + 1] = quantizedOffsets[i + 1]! * sy!;
      offsets[i + 2] = quantizedOffsets[i + 2]! * sz!;
    }
    return offsets;
  }
}
