import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildBodyMesh, type BodyMesh } from '../core/mesh/bodyMesh.ts';
import { parseBodyModel } from './parseBodyModel.ts';

/** Node only: the shipped body model, built into the mesh the app paints on. */
export async function loadBodyFile(path = fileURLToPath(new URL('../../public/models/body.glb', import.meta.url))): Promise<BodyMesh> {
  const bytes = await readFile(path);
  return buildBodyMesh(await parseBodyModel(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
}
