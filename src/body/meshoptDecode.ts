/**
 * A small decoder for glTF EXT_meshopt_compression buffer views, written from the Khronos
 * specification (extensions/2.0/Vendor/EXT_meshopt_compression, Appendix A).
 *
 * Why not meshoptimizer's decoder: it runs as WebAssembly, and our Content-Security-Policy
 * (public/_headers: script-src 'self', no 'wasm-unsafe-eval') does not let a page or its workers
 * compile WebAssembly; loosening the policy for a health app to decode one file is the wrong
 * trade. body.glb needs only the plain codecs below, and tests/unit/meshoptDecode.test.ts checks
 * this decoder byte for byte against meshoptimizer's encoder and three's MeshoptDecoder. It decodes:
 * - ATTRIBUTES with the version-0 vertex codec (0xa0), any byteStride that is a multiple of 4 up to 256;
 * - TRIANGLES with the version-1 index codec (0xe1) and INDICES with the index-sequence codec (0xd1),
 *   into 2- or 4-byte indices.
 * No filters. Anything else, and any malformed or truncated stream, throws an Error.
 */

export type MeshoptMode = 'ATTRIBUTES' | 'TRIANGLES' | 'INDICES';

/** Decodes `count` elements of `byteStride` bytes from `source` into `target` (same contract as MeshoptDecoder.decodeGltfBuffer). */
export function decodeMeshoptBuffer(
  target: Uint8Array,
  count: number,
  byteStride: number,
  source: Uint8Array,
  mode: MeshoptMode,
  filter?: string,
): void {
  if (filter !== undefined && filter !== 'NONE') throw new Error(`meshopt: filter ${filter} is not supported`);
  if (!(count >= 0 && Number.isInteger(count))) throw new Error(`meshopt: bad element count ${count}`);
  if (target.length < count * byteStride) throw new Error('meshopt: target is smaller than count * byteStride');
  if (mode === 'ATTRIBUTES') decodeVertices(target, count, byteStride, source);
  else if (mode === 'TRIANGLES' || mode === 'INDICES') decodeIndices(target, count, byteStride, source, mode === 'TRIANGLES');
  else throw new Error(`meshopt: mode ${String(mode)} is not supported`);
}

const malformed = (what: string): Error => new Error(`meshopt: malformed ${what} data`);

function decodeVertices(target: Uint8Array, count: number, stride: number, src: Uint8Array): void {
  if (stride <= 0 || stride > 256 || stride % 4) throw new Error(`meshopt: vertex byteStride ${stride} is not a multiple of 4 up to 256`);
  if (src[0] !== 0xa0) throw new Error(`meshopt: unsupported vertex codec header 0x${(src[0] ?? 0).toString(16)}`);
  // The tail holds the baseline element at its very end, padded to at least 32 bytes; the blocks
  // must end exactly where the tail begins (the stream has no length field of its own).
  const end = src.length - Math.max(32, stride);
  if (end < 1) throw malformed('vertex');
  const prev = src.slice(src.length - stride);
  const blockSize = Math.min((8192 / stride) & ~15, 256);
  let pos = 1;
  for (let first = 0; first < count; first += blockSize) {
    const size = Math.min(blockSize, count - first);
    const groups = (size + 15) >> 4;
    // Bytes are deinterleaved: one data block per byte of the element, each with 2 header bits per
    // group of 16 elements (whole header bytes), then the groups' deltas.
    for (let k = 0; k < stride; k++) {
      const header = pos;
      pos += (groups + 3) >> 2;
      if (pos > end) throw malformed('vertex');
      let value = prev[k]!;
      let out = first * stride + k;
      for (let g = 0; g < groups; g++) {
        // Header bits 0-3: deltas of 0, 2, 4 or 8 bits, packed from the high bits down. An all-ones
        // 2- or 4-bit delta is a sentinel: the real delta is the next byte after the packed ones.
        const bits = (src[header + (g >> 2)]! >> ((g & 3) * 2)) & 3;
        const width = bits === 3 ? 8 : bits * 2;
        const mask = (1 << width) - 1;
        const sentinel = bits === 1 || bits === 2 ? mask : -1;
        let extra = pos + width * 2;
        if (extra > end) throw malformed('vertex');
        for (let i = 0; i < 16; i++) {
          const bit = i * width;
          let d = (src[pos + (bit >> 3)]! >> (8 - width - (bit & 7))) & mask;
          if (d === sentinel) {
            if (extra >= end) throw malformed('vertex');
            d = src[extra++]!;
          }
          // Deltas are zigzag-coded and wrap around in 8 bits; a last group short of 16 is padded.
          if (g * 16 + i < size) {
            value = (value + ((d >> 1) ^ -(d & 1))) & 255;
            target[out] = value;
            out += stride;
          }
        }
        pos = extra;
      }
      prev[k] = value;
    }
  }
  if (pos !== end) throw malformed('vertex');
}

