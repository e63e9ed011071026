import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBodyModel } from '../../src/body/parseBodyModel.ts';
import { buildBodyMesh, type BodyMesh, type BodyPreview } from '../../src/core/mesh/bodyMesh.ts';

let body: BodyMesh;
let preview: BodyPreview | undefined;
let previews = 0;
beforeAll(async () => {
  const bytes = await readFile(fileURLToPath(new URL('../../public/models/body.glb', import.meta.url)));
  const model = await parseBodyModel(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  body = buildBodyMesh(model, {
    onPreview: (p) => {
      preview = p;
      previews++;
    },
  });
});

describe('the body drawn first, and while turning', () => {
  it('offers one preview before the full body, on the very vertices the full body starts with (so the swap does not jump)', () => {
    expect(previews).toBe(1);
    const count = preview!.positions.length / 3;
    expect(count).toBeGreaterThan(10_000);
    expect(count).toBeLessThan(body.vertexCount / 3);
    expect(preview!.positions).toEqual(body.positions.subarray(0, preview!.positions.length));
    expect(preview!.normals.length).toBe(preview!.positions.length);
  });

  it('draws the model triangles (a quarter of the full count) and they use only the first vertices', () => {
    expect(body.coarseTriangles.length * 4).toBe(body.triangles.length);
    expect(preview!.triangles).toEqual(body.coarseTriangles);
    const count = preview!.positions.length / 3;
    expect(Math.max(...body.coarseTriangles)).toBeLessThan(count);
  });

  it('faces the same way as the full body: preview normals point out where the full body points out', () => {
    let agree = 0;
    const count = preview!.positions.length / 3;
    for (let v = 0; v < count; v++) {
      const dot =
        preview!.normals[3 * v]! * body.normals[3 * v]! +
        preview!.normals[3 * v + 1]! * body.normals[3 * v + 1]! +
        preview!.normals[3 * v + 2]! * body.normals[3 * v + 2]!;
      if (dot > 0.8) agree++;
    }
    expect(agree / count).toBeGreaterThan(0.97);
  });
});
