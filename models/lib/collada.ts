/**
 * Reads the one geometry we need out of MakeHuman's COLLADA export.
 *
 * The file is machine-written and regular, so a small text reader is enough:
 * we need the POSITION float array and the polylist's vertex indices, nothing else.
 */
export interface QuadMesh {
  /** xyz per vertex, metres, Y up, facing +Z. */
  readonly positions: Float32Array<ArrayBuffer>;
  /** Four vertex indices per quad, counter-clockwise seen from outside. */
  readonly quads: Uint32Array;
}

function section(xml: string, startTag: string, endTag: string, from = 0): { body: string; end: number } {
  const start = xml.indexOf(startTag, from);
  if (start < 0) throw new Error(`COLLADA: missing ${startTag}`);
  const end = xml.indexOf(endTag, start);
  if (end < 0) throw new Error(`COLLADA: unterminated ${startTag}`);
  return { body: xml.slice(start, end), end };
}

function numbers(text: string): number[] {
  return text.trim().split(/\s+/).map(Number);
}

/** Extracts the geometry whose `name` attribute is `geometryName` as an all-quad mesh. */
export function readColladaQuadMesh(xml: string, geometryName: string): QuadMesh {
  const geometry = section(xml, `name="${geometryName}"`, '</geometry>').body;

  const positionArray = section(geometry, '-Position-array">', '</float_array>').body;
  const positions = Float32Array.from(numbers(positionArray.slice(positionArray.indexOf('>') + 1)));

  const polylist = section(geometry, '<polylist', '</polylist>').body;
  const inputCount = (polylist.match(/<input /g) ?? []).length;
  const vertexOffset = Number(/offset="(\d+)" semantic="VERTEX"/.exec(polylist)?.[1] ?? NaN);
  if (!Number.isInteger(vertexOffset)) throw new Error('COLLADA: polylist has no VERTEX input');

  const vcount = numbers(section(polylist, '<vcount>', '</vcount>').body.slice('<vcount>'.length));
  if (vcount.some((n) => n !== 4)) throw new Error('COLLADA: expected an all-quad mesh');
  const p = numbers(section(polylist, '<p>', '</p>').body.slice('<p>'.length));

  const quads = new Uint32Array(vcount.length * 4);
  for (let corner = 0; corner < quads.length; corner++) {
    quads[corner] = p[corner * inputCount + vertexOffset]!;
  }
  return { positions, quads };
}
