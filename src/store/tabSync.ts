import { APP_VERSION } from '../core/appInfo.ts';
import { toMapDocument } from '../core/persistence/mapDocument.ts';
import { restoreMap } from '../core/persistence/restoreMap.ts';
import { appStore } from './appStore.ts';
import { refreshDerived } from './derived.ts';
import { cancelPendingSave, currentMap, hasPendingSave, MAP_KEY, mapContent, noteSeen } from './persistence.ts';
import { refreshSetAside, setAside } from './setAside.ts';
import { applyMap } from './transferActions.ts';
import { KEEP, NO_ROOM, notify } from './uiActions.ts';

/**
 * The map when another tab saves it: this tab adopts the newer map (one notice, with Undo), so
 * two tabs never save over each other unseen. Changes this tab had not saved yet are set aside
 * first. A map the other tab saved that this tab cannot read is left to that tab.
 */
export function adoptSavedMap(storage: Storage): void {
  const state = appStore.getState();
  if (!state.restored || state.saving === 'blocked') return;
  let text: string | null;
  try {
    text = storage.getItem(MAP_KEY);
  } catch {
    return;
  }
  if (text === null) return;
  let incoming;
  try {
    incoming = restoreMap(JSON.parse(text)).map;
  } catch {
    return;
  }
  refreshDerived.flush();
  const mine = currentMap();
  const mineText = JSON.stringify(toMapDocument(mine, APP_VERSION));
  if (mapContent(text) === mapContent(mineText)) {
    noteSeen(text);
    return;
  }
  const unsaved = hasPendingSave();
  if (unsaved && !setAside(storage, 'map', mineText, 'Unsaved changes in a tab when another tab saved.')) {
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
    if (event.key === MAP_KEY || event.key === null) adoptSavedMap(storage);
  };
  addEventListener('storage', onStorage);
  return () => removeEventListener('storage', onStorage);
}
