import { Document, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import type { QuadMesh } from './collada.ts';

export interface BodyGlbInput {
  readonly mesh: QuadMesh;
  /** One region index per vertex. */
  readonly regions: Uint8Array<ArrayBuffer>;
  /** MakeHuman's female shape: xyz offsets per vertex from the default body, metres (male = the negation). */
  readonly femaleOffsets: Float32Array<ArrayBuffer>;
  /** Region ids in index order (extras.regions). */
  readonly regionIds: readonly string[];
  readonly generator: string;
}

/**
 * Writes the body as a compact GLB (../shared/design/contracts.md §3).
 *
 * Each quad is written as two consecutive triangles (a b c, a c d). Nothing reorders
 * triangles afterwards, so the app can pair them back into quads for subdivision.
 * Normals and UVs are left out: the app subdivides and computes smooth normals itself.
 */
export async function writeBodyGlb(input: BodyGlbInput): Promise<Uint8Array> {
  const { mesh, regions, regionIds, femaleOffsets } = input;
  const quadCount = mesh.quads.length / 4;
  const indices = new Uint16Array(quadCount * 6);
  for (let q = 0; q < quadCount; q++) {
    const [a, b, c, d] = mesh.quads.subarray(4 * q, 4 * q + 4);
    indices.set([a!, b!, c!, a!, c!, d!], 6 * q);
  }

  const document = new Document();
  document.getRoot().getAsset().generator = input.generator;
  const buffer = document.createBuffer();
  const primitive = document
    .createPrimitive()
    .setAttribute('POSITION', document.createAccessor().setType('VEC3').setArray(mesh.positions).setBuffer(buffer))
    .setAttribute('_REGION', document.createAccessor().setType('SCALAR').setArray(regions).setBuffer(buffer))
    .setIndices(document.createAccessor().setType('SCALAR').setArray(indices).setBuffer(buffer));
  const female = document
    .createPrimitiveTarget('female')
    .setAttribute('POSITION', document.createAccessor().setType('VEC3').setArray(femaleOffsets).setBuffer(buffer));
  primitive.addTarget(female);
  const bodyMesh = document
    .createMesh('body')
    .addPrimitive(primitive)
    .setWeights([0])
    .setExtras({ regions: [...regionIds], targetNames: ['female'] });
  const node = document.createNode('body').setMesh(bodyMesh);
  document.createScene('body').addChild(node);

  await document.transform(quantize({ pattern: /^POSITION$/, quantizePosition: 14 }));
  document.createExtension(KHRMeshQuantization).setRequired(true);
  document.createExtension(EXTMeshoptCompression).setRequired(true).setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE });

  await MeshoptEncoder.ready;
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder });
  return io.writeBinary(document);
}
