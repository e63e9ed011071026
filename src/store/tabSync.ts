import { restoreMap } from '../core/persistence/restoreMap.ts';
import { sameMap } from '../core/persistence/sameMap.ts';
import { appStore } from './appStore.ts';
import { refreshDerived } from './derived.ts';
import { cancelPendingSave, currentMap, hasPendingSave, MAP_KEY, mapTextNow, noteSeen, readSaved } from './persistence.ts';
import { refreshSetAside, setAside } from './setAside.ts';
import { applyMap } from './transferActions.ts';
import { KEEP, NO_ROOM, notify } from './uiActions.ts';

/**
 * The map when another tab saves it: this tab adopts the newer map (one notice, with Undo), so
 * two tabs never save over each other unseen. Changes this tab had not saved yet are set aside
 * first. A map the other tab saved that this tab cannot read is left to that tab.
 */
export async function adoptSavedMap(storage: Storage): Promise<void> {
  const canAdopt = () => appStore.getState().restored && appStore.getState().saving !== 'blocked';
  if (!canAdopt()) return;
  let text: string | null;
  try {
    text = storage.getItem(MAP_KEY);
  } catch {
    return;
  }
  if (text === null) return;
  let incoming;
  try {
    incoming = (await restoreMap(JSON.parse(text))).map;
  } catch {
    return;
  }
  // While it was read, that tab (or this one) may have saved again: the newer save's own event adopts it.
  if (readSaved(storage) !== text || !canAdopt()) return;
  refreshDerived.flush();
  const mine = currentMap();
  if (sameMap(incoming, mine)) {
    noteSeen(text);
    return;
  }
  const unsaved = hasPendingSave();
  if (unsaved && !setAside(storage, 'map', mapTextNow(mine), 'Unsaved changes in a tab when another tab saved.')) {
    notify('error', `This map was changed in another tab. ${NO_ROOM}`);
    return;
  }
  noteSeen(text);
  applyMap(incoming);
  // What is shown now is what is saved: nothing to write back (and no echo to the other tab).
  cancelPendingSave();
  const kept = unsaved ? ` This tab\u2019s unsaved changes are kept under ${KEEP}.` : '';
  notify('info', `Your map was changed in another tab; this tab now shows it.${kept}`, {
    label: 'Undo',
    run: () => applyMap(mine),
  });
}

/** Listens for other tabs' saves of the map and of set-aside maps. */
export function startTabSync(storage: Storage): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea !== storage) return;
    if (event.key === null || event.key.includes('set-aside')) refreshSetAside(storage);
    if (event.key === MAP_KEY || event.key === null) void adoptSavedMap(storage);
  };
  addEventListener('storage', onStorage);
  return () => removeEventListener('storage', onStorage);
}
