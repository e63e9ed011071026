import { MAX_INTENSITY } from '../paint/paintLayer.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import { deflateRaw, inflateRaw, storedDeflate } from './deflate.ts';

/**
 * Per-vertex paint as saved: one byte (0–10) per vertex, raw DEFLATE, base64. A typical map is
 * mostly zeros and shrinks from 53 KB to a few hundred bytes.
 */
export async function encodePaint(values: Uint8Array): Promise<string> {
  return bytesToBase64(await deflateRaw(values));
}

/**
 * The same format written synchronously, uncompressed (DEFLATE stored blocks, see
 * storedDeflate): for the save when the page is hidden, which cannot wait for a promise.
 */
export function encodePaintNow(values: Uint8Array): string {
  return bytesToBase64(storedDeflate(values));
}

/**
 * Decodes paint for a body of `vertexCount` vertices. Never inflates more than that many
 * bytes, so a hostile file cannot balloon in memory. Rejects with a reason on bad data.
 */
export async function decodePaint(text: string, vertexCount: number): Promise<Uint8Array> {
  let packed: Uint8Array;
  try {
    packed = base64ToBytes(text);
  } catch {
    throw new Error('the paint data is not valid base64');
  }
  let values: Uint8Array;
  try {
    values = await inflateRaw(packed, vertexCount);
  } catch {
    throw new Error('the paint data is damaged (it does not decompress)');
  }
  if (values.length !== vertexCount)
    throw new Error(`the paint data has ${values.length === vertexCount + 1 ? 'more' : values.length} values for a body of ${vertexCount} points`);
  if (values.some((v) => v > MAX_INTENSITY)) throw new Error('the paint data holds intensities above 10');
  return values;
}
