import { readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bytesToBase64, bytesToBase64Url } from '../../src/core/persistence/base64.ts';
import { MAP_SCHEMA_VERSION, toMapDocument, toMapDocumentNow, type PainMap } from '../../src/core/persistence/mapDocument.ts';
import { MIGRATIONS } from '../../src/core/persistence/migrations.ts';
import { decodePaint, encodePaint, encodePaintNow } from '../../src/core/persistence/paintCodec.ts';
import { inflateRaw, storedDeflate } from '../../src/core/persistence/deflate.ts';
import { MapRestoreError, restoreMap } from '../../src/core/persistence/restoreMap.ts';
import { decodeShareData, encodeShareData, MAX_LINK_CHARACTERS, parseMapText } from '../../src/core/persistence/transfer.ts';

const v1 = () => JSON.parse(readFileSync(new URL('../fixtures/map-v1.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const MAP: PainMap = {
  savedAt: '2026-11-23T10:00:00.000Z',
  paint: Uint8Array.from([0, 3, 10, 0, 0, 5]),
  marks: [{ region: 'L_sij', intensity: 10, share: 0.4 }],
  symptoms: ['walking', 'stairs'],
  redFlags: ['fever'],
  pressTests: { 'gluteus_medius.trp1@L': 'familiar' },
  note: 'after the long drive',
};

const SAVED = await toMapDocument(MAP, '0.1.0');
const ABOVE_TEN = await encodePaint(Uint8Array.from([0, 11, 0, 0, 0, 0]));
const NOT_A_MAP_LINK = await encodeShareData({ hello: 'world' } as never);
const current = (overrides: Record<string, unknown> = {}) => ({ ...SAVED, ...overrides });

async function rejects(value: unknown): Promise<string> {
  try {
    await restoreMap(value);
  } catch (error) {
    expect(error).toBeInstanceOf(MapRestoreError);
    return (error as Error).message;
  }
  throw new Error('the map was accepted');
}

describe('saving and restoring a map', () => {
  it('round-trips every field through the saved format', async () => {
    const { map, warnings } = await restoreMap(JSON.parse(JSON.stringify(current())));
    expect(warnings).toEqual([]);
    expect(Array.from(map.paint!)).toEqual(Array.from(MAP.paint!));
    expect(map).toMatchObject({ savedAt: MAP.savedAt, symptoms: MAP.symptoms, redFlags: MAP.redFlags, pressTests: MAP.pressTests, note: MAP.note });
    expect(map.marks).toEqual(MAP.marks);
  });

  it('keeps a map without paint (marks only) as marks', async () => {
    const { map } = await restoreMap(current({ paint: undefined, body: { vertexCount: 0 } }));
    expect(map.paint).toBeNull();
    expect(map.marks).toEqual(MAP.marks);
  });
});

describe('migrations of older saved maps', () => {
  it('brings a version 1 map up to date: same paint, marks and answers, no press tests yet', async () => {
    const { map, warnings } = await restoreMap(v1());
    expect(warnings).toEqual([]);
    expect(Array.from(map.paint!)).toEqual([0, 7, 7, 0, 6, 0, 0, 0]);
    expect(map.marks.map((m) => m.region)).toEqual(['L_iliac_crest', 'L_sij']);
    expect(map.symptoms).toEqual(['walking']);
    expect(map.pressTests).toEqual({});
  });

  it.each(MIGRATIONS.map((m) => [m.id, m] as const))('%s turns its before-fixture into its after-fixture', (_, migration) => {
    const before = { ...v1(), schemaVersion: migration.from };
    const after = migration.up(before);
    expect(after.schemaVersion).toBe(migration.from + 1);
    expect(after).toEqual({ ...before, schemaVersion: migration.from + 1, pressTests: {} });
  });

  it('has a migration for every older version (all of them ran above)', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: MAP_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });
});

describe('bad, damaged and hostile maps', () => {
  it.each([
    ['not an object', 'hello', 'not a painmap map'],
    ['an array', [1, 2, 3], 'not a painmap map'],
    ['another app’s JSON', { type: 'excalidraw', elements: [] }, 'not a painmap map'],
    ['no version', { format: 'painmap-map' }, 'no valid format version'],
    ['a version in words', { format: 'painmap-map', schemaVersion: 'two' }, 'no valid format version'],
    ['a newer version', { ...current(), schemaVersion: 99 }, 'newer version of painmap'],
    ['paint without a body size', current({ body: undefined }), 'body size'],
    ['an impossible body size', current({ body: { vertexCount: 1e9 } }), 'body size'],
    ['paint that is not base64', current({ paint: '!!!not base64!!!' }), 'paint data is damaged'],
    ['paint that does not decompress', current({ paint: bytesToBase64(Uint8Array.from([1, 2, 3, 4, 5])) }), 'does not decompress'],
    ['paint for a different body', current({ body: { vertexCount: 7 } }), '6 values for a body of 7 points'],
    ['paint above 10', current({ paint: ABOVE_TEN }), 'above 10'],
    ['a marks list that is not a list', current({ marks: 'L_sij' }), 'marked regions is damaged'],
  ])('refuses %s with a clear reason', async (_, value, reason) => {
    expect(await rejects(value)).toContain(reason);
  });

  it('refuses a decompression bomb, inflating no more than one body’s worth', async () => {
    const bomb = bytesToBase64(deflateRawSync(new Uint8Array(50_000_000)));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await rejects(current({ paint: bomb, body: { vertexCount: 53_514 } }))).toContain('more values');
  });

  it('refuses paint far longer than its body could need, without decoding it', async () => {
    expect(await rejects(current({ paint: 'A'.repeat(5_000), body: { vertexCount: 6 } }))).toBe('The map’s paint data is damaged.');
  });

  it('drops single bad entries with a warning and keeps the rest', async () => {
    const { map, warnings } = await restoreMap(
      current({
        marks: [
          { region: 'L_sij', intensity: 6 },
          { region: 'L_toe', intensity: 6 },
          { region: 'R_sij', intensity: 42 },
          { region: 'L_sij', intensity: 8 },
          null,
        ],
        symptoms: ['walking', 'juggling'],
        pressTests: { 'gluteus_medius.trp1@L': 'familiar', 'no_such.trp@L': 'tender', 'gluteus_medius.trp2@X': 'nothing' },
      }),
    );
    expect(map.marks).toEqual([{ region: 'L_sij', intensity: 8 }]);
    expect(map.symptoms).toEqual(['walking']);
    expect(map.pressTests).toEqual({ 'gluteus_medius.trp1@L': 'familiar' });
    expect(warnings.length).toBe(6);
  });

  it('is not fooled by __proto__ keys', async () => {
    const hostile = JSON.parse(
      `{"format":"painmap-map","schemaVersion":2,"savedAt":"2026-01-01T00:00:00Z","marks":[],"pressTests":{"__proto__":{"polluted":true}},"__proto__":{"polluted":true}}`,
    );
    const { map } = await restoreMap(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(map.pressTests)).toEqual([]);
  });

  it('refuses a press-test key with anything after the side', async () => {
    const { map, warnings } = await restoreMap(current({ pressTests: { 'gluteus_medius.trp1@L': 'familiar', 'gluteus_medius.trp1@R@junk': 'tender' } }));
    expect(map.pressTests).toEqual({ 'gluteus_medius.trp1@L': 'familiar' });
    expect(warnings).toHaveLength(1);
  });

  it('dates a map with an impossible date today, not 1970, and says so', async () => {
    const { map, warnings } = await restoreMap(current({ savedAt: 'yesterday-ish' }));
    expect(new Date(map.savedAt).getUTCFullYear()).toBe(new Date().getUTCFullYear());
    expect(Date.now() - Date.parse(map.savedAt)).toBeLessThan(60_000);
    expect(warnings.join(' ')).toMatch(/no valid date.*dated today/);
  });

  it('keeps the first 1000 of 1,001 marks and says the rest were not read', async () => {
    const marks = [{ region: 'L_sij', intensity: 6 }, ...Array.from({ length: 1000 }, () => ({ region: 'R_sij', intensity: 3 }))];
    const { map, warnings } = await restoreMap(current({ marks }));
    expect(map.marks).toEqual([
      { region: 'L_sij', intensity: 6 },
      { region: 'R_sij', intensity: 3 },
    ]);
    expect(warnings.join(' ')).toMatch(/first 1000 of 1001 marks/);
  });

  it('cuts an over-long note', async () => {
    expect((await restoreMap(current({ note: 'x'.repeat(10_000) }))).map.note).toHaveLength(500);
  });
});

