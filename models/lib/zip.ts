import { crc32, inflateRawSync } from 'node:zlib';

/**
 * Reads one file out of a zip archive (APPNOTE.TXT): finds it in the central directory, then
 * inflates its data with Node's own zlib. Enough for the one .zae the model build reads: no
 * zip64, no encryption; anything else is refused with a reason rather than misread.
 *
 * Why not a zip library: the only archive is one file of one pinned Debian package, read once at
 * model build time; Node's zlib does the decompressing and the CRC check, leaving about forty
 * lines of directory walking, and the rebuilt body.glb is byte-identical to the one fflate gave.
 */
export function readZipEntry(zip: Uint8Array, name: string): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end-of-central-directory record is last, followed only by a comment of up to 64 KB.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip archive (no end of central directory)');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('the zip central directory is damaged');
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const packedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const entryName = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (entryName !== name) continue;
    if (packedSize === 0xffffffff || size === 0xffffffff) throw new Error(`${name} is a zip64 entry, which this reader does not read`);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error(`the zip entry ${name} is damaged`);
    // The local header's name and extra field can differ from the central directory's: its own lengths count.
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const packed = zip.subarray(start, start + packedSize);
    const data = method === 0 ? packed : method === 8 ? new Uint8Array(inflateRawSync(packed)) : null;
    if (!data) throw new Error(`${name} uses zip compression method ${method}, which this reader does not read`);
    if (data.length !== size || crc32(data) !== crc) throw new Error(`${name} in the zip is damaged (its size or checksum does not match)`);
    return data;
  }
  throw new Error(`the zip holds no ${name}`);
}
