import { readFileSync } from 'node:fs';
import { MeshoptEncoder } from 'meshoptimizer';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeMeshoptBuffer, type MeshoptMode } from '../../src/body/meshoptDecode.ts';

/*
 * Bulk test data (up to 400 KB per buffer, 180 buffers) comes from a small seeded generator, not
 * from fast-check: fast-check builds every value with its shrink tree, which takes seconds for a
 * buffer this size, and a byte codec needs volume, not shrinking. The seed is in each test's name.
 */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in [min, max]. */
const randomInt = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

beforeAll(async () => {
  await MeshoptDecoder.ready;
  await MeshoptEncoder.ready;
});

/** Index of the first byte where a and b differ, or -1 (keeps failure messages short on big buffers). */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

function ours(count: number, stride: number, source: Uint8Array, mode: MeshoptMode, filter?: string): Uint8Array {
  const target = new Uint8Array(count * stride);
  decodeMeshoptBuffer(target, count, stride, source, mode, filter);
  return target;
}

function three(count: number, stride: number, source: Uint8Array, mode: MeshoptMode): Uint8Array {
  const target = new Uint8Array(count * stride);
  MeshoptDecoder.decodeGltfBuffer(target, count, stride, source, mode);
  return target;
}

/**
 * Decodes with both decoders: they must both reject the stream, or both give the same bytes. With
 * `stricter`, ours may also reject what three accepts (streams the spec calls invalid, such as a
 * codeaux nibble of 0xf or a varint longer than 5 bytes, which the reference decodes anyway).
 */
function expectSameAsThree(count: number, stride: number, source: Uint8Array, mode: MeshoptMode, stricter = false): 'decoded' | 'rejected' {
  let mine: Uint8Array | Error;
  let theirs: Uint8Array | Error;
  try {
    mine = ours(count, stride, source, mode);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^meshopt: /);
    mine = error as Error;
  }
  try {
    theirs = three(count, stride, source, mode);
  } catch (error) {
    theirs = error as Error;
  }
  if (!(stricter && mine instanceof Error))
    expect(mine instanceof Error ? 'rejected' : 'decoded').toBe(theirs instanceof Error ? 'rejected' : 'decoded');
  if (mine instanceof Uint8Array && theirs instanceof Uint8Array) expect(firstDifference(mine, theirs)).toBe(-1);
  return mine instanceof Error ? 'rejected' : 'decoded';
}

describe('decodeMeshoptBuffer on public/models/body.glb', () => {
  const glb = readFileSync(new URL('../../public/models/body.glb', import.meta.url));
  const jsonLength = glb.readUInt32LE(12);
  const json = JSON.parse(glb.subarray(20, 20 + jsonLength).toString('utf8')) as {
    bufferViews: {
      extensions?: {
        EXT_meshopt_compression?: { byteOffset?: number; byteLength: number; byteStride: number; count: number; mode: MeshoptMode; filter?: string };
      };
    }[];
  };
  const bin = glb.subarray(28 + jsonLength, 28 + jsonLength + glb.readUInt32LE(20 + jsonLength));

  it('has only compressed views, in the modes this decoder supports', () => {
    expect(json.bufferViews.length).toBeGreaterThan(0);
    for (const view of json.bufferViews) expect(['ATTRIBUTES', 'TRIANGLES']).toContain(view.extensions?.EXT_meshopt_compression?.mode);
  });

  json.bufferViews.forEach((view, index) => {
    const m = view.extensions!.EXT_meshopt_compression!;
    it(`bufferView ${index} (${m.mode}, byteStride ${m.byteStride}, count ${m.count}) decodes byte for byte as three's MeshoptDecoder does`, () => {
      const source = new Uint8Array(bin.buffer, bin.byteOffset + (m.byteOffset ?? 0), m.byteLength);
      const mine = ours(m.count, m.byteStride, source, m.mode, m.filter);
      const theirs = three(m.count, m.byteStride, source, m.mode);
      expect(firstDifference(mine, theirs)).toBe(-1);
      // Writing into a view of a bigger buffer at an odd offset must work too.
      const big = new Uint8Array(m.count * m.byteStride + 3);
      decodeMeshoptBuffer(big.subarray(1, 1 + m.count * m.byteStride), m.count, m.byteStride, source, m.mode, m.filter);
      expect(firstDifference(big.subarray(1, 1 + m.count * m.byteStride), theirs)).toBe(-1);
      expect(big[0]).toBe(0);
      expect(big[big.length - 1]).toBe(0);
    });
  });
});

