import type { PainMap } from './mapDocument.ts';

/**
 * True when a map holds nothing a person made: no paint, no marks and no answers of any kind.
 * Generic over the map's fields (every list and every answer record), so an answer added to the
 * format later counts without a change here.
 */
export function isEmptyMap(map: PainMap): boolean {
  if (map.paint?.some((v) => v > 0)) return false;
  for (const [key, value] of Object.entries(map)) {
    if (key === 'paint' || key === 'savedAt') continue;
    if (Array.isArray(value) && value.length > 0) return false;
    if (typeof value === 'string' && value.trim() !== '') return false;
    if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value) && Object.keys(value).length > 0) return false;
  }
  return true;
}
