/**
 * Developer tool: find a point on the body's skin and the region it is in.
 *
 *   npx tsx scripts/surface-point.ts back 0.06 0.94      ray from behind at x=0.06, y=0.94
 *   npx tsx scripts/surface-point.ts front 0.11 0.92     ray from the front
 *   npx tsx scripts/surface-point.ts left 0.04 0.85      ray from the patient's left side at z=0.04
 *   npx tsx scripts/surface-point.ts right 0.04 0.85     from the patient's right side
 *
 * Prints the first skin point hit (metres, model frame) and its region id.
 */
import { Mesh, MeshBasicMaterial, Raycaster, Vector3 } from 'three';
import { loadBodyFile } from '../src/body/loadBodyFile.ts';
import { createBodyGeometry } from '../src/body/bodyGeometry.ts';
import { REGION_IDS } from '../src/core/regions/regionIds.ts';

const [facing, a, b] = process.argv.slice(2);
const u = Number(a);
const y = Number(b);
const rays: Record<string, [Vector3, Vector3]> = {
  back: [new Vector3(u, y, -2), new Vector3(0, 0, 1)],
  front: [new Vector3(u, y, 2), new Vector3(0, 0, -1)],
  left: [new Vector3(2, y, u), new Vector3(-1, 0, 0)],
  right: [new Vector3(-2, y, u), new Vector3(1, 0, 0)],
};
const ray = facing ? rays[facing] : undefined;
if (!ray || !Number.isFinite(u) || !Number.isFinite(y)) {
  console.error('usage: surface-point.ts back|front|left|right <x or z> <y>');
  process.exit(2);
}
const body = await loadBodyFile();
const mesh = new Mesh(createBodyGeometry(body), new MeshBasicMaterial());
const hit = new Raycaster(ray[0], ray[1]).intersectObject(mesh)[0];
if (!hit?.face) {
  console.log('no hit');
} else {
  const nearest = [hit.face.a, hit.face.b, hit.face.c].sort(
    (p, q) =>
      hit.point.distanceTo(new Vector3().fromArray(body.positions, 3 * p)) - hit.point.distanceTo(new Vector3().fromArray(body.positions, 3 * q)),
  )[0]!;
  const p = hit.point;
  console.log(`[${p.x.toFixed(3)}, ${p.y.toFixed(3)}, ${p.z.toFixed(3)}] ${REGION_IDS[body.regions[nearest]!]}`);
}
