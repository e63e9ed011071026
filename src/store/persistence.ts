import { APP_VERSION } from '../core/appInfo.ts';
import { toMapDocument, toMapDocumentNow, type PainMap } from '../core/persistence/mapDocument.ts';
import { encodePaint } from '../core/persistence/paintCodec.ts';
import { MapRestoreError, restoreMap } from '../core/persistence/restoreMap.ts';
import { listProblems } from '../core/noticeText.ts';
import { appStore, type AppState } from './appStore.ts';
import { readItem } from './readItem.ts';
import { refreshDerived } from './derived.ts';
import { refreshSetAside, setAside } from './setAside.ts';
import { dismissNotice, KEEP, NO_ROOM, notify } from './uiActions.ts';

export const MAP_KEY = 'painmap:map';
const SAVE_DELAY_MS = 300;

/** The saved map's text as this tab last read or wrote it: anything else there was saved by another tab since. */
let lastSeen: string | null = null;

let saveFailedNotice: number | null = null;

/** The paint as it stands: the paint layer's, or a saved map's still waiting for the body. Not a copy. */
function currentPaint(state: AppState = appStore.getState()): Uint8Array | null {
  return state.paint ? state.paint.values : (state.pendingMap?.paint ?? null);
}

/** The map as it stands, for saving and exporting. */
export function currentMap(state: AppState = appStore.getState()): PainMap {
  return {
    savedAt: new Date().toISOString(),
    paint: currentPaint(state)?.slice() ?? null,
    marks: state.summary.map((s) => ({ region: s.region, intensity: s.intensity, share: s.share })),
    symptoms: state.symptoms,
    redFlags: state.redFlags,
    redFlagsNo: state.redFlagsNo,
    ...(state.bodyShape ? { bodyShape: state.bodyShape } : {}),
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
  notify('info', `Your saved map was updated: ${reason} The map as it was is kept under ${KEEP}.`);
  return true;
}

/** What a migration or a repair at load changed, in the person's words, or '' when nothing did. */
function repairs(migratedFrom: number | null, warnings: readonly string[]): string {
  const parts = [];
  if (migratedFrom !== null) parts.push(`it was saved by an older version of painmap (format ${migratedFrom}) and brought up to date.`);
  if (warnings.length > 0) parts.push(`some entries could not be read and were left out: ${listProblems(warnings)}`);
  return parts.join(' Also, ');
}

/** The read of the saved map at start-up, while its paint is being inflated. */
let reading: Promise<void> = Promise.resolve();

/** Settles once the saved map read at start-up is in place (or set aside): the body waits for it (loadBody.ts). */
export function savedMapRead(): Promise<void> {
  return reading;
}

/**
 * Reads the saved map at start-up. A map that cannot be read is moved aside under its own
 * key (never deleted, never overwritten) and the person is told. A map that a migration or a
 * repair changes is copied aside as it was first, then saved in its new form. Never rejects.
 */
export function loadSavedMap(storage: Storage): Promise<void> {
  reading = readSavedMap(storage);
  return reading;
}

async function readSavedMap(storage: Storage): Promise<void> {
  original = null;
  lastSeen = null;
  refreshSetAside(storage);
  let text: string | null;
  try {
    text = storage.getItem(MAP_KEY);
  } catch {
    notify('error', 'This browser does not let painmap read its saved data, so your map will not be kept after you close the page.');
    return;
  }
  lastSeen = text;
  if (text === null) {
    // Nothing saved to lose: answers given before the body loads (or if it never does) are kept.
    appStore.setState({ restored: true });
    return;
  }
  try {
    const { map, warnings, migratedFrom } = await restoreMap(JSON.parse(text));
    appStore.setState({ pendingMap: map, symptoms: map.symptoms, redFlags: map.redFlags, redFlagsNo: map.redFlagsNo ?? [], pressTests: map.pressTests, bodyShape: map.bodyShape ?? null });
    original = { storage, text, kept: false };
    const changed = repairs(migratedFrom, warnings);
    if (changed) {
      if (keepOriginal(changed)) await writeRepaired(storage, map);
      else {
        // No room for the copy: the stored map is left as it was and nothing is saved over it.
        notify('error', `Your saved map needs an update: ${changed} ${NO_ROOM}`);
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
async function writeRepaired(storage: Storage, map: PainMap): Promise<void> {
  try {
    const text = JSON.stringify(await toMapDocument(map, APP_VERSION));
    storage.setItem(MAP_KEY, text);
    lastSeen = text;
  } catch {
    // The autosave after the body loads tries again.
  }
}

/** This tab has now seen `text` as the saved map (tabSync.ts, after adopting another tab's map). */
export function noteSeen(text: string | null): void {
  lastSeen = text;
}

/** A saved map's content, without when or by which version it was saved: equal for two copies of one map. */
export function mapContent(text: string): string {
  try {
    const { savedAt: _savedAt, appVersion: _appVersion, ...rest } = JSON.parse(text) as Record<string, unknown>;
    return JSON.stringify(rest);
  } catch {
    return text;
  }
}

/** The saved map's text, or null when there is none or it cannot be read. */
export function readSaved(storage: Storage): string | null {
  return readItem(storage, MAP_KEY);
}

/**
 * The paint the autosave last compressed, with its text. Saving itself is synchronous (it must
 * be at pagehide), and compressing is not: the autosave compresses first, then saves, and the
 * save reuses this text when the paint is still the same values.
 */
let compressed: { readonly values: Uint8Array; readonly text: string } | null = null;
/** Counts compressions started, so one that ends after a newer one does not replace its text. */
let compressions = 0;

const sameValues = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Compresses the current paint for the next save, unless its values are compressed already. */
async function compressPaint(): Promise<void> {
  const paint = currentPaint();
  if (!paint || (compressed && sameValues(compressed.values, paint))) return;
  const serial = ++compressions;
  const values = paint.slice();
  const text = await encodePaint(values);
  if (serial === compressions) compressed = { values, text };
}

/**
 * A map's saved text, made at once: its paint as last compressed when the values are the same,
 * else written uncompressed (still valid DEFLATE; the next autosave compresses it).
 */
export function mapTextNow(map: PainMap): string {
  const text = map.paint && compressed && sameValues(compressed.values, map.paint) ? compressed.text : undefined;
  return JSON.stringify(text === undefined ? toMapDocumentNow(map, APP_VERSION) : toMapDocumentNow(map, APP_VERSION, text));
}

/** Writes the map as it stands, synchronously (see `compressed`). */
export function saveNow(storage: Storage): void {
  const state = appStore.getState();
  if (!state.restored || state.saving === 'blocked') return;
  refreshDerived.flush();
  const text = mapTextNow(currentMap());
  const there = readSaved(storage);
  if (there !== null && mapContent(there) === mapContent(text)) {
    // Already saved (by this tab, or the same map by another): nothing to write, nothing to echo to other tabs.
    lastSeen = there;
    savingWorks();
    return;
  }
  if (there !== null && there !== lastSeen) {
    // Another tab saved a different map since this tab last looked: keep it before writing over it.
    if (!setAside(storage, 'map', there, 'Saved in another tab, then replaced by a change made in this tab.')) {
      notify('error', `This map was also changed in another tab. ${NO_ROOM}`);
      return;
    }
    notify('info', `This map was also changed in another tab; that version is kept under ${KEEP}.`);
  }
  try {
    storage.setItem(MAP_KEY, text);
    lastSeen = text;
    savingWorks();
  } catch {
    if (state.saving !== 'failing') {
      saveFailedNotice = notify('error', 'Your map could not be saved on this device (storage is full or turned off). Export it to keep a copy.');
      appStore.setState({ saving: 'failing' });
    }
  }
}

/** Saving works again: the warning that it did not would now be wrong. */
function savingWorks(): void {
  if (appStore.getState().saving !== 'failing') return;
  if (saveFailedNotice !== null) dismissNotice(saveFailedNotice);
  saveFailedNotice = null;
  appStore.setState({ saving: 'ok' });
}

let timer: ReturnType<typeof setTimeout> | undefined;
/** A change made in this tab is not written yet (its save may be waiting for the timer or for compression). */
let waiting = false;
/** Counts changes, so a save whose compression outlived a newer change leaves the writing to that change's save. */
let changes = 0;

/** Autosaves still compressing. */
const inFlight = new Set<Promise<void>>();

/** Settles when every autosave started so far has compressed and written (or found it need not). */
export async function autosaveSettled(): Promise<void> {
  await Promise.all(inFlight);
}

/** True while a change made in this tab waits to be saved. */
export function hasPendingSave(): boolean {
  return waiting;
}

/** Drops the waiting save (tabSync.ts: the map it would save was replaced by another tab's). */
export function cancelPendingSave(): void {
  clearTimeout(timer);
  timer = undefined;
  waiting = false;
}

/**
 * Saves shortly after every change to the map or the answers, and at once if the page is left
 * with a change still waiting. A tab with nothing waiting writes nothing, so closing an idle old
 * tab never puts its map over one saved since in another tab.
 */
export function startAutosave(storage: Storage): () => void {
  const saveCompressed = async () => {
    timer = undefined;
    const change = changes;
    try {
      await compressPaint();
    } catch {
      // Not compressed: saveNow writes the paint uncompressed.
    }
    // Written meanwhile (pagehide), dropped (another tab's map), or a newer change whose own save follows.
    if (!waiting || change !== changes) return;
    waiting = false;
    saveNow(storage);
  };
  const unsubscribe = appStore.subscribe((state, previous) => {
    if (!state.restored) return;
    const same =
      state.paintVersion === previous.paintVersion &&
      state.symptoms === previous.symptoms &&
      state.redFlags === previous.redFlags &&
      state.redFlagsNo === previous.redFlagsNo &&
      state.bodyShape === previous.bodyShape;
    if (same && state.pressTests === previous.pressTests) return;
    changes++;
    waiting = true;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const save = saveCompressed().finally(() => inFlight.delete(save));
      inFlight.add(save);
    }, SAVE_DELAY_MS);
  });
  // The page may be gone before a promise resolves: this save is synchronous, with the paint as last compressed or uncompressed.
  const onHide = () => {
    if (!waiting) return;
    cancelPendingSave();
    saveNow(storage);
  };
  addEventListener('pagehide', onHide);
  return () => {
    unsubscribe();
    cancelPendingSave();
    removeEventListener('pagehide', onHide);
  };
}