type VertexKind = 'random' | 'lanes' | 'quantized';

/**
 * Vertex data of `count` elements. 'random' makes every group of deltas incompressible (raw bytes);
 * 'lanes' gives each byte lane its own delta size (none, ±1, ±7, ±1 or ±4 with rare big jumps,
 * random) so the encoder picks every group mode, with and without sentinel bytes; 'quantized' is
 * what a mesh looks like: smooth 16-bit components, little-endian.
 */
function vertexData(kind: VertexKind, count: number, stride: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  const data = new Uint8Array(count * stride);
  if (kind === 'random') {
    for (let i = 0; i < data.length; i++) data[i] = randomInt(random, 0, 255);
  } else if (kind === 'lanes') {
    for (let k = 0; k < stride; k++) {
      const behaviour = (k + seed) % 6;
      let value = randomInt(random, 0, 255);
      for (let i = 0; i < count; i++) {
        const spike = random() < 0.08;
        if (behaviour === 1) value += randomInt(random, -1, 1);
        else if (behaviour === 2) value += randomInt(random, -7, 7);
        else if (behaviour === 3) value += spike ? randomInt(random, -128, 127) : randomInt(random, -1, 1);
        else if (behaviour === 4) value += spike ? randomInt(random, -128, 127) : randomInt(random, -4, 4);
        else if (behaviour === 5) value = randomInt(random, 0, 255);
        data[i * stride + k] = value & 255;
      }
    }
  } else {
    const view = new DataView(data.buffer);
    const phase = random() * 10;
    for (let i = 0; i < count; i++) {
      for (let c = 0; c < stride / 2; c++) {
        const value = Math.round(30000 * Math.sin(phase + i * 0.003 * (c + 1)) + (random() < 0.01 ? randomInt(random, -500, 500) : 0));
        view.setInt16(i * stride + c * 2, value, true);
      }
    }
  }
  return data;
}

describe('vertex data (ATTRIBUTES, codec v0): round trips through meshoptimizer’s encoder', () => {
  const strides = [4, 8, 12, 16, 32];
  const counts = [1, 15, 16, 17, 255, 256, 257, 1000, 13380];
  const kinds: VertexKind[] = ['random', 'lanes', 'quantized'];
  let seed = 1000;
  for (const stride of strides) {
    for (const count of counts) {
      for (const kind of kinds) {
        const caseSeed = seed++;
        it(`byteStride ${stride}, count ${count}, ${kind} data, seed ${caseSeed}`, () => {
          const source = vertexData(kind, count, stride, caseSeed);
          const encoded = MeshoptEncoder.encodeGltfBuffer(source, count, stride, 'ATTRIBUTES', 0);
          expect(encoded[0]).toBe(0xa0);
          expect(firstDifference(ours(count, stride, encoded, 'ATTRIBUTES'), source)).toBe(-1);
          expect(firstDifference(three(count, stride, encoded, 'ATTRIBUTES'), source)).toBe(-1);
        });
      }
    }
  }

  for (const stride of [4, 20, 64, 128, 256]) {
    for (const level of [0, 1, 3]) {
      const caseSeed = 7000 + stride * 10 + level;
      it(`byteStride ${stride} (blocks of ${Math.min((8192 / stride) & ~15, 256)}), encoder level ${level}, count 777, lanes data, seed ${caseSeed}`, () => {
        const source = vertexData('lanes', 777, stride, caseSeed);
        const encoded = MeshoptEncoder.encodeVertexBufferLevel(source, 777, stride, level, 0);
        expect(encoded[0]).toBe(0xa0);
        expect(firstDifference(ours(777, stride, encoded, 'ATTRIBUTES'), source)).toBe(-1);
        expect(firstDifference(three(777, stride, encoded, 'ATTRIBUTES'), source)).toBe(-1);
      });
    }
  }

  it('count 0 decodes to nothing', () => {
    const encoded = MeshoptEncoder.encodeGltfBuffer(new Uint8Array(0), 0, 8, 'ATTRIBUTES', 0);
    expect(ours(0, 8, encoded, 'ATTRIBUTES').length).toBe(0);
  });
});

