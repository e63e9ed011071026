import { toMapDocumentNow, type PainMap } from './mapDocument.ts';

/** A map's content without its paint, note, date or version: equal for two copies of one map. */
function content(map: PainMap): string {
  const { savedAt: _savedAt, appVersion: _appVersion, ...rest } = toMapDocumentNow({ ...map, paint: null, note: '' }, '');
  return JSON.stringify(rest);
}

/**
 * Two copies of one map: the same answers and marks, and the same paint byte for byte (compared
 * as values, not as saved text, which differs with how the paint was compressed).
 */
export function sameMap(a: PainMap, b: PainMap): boolean {
  if ((a.paint === null) !== (b.paint === null)) return false;
  if (a.paint && b.paint && (a.paint.length !== b.paint.length || a.paint.some((v, i) => v !== b.paint![i]))) return false;
  return content(a) === content(b);
}
