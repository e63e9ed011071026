import { deflateSync, inflateSync } from 'fflate';
import { MAX_INTENSITY } from '../paint/paintLayer.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';

/**
 * Per-vertex paint as saved: one byte (0–10) per vertex, deflated, base64. A typical map is
 * mostly zeros and shrinks from 53 KB to a few hundred bytes.
 */
export function encodePaint(values: Uint8Array): string {
  return bytesToBase64(deflateSync(values, { level: 9 }));
}

/**
 * Decodes paint for a body of `vertexCount` vertices. Never inflates more than that many
 * bytes, so a hostile file cannot balloon in memory. Throws with a reason on bad data.
 */
export function decodePaint(text: string, vertexCount: number): Uint8Array {
  let packed: Uint8Array;
  try {
    packed = base64ToBytes(text);
  } catch {
    throw new Error('the paint data is not valid base64');
  }
  let values: Uint8Array;
  try {
    values = inflateSync(packed, { out: new Uint8Array(vertexCount + 1) });
  } catch {
    throw new Error('the paint data is damaged (it does not decompress)');
  }
  if (values.length !== vertexCount)
    throw new Error(`the paint data has ${values.length === vertexCount + 1 ? 'more' : values.length} values for a body of ${vertexCount} points`);
  if (values.some((v) => v > MAX_INTENSITY)) throw new Error('the paint data holds intensities above 10');
  return values;
}