type TriangleKind =
  | 'grid'
  | 'grid, optimized'
  | 'grid, optimized for size'
  | 'grid, rotated corners'
  | 'grid, shuffled'
  | 'grid twice'
  | 'random, few vertices'
  | 'random, many vertices';

/**
 * Triangle lists: grids walk neighbouring triangles (edge and vertex FIFO hits); optimized grids go
 * through meshoptimizer's vertex cache and fetch reordering, as glTF pipelines do, so new vertices
 * come in order (codeaux and next); random ones mostly miss and need explicit indices.
 */
function triangles(kind: TriangleKind, triangleCount: number, maxIndex: number, seed: number): Uint32Array {
  const random = seededRandom(seed);
  const out = new Uint32Array(triangleCount * 3);
  if (kind.startsWith('random')) {
    const vertices = kind === 'random, few vertices' ? Math.min(maxIndex, 40) : maxIndex;
    for (let i = 0; i < out.length; i++) out[i] = Math.floor(random() * (vertices + 1));
    return out;
  }
  const width = 1 + randomInt(random, 2, 40);
  const grid: number[][] = [];
  for (let q = 0; grid.length < triangleCount; q++) {
    const x = q % (width - 1);
    const y = Math.floor(q / (width - 1));
    const v = y * width + x;
    grid.push([v, v + width, v + 1], [v + 1, v + width, v + width + 1]);
  }
  let list = grid.slice(0, triangleCount);
  if (kind === 'grid, rotated corners') list = list.map((t, i) => (i % 3 === 0 ? t : i % 3 === 1 ? [t[1]!, t[2]!, t[0]!] : [t[2]!, t[0]!, t[1]!]));
  if (kind === 'grid, shuffled') {
    for (let i = list.length - 1; i > 0; i--) {
      const j = randomInt(random, 0, i);
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
  }
  list.forEach((t, i) => out.set(t, i * 3));
  if (kind === 'grid, optimized' || kind === 'grid, optimized for size') MeshoptEncoder.reorderMesh(out, true, kind === 'grid, optimized for size');
  if (kind === 'grid twice') {
    // Two optimized meshes back to back, each numbered from 0: the stream restarts `next`.
    const half = out.slice(0, Math.ceil(triangleCount / 2) * 3);
    MeshoptEncoder.reorderMesh(half, true, false);
    out.set(half);
    out.set(half.subarray(0, out.length - half.length), half.length);
  }
  return out;
}

/** Each triangle turned to its smallest rotation: the encoder may rotate a triangle's corners (keeping its winding). */
function canonicalTriangles(bytes: Uint8Array, size: 2 | 4): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const index = (i: number): number => (size === 2 ? view.getUint16(i * 2, true) : view.getUint32(i * 4, true));
  const out: number[] = [];
  for (let t = 0; t < bytes.length / size / 3; t++) {
    const [a, b, c] = [index(t * 3), index(t * 3 + 1), index(t * 3 + 2)];
    const rotations = [
      [a, b, c],
      [b, c, a],
      [c, a, b],
    ].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!);
    out.push(...rotations[0]!);
  }
  return out;
}

