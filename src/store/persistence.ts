import { APP_VERSION } from '../core/appInfo.ts';
import { toMapDocument, type PainMap } from '../core/persistence/mapDocument.ts';
import { MapRestoreError, restoreMap } from '../core/persistence/restoreMap.ts';
import { listProblems } from '../core/noticeText.ts';
import { appStore, type AppState } from './appStore.ts';
import { refreshDerived } from './derived.ts';
import { dismissNotice, notify } from './uiActions.ts';

export const MAP_KEY = 'painmap:map';
const SET_ASIDE_PREFIX = 'painmap:map:set-aside:';
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

/**
 * Reads the saved map at start-up. A map that cannot be read is moved aside under its own
 * key (never deleted, never overwritten) and the person is told what happened.
 */
export function loadSavedMap(storage: Storage): void {
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
    const { map, warnings } = restoreMap(JSON.parse(text));
    appStore.setState({ pendingMap: map, symptoms: map.symptoms, redFlags: map.redFlags, pressTests: map.pressTests });
    if (warnings.length > 0) notify('info', `Your saved map loaded, but some entries could not be read and were left out: ${listProblems(warnings)}`);
    refreshDerived.request();
  } catch (error) {
    const reason = error instanceof MapRestoreError ? error.message : 'It is not valid JSON.';
    const asideKey = `${SET_ASIDE_PREFIX}${new Date().toISOString()}`;
    let kept = true;
    try {
      storage.setItem(asideKey, text);
      storage.removeItem(MAP_KEY);
    } catch {
      kept = false;
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
