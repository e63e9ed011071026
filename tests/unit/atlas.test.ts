import { Mesh, MeshBasicMaterial, Raycaster, Vector3 } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBodyGeometry } from '../../src/body/bodyGeometry.ts';
import { loadBodyFile } from '../../src/body/loadBodyFile.ts';
import { buildAtlas } from '../../src/core/atlas/buildAtlas.ts';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import { REGION_IDS, mirrorRegion, sideOf, type RegionId } from '../../src/core/regions/regionIds.ts';
import { parseBodyModel } from '../../src/body/parseBodyModel.ts';
import { readFile } from 'node:fs/promises';

let body: BodyMesh;
let mesh: Mesh;

beforeAll(async () => {
  body = await loadBodyFile();
  mesh = new Mesh(createBodyGeometry(body), new MeshBasicMaterial());
});

type Facing = 'back' | 'front' | 'left' | 'right';

/** The region of the skin a horizontal ray hits, as a person tapping the screen would. */
function regionAt(facing: Facing, u: number, y: number): RegionId {
  const rays: Record<Facing, [Vector3, Vector3]> = {
    back: [new Vector3(u, y, -2), new Vector3(0, 0, 1)],
    front: [new Vector3(u, y, 2), new Vector3(0, 0, -1)],
    left: [new Vector3(2, y, u), new Vector3(-1, 0, 0)],
    right: [new Vector3(-2, y, u), new Vector3(1, 0, 0)],
  };
  const [origin, direction] = rays[facing];
  const hit = new Raycaster(origin, direction).intersectObject(mesh)[0];
  if (!hit?.face) throw new Error(`no skin at ${facing} ${u} ${y}`);
  const corners = [hit.face.a, hit.face.b, hit.face.c];
  const nearest = corners.reduce((a, b) =>
    hit.point.distanceTo(new Vector3().fromArray(body.positions, 3 * a)) <= hit.point.distanceTo(new Vector3().fromArray(body.positions, 3 * b))
      ? a
      : b,
  );
  return REGION_IDS[body.regions[nearest]!]!;
}

/** [facing, x (or z for side views), y, region on the patient's left]. */
const LANDMARKS: ReadonlyArray<readonly [Facing, number, number, RegionId]> = [
  ['back', 0.044, 0.955, 'L_sij'],
  ['back', 0.04, 0.925, 'L_sij'],
  ['back', 0.012, 0.945, 'L_sacrum'],
  ['back', 0.008, 0.875, 'M_coccyx'],
  ['back', 0.1, 0.985, 'L_iliac_crest'],
  ['back', 0.035, 1.0, 'L_lumbar_paraspinal_lower'],
  ['back', 0.035, 1.06, 'L_lumbar_paraspinal_upper'],
  ['back', 0.035, 1.15, 'L_thoracolumbar_paraspinal'],
  ['back', 0.035, 1.25, 'L_upper_back'],
  ['back', 0.105, 1.07, 'L_flank'],
  ['back', 0.05, 0.9, 'L_buttock_upper_medial'],
  ['back', 0.12, 0.9, 'L_buttock_upper_lateral'],
  ['back', 0.05, 0.82, 'L_buttock_lower_medial'],
  ['back', 0.12, 0.82, 'L_buttock_lower_lateral'],
  ['back', 0.12, 0.7, 'L_thigh_posterior_upper'],
  ['back', 0.13, 0.57, 'L_thigh_posterior_lower'],
  ['back', 0.14, 0.47, 'L_knee_posterior'],
  ['back', 0.17, 0.3, 'L_calf'],
  ['left', 0.035, 1.005, 'L_iliac_crest'],
  ['left', 0.03, 0.86, 'L_hip_lateral'],
  ['left', 0.04, 0.7, 'L_thigh_lateral_upper'],
  ['left', 0.04, 0.58, 'L_thigh_lateral_lower'],
  ['left', 0.03, 0.475, 'L_knee_lateral'],
  ['left', 0.01, 0.3, 'L_leg_lateral'],
  ['left', 0.02, 0.07, 'L_ankle_lateral'],
  ['front', 0.115, 0.935, 'L_asis'],
  ['front', 0.07, 0.86, 'L_groin'],
  ['front', 0.04, 0.96, 'L_abdomen_lower'],
  ['front', 0.04, 1.08, 'L_abdomen_upper'],
  ['front', 0.06, 1.3, 'L_chest'],
  ['front', 0.12, 0.75, 'L_thigh_anterior_upper'],
  ['front', 0.13, 0.58, 'L_thigh_anterior_lower'],
  ['front', 0.14, 0.49, 'L_knee_anterior'],
  ['front', 0.16, 0.3, 'L_shin'],
  ['front', 0.19, 0.03, 'L_foot'],
  ['front', 0.0, 1.55, 'M_head_neck'],
  ['front', 0.35, 1.1, 'L_arm'],
];

