import { APP_VERSION } from '../core/appInfo.ts';
import { toMapDocument, type PainMap } from '../core/persistence/mapDocument.ts';
import { MapRestoreError, restoreMap } from '../core/persistence/restoreMap.ts';
import { listProblems } from '../core/noticeText.ts';
import { appStore, type AppState } from './appStore.ts';
import { refreshDerived } from './derived.ts';
import { refreshSetAside, setAside } from './setAside.ts';
import { dismissNotice, notify } from './uiActions.ts';

export const MAP_KEY = 'painmap:map';
const SAVE_DELAY_MS = 300;

/** The map as it stands, for saving and exporting. */
export function currentMap(state: AppState = appStore.getState()): PainMap {
  return {
    savedAt: new Date().toISOString(),
    paint: state.paint ? state.paint.values.slice() : (state.pendingMap?.paint ?? null),
    marks: state.summary.map((s) => ({ region: s.region, intensity: s.intensity, share: s.share })),
    symptoms: state.symptoms,
    redFlags: state.redFlags,
    pressTests: state.pressTests,
  };
}

/** The saved map's text as read at start-up, and whether a copy of it has been set aside this visit. */
let original: { readonly storage: Storage; readonly text: string; kept: boolean } | null = null;

/**
 * Keeps the saved map as it was read (once per visit), before a migration or repair changes
 * it, and says what changed. False if no copy could be kept.
 */
export function keepOriginal(reason: string): boolean {
  if (!original) return true;
  if (!original.kept) {
    if (!setAside(original.storage, 'map', original.text, reason)) return false;
    original.kept = true;
  }
  notify('info', `Your saved map was updated: ${reason} The map as it was is kept under \u201cKeep your map\u201d, to download or restore.`);
  return true;
}

/** What a migration or a repair at load changed, in the person's words, or '' when nothing did. */
function repairs(migratedFrom: number | null, warnings: readonly string[]): string {
  const parts = [];
  if (migratedFrom !== null) parts.push(`it was saved by an older version of painmap (format ${migratedFrom}) and brought up to date.`);
  if (warnings.length > 0) parts.push(`some entries could not be read and were left out: ${listProblems(warnings)}`);
  return parts.join(' Also, ');
}

/**
 * Reads the saved map at start-up. A map that cannot be read is moved aside under its own
 * key (never deleted, never overwritten) and the person is told. A map that a migration or a
 * repair changes is copied aside as it was first, then saved in its new form.
 */
export function loadSavedMap(storage: Storage): void {
  original = null;
  refreshSetAside(storage);
  let text: string | null;
  try {
    text = storage.getItem(MAP_KEY);
  } catch {
    notify('error', 'This browser does not let painmap read its saved data, so your map will not be kept after you close the page.');
    return;
  }
  if (text === null) {
    // Nothing saved to lose: answers given before the body loads (or if it never does) are kept.
    appStore.setState({ restored: true });
    return;
  }
  try {
    const { map, warnings, migratedFrom } = restoreMap(JSON.parse(text));
    appStore.setState({ pendingMap: map, symptoms: map.symptoms, redFlags: map.redFlags, pressTests: map.pressTests });
    original = { storage, text, kept: false };
    const changed = repairs(migratedFrom, warnings);
    if (changed) {
      if (keepOriginal(changed)) writeRepaired(storage, map);
      else {
        // No room for the copy: the stored map is left as it was and nothing is saved over it.
        notify('error', `Your saved map needed an update (${changed}) but there is no room to keep a copy of it, so it is left as it was and changes will not be saved.`);
        appStore.setState({ saving: 'blocked' });
      }
    }
    refreshDerived.request();
  } catch (error) {
    const reason = error instanceof MapRestoreError ? error.message : 'It is not valid JSON.';
    const kept = setAside(storage, 'map', text, `Could not be opened: ${reason}`) !== null;
    if (kept) {
      try {
        storage.removeItem(MAP_KEY);
      } catch {
        // It stays in place as well as set aside.
      }
    }
    notify(
      'error',
      kept
        ? `Your saved map could not be opened (${reason}) It was set aside, not deleted, so you start with an empty map.`
        : `Your saved map could not be opened (${reason}) It was left where it was; changes you make now will not be saved over it.`,
    );
    if (!kept) appStore.setState({ saving: 'blocked' });
  }
}

/** Saves a repaired map at once, so the next visit reads it as it is now and sets nothing aside again. */
function writeRepaired(storage: Storage, map: PainMap): void {
  try {
    storage.setItem(MAP_KEY, JSON.stringify(toMapDocument(map, APP_VERSION)));
  } catch {
    // The autosave after the body loads tries again.
  }
}

let saveFailedNotice: number | null = null;

export function saveNow(storage: Storage): void {
  const state = appStore.getState();
  if (!state.restored || state.saving === 'blocked') return;
  refreshDerived.flush();
  try {
    storage.setItem(MAP_KEY, JSON.stringify(toMapDocument(currentMap(), APP_VERSION)));
    if (state.saving === 'failing') {
      // Saving works again: the warning that it did not would now be wrong.
      if (saveFailedNotice !== null) dismissNotice(saveFailedNotice);
      saveFailedNotice = null;
      appStore.setState({ saving: 'ok' });
    }
  } catch {
    if (state.saving !== 'failing') {
      saveFailedNotice = notify('error', 'Your map could not be saved on this device (storage is full or turned off). Export it to keep a copy.');
      appStore.setState({ saving: 'failing' });
    }
  }
}

/**
 * Saves shortly after every change to the map or the answers, and at once if the page is left
 * with a change still waiting. A tab with nothing waiting writes nothing, so closing an idle old
 * tab never puts its map over one saved since in another tab.
 */
export function startAutosave(storage: Storage): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    saveNow(storage);
  };
  const unsubscribe = appStore.subscribe((state, previous) => {
    if (!state.restored) return;
    const same = state.paintVersion === previous.paintVersion && state.symptoms === previous.symptoms && state.redFlags === previous.redFlags;
    if (same && state.pressTests === previous.pressTests) return;
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  });
  const onHide = () => {
    if (timer !== undefined) save();
  };
  addEventListener('pagehide', onHide);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    removeEventListener('pagehide', onHide);
  };
}