describe('files and share links', () => {
  it('round-trips a map through a share link, which holds only URL-safe characters', async () => {
    const data = await encodeShareData(current());
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    const { map } = await restoreMap(await decodeShareData(data));
    expect(Array.from(map.paint!)).toEqual(Array.from(MAP.paint!));
    expect(map.pressTests).toEqual(MAP.pressTests);
  });

  it('keeps a share link for a real-sized map short', async () => {
    const paint = new Uint8Array(53_514);
    paint.fill(7, 20_000, 20_900);
    paint.fill(4, 30_000, 30_400);
    const data = await encodeShareData(await toMapDocument({ ...MAP, paint }, '0.1.0'));
    expect(data.length).toBeLessThan(2_000);
  });

  it.each([
    ['too long', 'A'.repeat(MAX_LINK_CHARACTERS + 1), 'far longer'],
    ['damaged', 'not*base64url', 'damaged'],
    ['not a map', NOT_A_MAP_LINK, 'not a painmap map'],
  ])('refuses a share link that is %s', async (_, data, reason) => {
    await expect(decodeShareData(data).then(restoreMap)).rejects.toThrow(reason);
  });

  it('calls a link whose data was changed a damaged link, not a bad file', async () => {
    const data = await encodeShareData(current());
    // Flipping one character in the middle still inflates (or fails to) but never yields the map's JSON.
    const tampered = data.slice(0, 40) + (data[40] === 'A' ? 'B' : 'A') + data.slice(41);
    await expect(decodeShareData(tampered)).rejects.toThrow(/link is damaged/);
    const notJson = bytesToBase64Url(deflateRawSync(new TextEncoder().encode('{ not json')));
    await expect(decodeShareData(notJson)).rejects.toThrow(/link is damaged/);
  });

  it('refuses a file that is not JSON, or far too large, before reading it as a map', () => {
    expect(() => parseMapText('<html>')).toThrow('not valid JSON');
    expect(() => parseMapText(' '.repeat(2_000_001))).toThrow('far larger');
  });
});

