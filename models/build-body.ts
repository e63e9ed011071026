/**
 * Builds public/models/body.glb from MakeHuman's default human (CC0), as shipped in Debian's
 * assimp-testmodels package. Run with `npm run model`. Needs apt (for `apt-get download`)
 * the first time; the package is cached in models/.cache.
 *
 * Steps: fetch and unpack the package, read human.dae out of human.zae, keep the body and
 * drop the eyes, bake the region atlas into a `_REGION` attribute, write a quantized,
 * meshopt-compressed GLB and its credit file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAtlas } from '../src/core/atlas/buildAtlas.ts';
import { REGION_IDS } from '../src/core/regions/regionIds.ts';
import { readColladaQuadMesh } from './lib/collada.ts';
import { reorderQuads } from './lib/reorderQuads.ts';
import { writeBodyGlb } from './lib/writeBodyGlb.ts';
import { readZipEntry } from './lib/zip.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'models', '.cache');
const PACKAGE = 'assimp-testmodels';
const ZAE_PATH = 'usr/share/assimp/models/Collada/human.zae';

function obtainPackage(): string {
  mkdirSync(cache, { recursive: true });
  const find = () => readdirSync(cache).find((name) => name.startsWith(`${PACKAGE}_`) && name.endsWith('.deb'));
  if (!find()) {
    console.log(`Downloading ${PACKAGE} with apt-get (run apt-get update first if this fails)...`);
    execFileSync('apt-get', ['download', PACKAGE], { cwd: cache, stdio: 'inherit' });
  }
  const deb = find();
  if (!deb) throw new Error(`apt-get download ${PACKAGE} produced no .deb in ${cache}`);
  const unpacked = join(cache, 'unpacked');
  if (!existsSync(join(unpacked, ZAE_PATH))) execFileSync('dpkg-deb', ['-x', join(cache, deb), unpacked]);
  return deb;
}

async function main(): Promise<void> {
  const deb = obtainPackage();
  // A .zae is a zip archive; Node's zlib inflates it.
  const dae = readZipEntry(readFileSync(join(cache, 'unpacked', ZAE_PATH)), 'human.dae');
  const { mesh, vertexOrder } = await reorderQuads(readColladaQuadMesh(new TextDecoder().decode(dae), 'human-base'));
  const regions = buildAtlas(mesh.positions);
  const femaleOffsets = femaleShapeOffsets(vertexOrder);

  const glb = await writeBodyGlb({ mesh, regions, femaleOffsets, regionIds: REGION_IDS, generator: `painmap models/build-body.ts from ${deb}` });
  const out = join(root, 'public', 'models');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'body.glb'), glb);
  writeFileSync(join(out, 'CREDITS.md'), credits(deb));

  const counts = new Map<string, number>();
  for (const r of regions) counts.set(REGION_IDS[r]!, (counts.get(REGION_IDS[r]!) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => a[1] - b[1]);
  console.log(`body.glb: ${glb.byteLength} bytes, ${mesh.positions.length / 3} vertices, ${mesh.quads.length / 4} quads`);
  console.log(`regions: ${counts.size}/${REGION_IDS.length}; smallest ${sorted[0]!.join(' ')}; largest ${sorted.at(-1)!.join(' ')}`);
}

/**
 * MakeHuman's female shape as offsets from the default body (models/body-shapes/README.md), in the
 * GLB's vertex order: the file is in the DAE's order, and reorderQuads moved vertices, so each
 * offset follows its vertex through vertexOrder (new index -> DAE index), never by position.
 */
function femaleShapeOffsets(vertexOrder: Uint32Array): Float32Array<ArrayBuffer> {
  const file = readFileSync(join(root, 'models', 'body-shapes', 'female.delta.bin'));
  const dae = new Float32Array(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
  if (dae.length !== vertexOrder.length * 3) throw new Error(`female.delta.bin has ${dae.length / 3} offsets for ${vertexOrder.length} vertices`);
  const offsets = new Float32Array(dae.length);
  vertexOrder.forEach((old, index) => offsets.set(dae.subarray(3 * old, 3 * old + 3), 3 * index));
  return offsets;
}

function credits(deb: string): string {
  return `# The body model

\`body.glb\` is MakeHuman's default human (base mesh hm08, average everything), exported by
www.makehumancommunity.org (COLLADA, 2021-07-04) and shipped in Debian's \`${PACKAGE}\` package
(\`${deb}\`, file \`${ZAE_PATH}\`).

- MakeHuman released its base mesh, targets, weights and skeleton under **CC0 1.0**
  (public domain dedication, September 2020) and claims nothing over exports.
- Debian's copyright file for the package names BSD-3-clause (the ASSIMP test suite).

painmap changed it: the eyes are dropped, quads are split into triangles, positions are
quantized (14 bit) and compressed with EXT_meshopt_compression, normals and UVs are left out,
and a per-vertex \`_REGION\` attribute (with the region ids in the mesh's \`extras.regions\`)
records painmap's own body-region atlas. A morph target \`female\` holds MakeHuman's own CC0
female shape as offsets from the default body (the male shape is the same offsets negated; see
\`models/body-shapes/\`). Rebuild with \`npm run model\`.
`;
}

await main();
