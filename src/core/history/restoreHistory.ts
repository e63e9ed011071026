import type { PainMap } from '../persistence/mapDocument.ts';
import { MapRestoreError, restoreMap } from '../persistence/restoreMap.ts';

/** One saved map in the history, with an id that stays the same across reloads. */
export interface HistoryEntry {
  /** Its savedAt, with `#2`, `#3`… after it when several entries share one savedAt. */
  readonly id: string;
  readonly map: PainMap;
}

/** A stored history that cannot be read at all (not JSON, not a list). */
export class HistoryRestoreError extends Error {
  override name = 'HistoryRestoreError';
}

export interface RestoredHistory {
  /** Oldest first. */
  readonly entries: readonly HistoryEntry[];
  /** The stored form of each entry read without warnings, by id, so it is written back as it was (not re-encoded). */
  readonly stored: ReadonlyMap<string, unknown>;
  /** Entries that could not be read, as stored, each with why. */
  readonly dropped: readonly { readonly value: unknown; readonly reason: string }[];
  /** Entries read with something left out, as stored: the new form would differ, so these are kept aside first. */
  readonly repaired: readonly unknown[];
  /** Entries kept, with something left out. */
  readonly warnings: readonly string[];
}

/** An id not yet in `taken`: the savedAt, or the savedAt with a counter. */
export function entryId(savedAt: string, taken: ReadonlySet<string>): string {
  if (!taken.has(savedAt)) return savedAt;
  let n = 2;
  while (taken.has(`${savedAt}#${n}`)) n++;
  return `${savedAt}#${n}`;
}

/** Orders entries oldest first; entries saved at the same moment keep their order. */
export function byDate(a: HistoryEntry, b: HistoryEntry): number {
  return Date.parse(a.map.savedAt) - Date.parse(b.map.savedAt);
}

/**
 * Reads a stored history, a list of saved-map documents (house style: excalidraw's restore).
 * Each entry goes through restoreMap; one that fails is dropped with its reason and the rest
 * still load. Only a history that is not a list at all throws HistoryRestoreError.
 */
export async function restoreHistory(input: unknown): Promise<RestoredHistory> {
  if (!Array.isArray(input)) throw new HistoryRestoreError('It is not a list of maps.');
  const restored: { entry: HistoryEntry; value: unknown; clean: boolean }[] = [];
  const dropped: { value: unknown; reason: string }[] = [];
  const warnings: string[] = [];
  const taken = new Set<string>();
  // Every entry is inflated at once; each one's outcome is taken in the stored order.
  const results = await Promise.allSettled(input.map((value: unknown) => restoreMap(value)));
  input.forEach((value: unknown, i) => {
    const result = results[i]!;
    if (result.status === 'rejected') {
      dropped.push({ value, reason: result.reason instanceof MapRestoreError ? result.reason.message : 'It could not be read.' });
      return;
    }
    const { map, warnings: left } = result.value;
    const id = entryId(map.savedAt, taken);
    taken.add(id);
    restored.push({ entry: { id, map }, value, clean: left.length === 0 });
    warnings.push(...left);
  });
  restored.sort((a, b) => byDate(a.entry, b.entry));
  return {
    entries: restored.map((r) => r.entry),
    stored: new Map(restored.filter((r) => r.clean).map((r) => [r.entry.id, r.value])),
    dropped,
    repaired: restored.filter((r) => !r.clean).map((r) => r.value),
    warnings,
  };
}