/**
 * Made by the app's earlier encoder (fflate's deflateSync, level 9) before it was replaced by the
 * platform's compression streams: a 2,000-point body with three painted patches, and a share link
 * of a map with that paint. Maps and links made then must keep opening.
 */
const FFLATE_PAINT = 'YxgmgJ1mYLiE0CgYyYCFSDAaUqNgFAxZwAUA';
const FFLATE_LINK =
  'TU9BasMwEPxK2HNiZJe24FNN2hyKyaVJwSklbOq1osayVElObIz_3nUDJSAdZmZnZ3aAyjiNAVKwqBqNdsEf5uC_jqTxnZxXpoE0mQNa-w9BRHEkpjE8U5lN9kQkD4s4XiR3m1ikYnqREGLHQwdT9pAOcCYXqFuatmFDwuI4_0ud7EUntXyNdZGrF7GURV8sV2_PGW5_1nKVdbtLts14lUZ38pB-DOBIXqvke6--WeI91HgVOOqRix3REaQiuh8_GfXaBqMnJ1ywPqlGAtOOylWNcqJv0NpcsXXk_YZ8YH0AWbeBWr_XVKrWR8HZ-Cnn-Aq1qhU64GMaEziTS5Y0O_SzqqqRifEX';
const FFLATE_VALUES = new Uint8Array(2000);
FFLATE_VALUES.fill(7, 200, 290);
FFLATE_VALUES.fill(4, 1000, 1040);
FFLATE_VALUES[1999] = 10;

