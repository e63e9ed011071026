import type { BufferAttribute } from 'three';
import { trpById } from '../../core/library/index.ts';
import { patternRegionsFor } from '../../core/library/patternRegions.ts';
import type { BodyMesh } from '../../core/mesh/bodyMesh.ts';
import { regionIndex } from '../../core/regions/regionIds.ts';
import type { Selection } from '../../store/appStore.ts';

/** Zone code per vertex for a selected trigger point: 2 essential, 1 spillover, 0 none. */
export function writeZoneCodes(attribute: BufferAttribute, body: BodyMesh, selection: Selection | null): void {
  const out = attribute.array as Float32Array;
  attribute.needsUpdate = true;
  out.fill(0);
  const trp = selection ? trpById(selection.trp) : undefined;
  if (!selection || !trp) return;
  const code = new Uint8Array(256);
  const regions = patternRegionsFor(trp, selection.side);
  for (const id of regions.spillover) code[regionIndex(id)] = 1;
  for (const id of regions.essential) code[regionIndex(id)] = 2;
  for (let v = 0; v < body.vertexCount; v++) out[v] = code[body.regions[v]!]!;
}