const MIRROR: Record<Facing, Facing> = { back: 'back', front: 'front', left: 'right', right: 'left' };

describe('the region atlas on the body model', () => {
  it.each(LANDMARKS)('a tap from the %s at %f, %f lands in %s', (facing, u, y, expected) => {
    expect(regionAt(facing, u, y)).toBe(expected);
  });

  it.each(LANDMARKS.filter(([, , , id]) => sideOf(id) !== undefined))(
    'the mirrored tap from the %s at %f, %f lands on the right side',
    (facing, u, y, expected) => {
      const mirroredU = facing === 'left' || facing === 'right' ? u : -u;
      expect(regionAt(MIRROR[facing], mirroredU, y)).toBe(mirrorRegion(expected));
    },
  );

  it('gives every one of the 70 regions some skin', () => {
    const present = new Set(Array.from(body.regions, (r) => REGION_IDS[r]));
    expect(REGION_IDS.filter((id) => !present.has(id))).toEqual([]);
  });

  it('keeps left and right the same size', () => {
    const area = new Map<RegionId, number>();
    body.regions.forEach((r, v) => area.set(REGION_IDS[r]!, (area.get(REGION_IDS[r]!) ?? 0) + body.areas[v]!));
    for (const id of REGION_IDS.filter((id) => sideOf(id) === 'L')) {
      const left = area.get(id)!;
      const right = area.get(mirrorRegion(id))!;
      expect(Math.abs(left - right) / Math.max(left, right), id).toBeLessThan(0.15);
    }
  });

  it('puts the belt line at the top of the iliac crest, at the side', () => {
    const crestHeights: number[] = [];
    body.regions.forEach((r, v) => {
      if (REGION_IDS[r] === 'L_iliac_crest') crestHeights.push(body.positions[3 * v + 1]!);
    });
    expect(Math.max(...crestHeights)).toBeGreaterThan(1.0);
    expect(Math.max(...crestHeights)).toBeLessThan(1.03);
    expect(Math.min(...crestHeights)).toBeGreaterThan(0.93);
  });

  it('matches the atlas baked into body.glb (the model was built from this code)', async () => {
    const bytes = await readFile(new URL('../../public/models/body.glb', import.meta.url));
    const model = await parseBodyModel(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const rebuilt = buildAtlas(model.positions);
    const differing = rebuilt.filter((r, v) => r !== model.regions[v]).length;
    expect(differing).toBe(0);
  });
});

describe("the app's own GLB reader", () => {
  it('reads exactly what three.js GLTFLoader reads from body.glb', async () => {
    const { readBodyGlb } = await import('../../src/body/readBodyGlb.ts');
    const bytes = await readFile(new URL('../../public/models/body.glb', import.meta.url));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const ours = await readBodyGlb(buffer);
    const three = await parseBodyModel(buffer);
    expect(Array.from(ours.regions)).toEqual(Array.from(three.regions));
    expect(Array.from(ours.triangles)).toEqual(Array.from(three.triangles));
    expect(ours.positions.length).toBe(three.positions.length);
    let worst = 0;
    ours.positions.forEach((p, i) => (worst = Math.max(worst, Math.abs(p - three.positions[i]!))));
    expect(worst).toBeLessThan(1e-6);
  });

  it('refuses a file that is not a GLB with a clear reason', async () => {
    const { readBodyGlb } = await import('../../src/body/readBodyGlb.ts');
    await expect(readBodyGlb(new TextEncoder().encode('<!doctype html><p>not found</p>').buffer)).rejects.toThrow('not a GLB');
  });
});