describe('paint and links compressed by the platform', () => {
  it('opens paint and a share link made by the earlier encoder (fflate)', async () => {
    expect(Array.from(await decodePaint(FFLATE_PAINT, 2000))).toEqual(Array.from(FFLATE_VALUES));
    const { map } = await restoreMap(await decodeShareData(FFLATE_LINK));
    expect(Array.from(map.paint!)).toEqual(Array.from(FFLATE_VALUES));
    expect(map).toMatchObject({ savedAt: '2026-11-23T10:00:00.000Z', symptoms: ['walking'], note: 'made by fflate' });
  });

  it('writes paint that opens again, in the same raw DEFLATE and base64 any inflater reads', async () => {
    const text = await encodePaint(FFLATE_VALUES);
    expect(text.length).toBeLessThan(200);
    expect(Array.from(await decodePaint(text, 2000))).toEqual(Array.from(FFLATE_VALUES));
    expect(Array.from(inflateRawSync(Buffer.from(text, 'base64')))).toEqual(Array.from(FFLATE_VALUES));
  });

  it('writes paint uncompressed at once (stored blocks), which the app and zlib both read back', async () => {
    // More than one 65,535-byte block, and an empty body: the block boundaries and the smallest case.
    for (const values of [Uint8Array.from({ length: 150_000 }, (_, i) => (i * 7) % 11), new Uint8Array(0), FFLATE_VALUES]) {
      const packed = storedDeflate(values);
      expect(packed.length).toBe(values.length + 5 * Math.max(1, Math.ceil(values.length / 65_535)));
      expect(Array.from(inflateRawSync(packed))).toEqual(Array.from(values));
      expect(Array.from(await inflateRaw(packed, values.length))).toEqual(Array.from(values));
    }
    const text = encodePaintNow(FFLATE_VALUES);
    expect(Array.from(await decodePaint(text, 2000))).toEqual(Array.from(FFLATE_VALUES));
    // A map saved that way opens with the same paint, and passes the size bound for its body.
    const { map } = await restoreMap(JSON.parse(JSON.stringify(toMapDocumentNow({ ...MAP, paint: FFLATE_VALUES }, '0.1.0'))));
    expect(Array.from(map.paint!)).toEqual(Array.from(FFLATE_VALUES));
  });

  it('stops inflating once the output passes the bound, for paint and for links', async () => {
    const packed = deflateRawSync(new Uint8Array(50_000_000));
    expect((await inflateRaw(packed, 1000)).length).toBe(1001);
    await expect(decodePaint(bytesToBase64(packed), 53_514)).rejects.toThrow('the paint data has more values for a body of 53514 points');
    const hugeJson = bytesToBase64Url(deflateRawSync(Buffer.from(`"${' '.repeat(3_000_000)}"`)));
    await expect(decodeShareData(hugeJson)).rejects.toThrow(/link is damaged/);
  });

  it('says paint that is cut short is damaged', async () => {
    const packed = Buffer.from(FFLATE_PAINT, 'base64');
    await expect(decodePaint(bytesToBase64(packed.subarray(0, packed.length - 4)), 2000)).rejects.toThrow('the paint data is damaged (it does not decompress)');
    expect(await rejects(current({ paint: bytesToBase64(packed.subarray(0, 8)), body: { vertexCount: 2000 } }))).toBe(
      'The map’s paint data is damaged: the paint data is damaged (it does not decompress).',
    );
  });
});
