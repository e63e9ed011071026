import { base64UrlToBytes, bytesToBase64Url } from './base64.ts';
import { deflateRaw, inflateRaw } from './deflate.ts';
import type { MapDocument } from './mapDocument.ts';
import { MapRestoreError } from './restoreMap.ts';

/** Bounds against hostile input: files and links larger than any real map are refused unread. */
export const MAX_FILE_CHARACTERS = 2_000_000;
export const MAX_LINK_CHARACTERS = 200_000;
const MAX_LINK_JSON_BYTES = 2_000_000;
const DAMAGED_LINK = 'This link is damaged (it was cut short or changed): it does not hold a painmap map.';

/** Reads an exported map file's text as JSON, with a clear reason when it cannot. */
export function parseMapText(text: string): unknown {
  if (text.length > MAX_FILE_CHARACTERS) throw new MapRestoreError('This file is far larger than any painmap map.');
  try {
    return JSON.parse(text);
  } catch {
    throw new MapRestoreError('This file is not a painmap map (it is not valid JSON).');
  }
}

/**
 * A map for a share link: the document's JSON, deflated and in URL-safe base64. It goes in the
 * URL's fragment (after #), which browsers never send to a server.
 */
export async function encodeShareData(document: MapDocument): Promise<string> {
  return bytesToBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(document))));
}

/** A share link's data back as the document's JSON value; rejects with MapRestoreError when it cannot. */
export async function decodeShareData(data: string): Promise<unknown> {
  if (data.length > MAX_LINK_CHARACTERS) throw new MapRestoreError('This link is far longer than any painmap map.');
  let json: string;
  try {
    const packed = base64UrlToBytes(data);
    const bytes = await inflateRaw(packed, MAX_LINK_JSON_BYTES);
    if (bytes.length > MAX_LINK_JSON_BYTES) throw new Error('too large');
    json = new TextDecoder().decode(bytes);
  } catch {
    throw new MapRestoreError(DAMAGED_LINK);
  }
  try {
    return JSON.parse(json);
  } catch {
    throw new MapRestoreError(DAMAGED_LINK);
  }
}
