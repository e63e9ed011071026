/**
 * Raw DEFLATE (RFC 1951) for saved paint and share links, through the platform's compression
 * streams: the browser's own (Chromium 103+) and Node's (20+), so the app ships no compressor.
 */
import { readStream } from '../readStream.ts';

/** The bytes as a stream, one chunk, for piping through a (de)compression stream. */
function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
}

/** Compresses with the platform's raw-DEFLATE stream. */
export function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return readStream(streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw')));
}

/**
 * Inflates raw DEFLATE, never holding more than `limit + 1` bytes of output (see readStream).
 * Rejects when the data is damaged (not DEFLATE, cut short, or followed by other bytes).
 */
export function inflateRaw(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  return readStream(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), { limit });
}

/** The most bytes one stored block holds (its length is 16 bits). */
const STORED_BLOCK_BYTES = 65_535;

/**
 * Raw DEFLATE written at once, without compressing: "stored" blocks (RFC 1951 §3.2.4), each a
 * header byte (BFINAL on the last, BTYPE 00), LEN and its complement NLEN (little-endian),
 * then up to 65,535 bytes as they are. Any inflater reads it like compressed data.
 *
 * Why it exists: the map is saved when the page is hidden (pagehide), and that handler must
 * finish synchronously (the page may be gone before a promise resolves), while compression
 * streams are only async. The next regular save compresses the map again.
 */
export function storedDeflate(bytes: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(bytes.length / STORED_BLOCK_BYTES));
  const out = new Uint8Array(bytes.length + 5 * blocks);
  let at = 0;
  for (let b = 0; b < blocks; b++) {
    const chunk = bytes.subarray(b * STORED_BLOCK_BYTES, (b + 1) * STORED_BLOCK_BYTES);
    const length = chunk.length;
    out[at] = b === blocks - 1 ? 1 : 0;
    out[at + 1] = length & 0xff;
    out[at + 2] = length >>> 8;
    out[at + 3] = ~length & 0xff;
    out[at + 4] = (~length >>> 8) & 0xff;
    out.set(chunk, at + 5);
    at += 5 + length;
  }
  return out;
}