function decodeIndices(target: Uint8Array, count: number, size: number, src: Uint8Array, triangles: boolean): void {
  if (size !== 2 && size !== 4) throw new Error(`meshopt: index byteStride ${size} is not 2 or 4`);
  if (triangles && count % 3) throw new Error(`meshopt: triangle index count ${count} is not a multiple of 3`);
  const header = triangles ? 0xe1 : 0xd1;
  if (src[0] !== header) throw new Error(`meshopt: unsupported index codec header 0x${(src[0] ?? 0).toString(16)}`);
  // TRIANGLES ends with the 16-byte codeaux table, INDICES with 4 reserved bytes.
  const end = src.length - (triangles ? 16 : 4);
  let pos = triangles ? 1 + count / 3 : 1; // where the variable-length data starts
  if (pos > end) throw malformed('index');

  const put = (i: number, v: number): void => {
    const at = i * size;
    target[at] = v;
    target[at + 1] = v >>> 8;
    if (size === 4) {
      target[at + 2] = v >>> 16;
      target[at + 3] = v >>> 24;
    }
  };
  const byte = (): number => {
    if (pos >= end) throw malformed('index');
    return src[pos++]!;
  };
  // Unsigned LEB128, at most 5 bytes for a 32-bit value.
  const varint = (): number => {
    let v = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const b = byte();
      v |= (b & 127) << shift;
      if (b < 128) return v >>> 0;
    }
    throw malformed('index');
  };

  if (!triangles) {
    // Each value carries a baseline bit and a zigzag delta from that baseline.
    const last = [0, 0];
    for (let i = 0; i < count; i++) {
      const v = varint();
      const base = v & 1;
      const value = (last[base]! + ((v >>> 2) ^ -((v >>> 1) & 1))) >>> 0;
      last[base] = value;
      put(i, value);
    }
    if (pos !== end) throw malformed('index');
    return;
  }

  // 16 (a, b) edges and 16 vertices, most recent first. A valid stream never reads an entry before
  // writing it; the spec leaves them undefined and we use ~0 like the reference, so odd streams match too.
  const edges = new Uint32Array(32).fill(~0);
  const verts = new Uint32Array(16).fill(~0);
  let edgeHead = 0;
  let vertHead = 0;
  let next = 0;
  let last = 0;
  const pushEdge = (a: number, b: number): void => {
    edges[edgeHead * 2] = a;
    edges[edgeHead * 2 + 1] = b;
    edgeHead = (edgeHead + 1) & 15;
  };
  const pushVert = (v: number): void => {
    verts[vertHead] = v;
    vertHead = (vertHead + 1) & 15;
  };
  const recentVert = (i: number): number => verts[(vertHead - 1 - i) & 15]!;
  // An explicit index is a zigzag delta from the last explicit one.
  const explicit = (): number => {
    const v = varint();
    last = (last + ((v >>> 1) ^ -(v & 1))) >>> 0;
    return last;
  };

  for (let t = 0; t < count / 3; t++) {
    const code = src[1 + t]!;
    const hi = code >> 4;
    const lo = code & 15;
    let a: number, b: number, c: number;
    if (hi < 15) {
      // A recent edge plus one more vertex.
      const e = ((edgeHead - 1 - hi) & 15) * 2;
      a = edges[e]!;
      b = edges[e + 1]!;
      if (lo === 0) c = next++;
      else if (lo < 13) c = recentVert(lo);
      else if (lo < 15) c = last = (last + (lo === 13 ? -1 : 1)) >>> 0;
      else c = explicit();
      if (lo === 0 || lo >= 13) pushVert(c);
      pushEdge(c, b);
      pushEdge(a, c);
    } else {
      // A triangle with no recent edge: codeaux (lo < 14) or an extra byte says where b and c come from.
      let zw: number;
      if (lo < 14) {
        zw = src[end + lo]!;
        // The spec forbids 0xf nibbles here: they would mean "explicit index" with no data to read.
        if ((zw & 15) === 15 || zw >= 0xf0) throw malformed('index');
        a = next++;
      } else {
        zw = byte();
        if (zw === 0) next = 0; // restarts the sequence for concatenated streams
        a = lo === 14 ? next++ : explicit();
      }
      const z = zw >> 4;
      const w = zw & 15;
      b = z === 0 ? next++ : z < 15 ? recentVert(z - 1) : explicit();
      c = w === 0 ? next++ : w < 15 ? recentVert(w - 1) : explicit();
      pushEdge(b, a);
      pushEdge(c, b);
      pushEdge(a, c);
      pushVert(a);
      if (z === 0 || z === 15) pushVert(b);
      if (w === 0 || w === 15) pushVert(c);
    }
    put(t * 3, a);
    put(t * 3 + 1, b);
    put(t * 3 + 2, c);
  }
  if (pos !== end) throw malformed('index');
}
