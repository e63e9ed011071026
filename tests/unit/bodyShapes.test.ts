import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBodyModel } from '../../src/body/parseBodyModel.ts';
import { readBodyGlb } from '../../src/body/readBodyGlb.ts';
import { buildBodyMesh, type BodyMesh, type BodyModelData } from '../../src/core/mesh/bodyMesh.ts';
import { BODY_SHAPES, followShape, type BodyShape } from '../../src/core/mesh/bodyShape.ts';
import { restoreMap } from '../../src/core/persistence/restoreMap.ts';
import { toMapDocument } from '../../src/core/persistence/mapDocument.ts';
import { patternRegionsFor } from '../../src/core/library/patternRegions.ts';
import { trpById } from '../../src/core/library/index.ts';

const file = (path: string) => readFile(fileURLToPath(new URL(path, import.meta.url)));
let model: BodyModelData;
const bodies = {} as Record<BodyShape, BodyMesh>;
beforeAll(async () => {
  const bytes = await file('../../public/models/body.glb');
  model = await readBodyGlb(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  for (const shape of BODY_SHAPES) bodies[shape] = buildBodyMesh(model, { shape });
});

const length = (a: Float32Array, i: number) => Math.hypot(a[3 * i]!, a[3 * i + 1]!, a[3 * i + 2]!);

describe('female and male bodies', () => {
  it('carries MakeHuman’s female offsets, every one of them, to within the model’s quantization', async () => {
    const shipped = await file('../../models/body-shapes/female.delta.bin');
    const source = new Float32Array(shipped.buffer.slice(shipped.byteOffset, shipped.byteOffset + shipped.byteLength));
    const offsets = model.femaleOffsets!;
    expect(offsets.length).toBe(source.length);
    // The GLB reorders vertices, so compare the sorted sizes of the offsets.
    const sizes = (a: Float32Array) => Float64Array.from({ length: a.length / 3 }, (_, i) => length(a, i)).sort();
    const [ours, theirs] = [sizes(offsets), sizes(source)];
    let worst = 0;
    for (let i = 0; i < ours.length; i++) worst = Math.max(worst, Math.abs(ours[i]! - theirs[i]!));
    expect(worst).toBeLessThan(1e-4);
    expect(theirs.at(-1)!).toBeGreaterThan(0.02);
  });

  it('reads the same shape with three’s GLTFLoader as with our reader', async () => {
    const bytes = await file('../../public/models/body.glb');
    const viaThree = await parseBodyModel(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    let worst = 0;
    for (let i = 0; i < model.femaleOffsets!.length; i++) worst = Math.max(worst, Math.abs(model.femaleOffsets![i]! - viaThree.femaleOffsets![i]!));
    expect(worst).toBeLessThan(1e-6);
  });

  it('keeps every vertex’s region on every shape, so a map means the same places on each', () => {
    for (const shape of BODY_SHAPES) {
      expect(bodies[shape].vertexCount).toBe(bodies.between.vertexCount);
      expect(bodies[shape].regions).toEqual(bodies.between.regions);
      expect(bodies[shape].restPositions).toEqual(bodies.between.positions);
    }
  });

  it('moves the skin: female and male differ from in-between by equal and opposite amounts (the slider is linear)', () => {
    const { female, male, between } = bodies;
    let moved = 0;
    let worstAsymmetry = 0;
    for (let i = 0; i < between.positions.length; i++) {
      const f = female.positions[i]! - between.positions[i]!;
      const m = male.positions[i]! - between.positions[i]!;
      worstAsymmetry = Math.max(worstAsymmetry, Math.abs(f + m));
      moved = Math.max(moved, Math.abs(f));
    }
    expect(moved).toBeGreaterThan(0.02);
    expect(worstAsymmetry).toBeLessThan(1e-5);
  });

  it('gives the female body wider hips for its waist than the male body', () => {
    const widthAt = (body: BodyMesh, y0: number, y1: number) => {
      let half = 0;
      for (let v = 0; v < body.vertexCount; v++) {
        const y = body.positions[3 * v + 1]!;
        const x = Math.abs(body.positions[3 * v]!);
        // Trunk only: arms hang beside the hips in the default pose, so stay within the pelvis.
        if (y > y0 && y < y1 && x < 0.22) half = Math.max(half, x);
      }
      return half;
    };
    const ratio = (body: BodyMesh) => widthAt(body, 0.86, 0.92) / widthAt(body, 1.02, 1.06);
    expect(ratio(bodies.female)).toBeGreaterThan(ratio(bodies.male));
  });

  it('moves a trigger point’s marker with the skin under it', () => {
    const [marker] = patternRegionsFor(trpById('gluteus_medius.trp1')!, 'L').markers;
    const moved = followShape(marker!, bodies.female);
    expect(Math.hypot(moved[0] - marker![0], moved[1] - marker![1], moved[2] - marker![2])).toBeLessThan(0.06);
    expect(followShape(marker!, bodies.between)).toEqual([...marker!]);
  });

  it('remembers the shape with the map, and drops a shape it does not know', async () => {
    const map = {
      savedAt: '2026-12-01T10:00:00.000Z',
      paint: null,
      marks: [],
      symptoms: [],
      redFlags: [],
      pressTests: {},
      bodyShape: 'female' as const,
    };
    const document = await toMapDocument(map, '0.1.0');
    expect(document.body.shape).toBe('female');
    expect((await restoreMap(JSON.parse(JSON.stringify(document)))).map.bodyShape).toBe('female');
    const unknown = { ...document, body: { ...document.body, shape: 'tall' } };
    expect((await restoreMap(unknown)).map.bodyShape).toBeUndefined();
  });
});