/** Index of the first differing triangle corner after canonicalTriangles, or -1. */
function firstTriangleDifference(a: Uint8Array, b: Uint8Array, size: 2 | 4): number {
  const x = canonicalTriangles(a, size);
  const y = canonicalTriangles(b, size);
  if (x.length !== y.length) return Math.min(x.length, y.length);
  return x.findIndex((v, i) => v !== y[i]);
}

function indexBytes(indices: Uint32Array, size: 2 | 4): Uint8Array {
  return size === 4 ? new Uint8Array(indices.slice().buffer) : new Uint8Array(Uint16Array.from(indices).buffer);
}

describe('index data (TRIANGLES, codec v1): round trips through meshoptimizer’s encoder', () => {
  const kinds: TriangleKind[] = [
    'grid',
    'grid, optimized',
    'grid, optimized for size',
    'grid, rotated corners',
    'grid, shuffled',
    'grid twice',
    'random, few vertices',
    'random, many vertices',
  ];
  let seed = 2000;
  for (const size of [2, 4] as const) {
    for (const triangleCount of [1, 2, 16, 17, 100, 1000, 26756]) {
      for (const kind of kinds) {
        const caseSeed = seed++;
        it(`${size}-byte indices, ${triangleCount} triangles, ${kind}, seed ${caseSeed}`, () => {
          const indices = triangles(kind, triangleCount, size === 2 ? 65535 : 0xffffffff, caseSeed);
          const source = indexBytes(indices, size);
          const encoded = MeshoptEncoder.encodeGltfBuffer(source, indices.length, size, 'TRIANGLES');
          expect(encoded[0]).toBe(0xe1);
          const decoded = ours(indices.length, size, encoded, 'TRIANGLES');
          expect(firstTriangleDifference(decoded, source, size)).toBe(-1);
          expect(firstDifference(decoded, three(indices.length, size, encoded, 'TRIANGLES'))).toBe(-1);
        });
      }
    }
  }

  it('degenerate triangles and the largest 32-bit index round trip, seed 2999', () => {
    const random = seededRandom(2999);
    const indices = new Uint32Array(3000);
    for (let i = 0; i < indices.length; i++)
      indices[i] = random() < 0.3 ? 0xffffffff : random() < 0.5 ? (indices[i - 1] ?? 0) : randomInt(random, 0, 50);
    const source = indexBytes(indices, 4);
    const encoded = MeshoptEncoder.encodeGltfBuffer(source, indices.length, 4, 'TRIANGLES');
    const decoded = ours(indices.length, 4, encoded, 'TRIANGLES');
    expect(firstTriangleDifference(decoded, source, 4)).toBe(-1);
    expect(firstDifference(decoded, three(indices.length, 4, encoded, 'TRIANGLES'))).toBe(-1);
  });
});

describe('index data (INDICES): round trips through meshoptimizer’s encoder', () => {
  let seed = 3000;
  for (const size of [2, 4] as const) {
    for (const count of [1, 2, 17, 1000, 30000]) {
      const caseSeed = seed++;
      it(`${size}-byte indices, count ${count}, seed ${caseSeed}`, () => {
        const random = seededRandom(caseSeed);
        // The codec stores deltas in [-2^30, 2^30), so 4-byte values stay below 2^30.
        const max = size === 2 ? 65535 : 2 ** 30 - 1;
        // Two interleaved runs (what the two baselines are for) with jumps now and then.
        const indices = new Uint32Array(count);
        const runs = [randomInt(random, 0, 1000), randomInt(random, 0, 1000)];
        for (let i = 0; i < count; i++) {
          const r = i & 1;
          runs[r] = random() < 0.05 ? Math.floor(random() * (max + 1)) : Math.min(max, Math.max(0, runs[r]! + randomInt(random, -3, 5)));
          indices[i] = runs[r]!;
        }
        const source = indexBytes(indices, size);
        const encoded = MeshoptEncoder.encodeGltfBuffer(source, count, size, 'INDICES');
        expect(encoded[0]).toBe(0xd1);
        expect(firstDifference(ours(count, size, encoded, 'INDICES'), source)).toBe(-1);
        expect(firstDifference(three(count, size, encoded, 'INDICES'), source)).toBe(-1);
      });
    }
  }
});

