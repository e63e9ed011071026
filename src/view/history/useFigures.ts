import { useMemo } from 'react';
import { compareMaps, type Comparison } from '../../core/history/compare.ts';
import { mapFigures, paintOnBody, type MapFigures } from '../../core/history/figures.ts';
import type { BodyMesh } from '../../core/mesh/bodyMesh.ts';
import type { PainMap } from '../../core/persistence/mapDocument.ts';
import type { HistoryEntry } from '../../store/historyStore.ts';
import { useApp } from '../../store/useApp.ts';

/** Figures of each saved map, worked out once per map (maps never change once saved). */
const cache = new WeakMap<PainMap, MapFigures>();
function figuresOf(body: BodyMesh, map: PainMap): MapFigures {
  let figures = cache.get(map);
  if (!figures) cache.set(map, (figures = mapFigures(body, paintOnBody(body, map))));
  return figures;
}

/** The body the figures are measured on, once it has loaded. */
export function useBodyMesh(): BodyMesh | null {
  return useApp((s) => (s.body.status === 'ready' ? s.body.mesh : null));
}

/** Extent, mean and peak of every entry by id; empty until the body has loaded. */
export function useEntryFigures(entries: readonly HistoryEntry[]): ReadonlyMap<string, MapFigures> {
  const body = useBodyMesh();
  return useMemo(() => new Map(body ? entries.map((e) => [e.id, figuresOf(body, e.map)]) : []), [body, entries]);
}

/** The comparison of two entries, earlier first; null until the body has loaded. */
export function useComparison(earlier: HistoryEntry, later: HistoryEntry): Comparison | null {
  const body = useBodyMesh();
  return useMemo(() => (body ? compareMaps(body, earlier.map, later.map) : null), [body, earlier, later]);
}