describe('bad input: clear errors, no hangs', () => {
  const vertices = vertexData('lanes', 100, 8, 4000);
  const vertexStream = MeshoptEncoder.encodeGltfBuffer(vertices, 100, 8, 'ATTRIBUTES', 0);
  const tris = indexBytes(triangles('grid', 60, 65535, 4001), 2);
  const triangleStream = MeshoptEncoder.encodeGltfBuffer(tris, 180, 2, 'TRIANGLES');
  const sequenceStream = MeshoptEncoder.encodeGltfBuffer(tris, 180, 2, 'INDICES');
  const streams: [MeshoptMode, number, number, Uint8Array][] = [
    ['ATTRIBUTES', 100, 8, vertexStream],
    ['TRIANGLES', 180, 2, triangleStream],
    ['INDICES', 180, 2, sequenceStream],
  ];

  it('rejects codec versions and modes it does not implement, naming them', () => {
    const v1 = MeshoptEncoder.encodeGltfBuffer(vertices, 100, 8, 'ATTRIBUTES', 1);
    expect(v1[0]).toBe(0xa1);
    expect(() => ours(100, 8, v1, 'ATTRIBUTES')).toThrow('unsupported vertex codec header 0xa1');
    expect(() => ours(100, 8, Uint8Array.of(0, ...vertexStream.subarray(1)), 'ATTRIBUTES')).toThrow('unsupported vertex codec header 0x0');
    expect(() => ours(180, 2, Uint8Array.of(0xe0, ...triangleStream.subarray(1)), 'TRIANGLES')).toThrow('unsupported index codec header 0xe0');
    expect(() => ours(180, 2, triangleStream, 'INDICES')).toThrow('unsupported index codec header 0xe1');
    expect(() => ours(180, 2, sequenceStream, 'TRIANGLES')).toThrow('unsupported index codec header 0xd1');
    expect(() => ours(100, 8, triangleStream, 'ATTRIBUTES')).toThrow('unsupported vertex codec header 0xe1');
    expect(() => ours(100, 8, vertexStream, 'STRIPS' as MeshoptMode)).toThrow('mode STRIPS is not supported');
    expect(() => ours(100, 8, vertexStream, 'ATTRIBUTES', 'OCTAHEDRAL')).toThrow('filter OCTAHEDRAL is not supported');
    expect(ours(100, 8, vertexStream, 'ATTRIBUTES', 'NONE')).toEqual(vertices);
  });

  it('rejects layouts the spec does not allow', () => {
    expect(() => ours(100, 6, vertexStream, 'ATTRIBUTES')).toThrow('byteStride 6');
    expect(() => ours(100, 0, vertexStream, 'ATTRIBUTES')).toThrow('byteStride 0');
    expect(() => ours(1, 260, vertexStream, 'ATTRIBUTES')).toThrow('byteStride 260');
    expect(() => ours(180, 3, triangleStream, 'TRIANGLES')).toThrow('byteStride 3');
    expect(() => ours(179, 2, triangleStream, 'TRIANGLES')).toThrow('not a multiple of 3');
    expect(() => decodeMeshoptBuffer(new Uint8Array(0), -3, 2, triangleStream, 'TRIANGLES')).toThrow('bad element count');
    expect(() => decodeMeshoptBuffer(new Uint8Array(800), 1.5, 8, vertexStream, 'ATTRIBUTES')).toThrow('bad element count');
    expect(() => decodeMeshoptBuffer(new Uint8Array(799), 100, 8, vertexStream, 'ATTRIBUTES')).toThrow('target is smaller');
  });

  for (const [mode, count, stride, stream] of streams) {
    it(`${mode}: every truncation, an empty buffer and trailing bytes are rejected, as three rejects them`, () => {
      for (let length = 0; length < stream.length; length++) {
        expect(() => ours(count, stride, stream.subarray(0, length), mode), `length ${length}`).toThrow(/^meshopt: (malformed|unsupported)/);
        expect(expectSameAsThree(count, stride, stream.subarray(0, length), mode)).toBe('rejected');
      }
      expect(() => ours(count, stride, Uint8Array.of(...stream, 0), mode)).toThrow('malformed');
      expect(expectSameAsThree(count, stride, Uint8Array.of(...stream, 0), mode)).toBe('rejected');
    });

    it(`${mode}: a count that does not match the stream is rejected, as three rejects it`, () => {
      const step = mode === 'ATTRIBUTES' ? 64 : 6;
      for (const wrong of [0, count - step, count + step, count * 2, count * 40]) {
        expect(() => ours(wrong, stride, stream, mode), `count ${wrong}`).toThrow('malformed');
        expect(expectSameAsThree(wrong, stride, stream, mode)).toBe('rejected');
      }
    });
  }

  it('some wrong counts cannot be told from the stream; then it decodes exactly what three decodes', () => {
    // 99 elements need the same 7 groups of 16 as 100 (a prefix); 116 adds an 8th group whose
    // header bits are the zero padding ("all deltas 0"), so it repeats the last element.
    expect(ours(99, 8, vertexStream, 'ATTRIBUTES')).toEqual(vertices.subarray(0, 99 * 8));
    expect(expectSameAsThree(99, 8, vertexStream, 'ATTRIBUTES')).toBe('decoded');
    expect(expectSameAsThree(116, 8, vertexStream, 'ATTRIBUTES')).toBe('decoded');
    // One more triangle code can happen to read the first data byte as a valid code.
    expect(expectSameAsThree(183, 2, triangleStream, 'TRIANGLES')).toBe('decoded');
  });

  it('a huge count with a tiny stream fails fast', () => {
    const started = performance.now();
    expect(() => decodeMeshoptBuffer(new Uint8Array(4e6), 1e6, 4, vertexStream.subarray(0, 40), 'ATTRIBUTES')).toThrow('malformed');
    expect(() => decodeMeshoptBuffer(new Uint8Array(6e6), 3e6, 2, triangleStream, 'TRIANGLES')).toThrow('malformed');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  for (const [mode, count, stride, stream] of streams) {
    const seed = 5000 + streams.findIndex((s) => s[0] === mode);
    it(`${mode}: 2000 corrupted copies either fail with a clear error or decode exactly as three does, seed ${seed}`, () => {
      const random = seededRandom(seed);
      let rejected = 0;
      for (let run = 0; run < 2000; run++) {
        const bad = stream.slice();
        for (let flips = randomInt(random, 1, 3); flips > 0; flips--) bad[randomInt(random, 1, bad.length - 1)] = randomInt(random, 0, 255);
        if (expectSameAsThree(count, stride, bad, mode) === 'rejected') rejected++;
      }
      expect(rejected).toBeGreaterThan(0);
    });

    it(`${mode}: random bytes after a valid header fail with a clear error or decode as three does, seed ${seed + 10}`, () => {
      const random = seededRandom(seed + 10);
      for (let run = 0; run < 500; run++) {
        const bad = new Uint8Array(randomInt(random, 1, stream.length * 2));
        for (let i = 1; i < bad.length; i++) bad[i] = randomInt(random, 0, 255);
        bad[0] = stream[0]!;
        expectSameAsThree(count, stride, bad, mode, true);
      }
    });
  }
});
