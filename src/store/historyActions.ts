import { APP_VERSION } from '../core/appInfo.ts';
import { byDate, entryId, HistoryRestoreError, restoreHistory, type HistoryEntry, type RestoredHistory } from '../core/history/restoreHistory.ts';
import { MAX_NOTE_LENGTH, toMapDocument, toMapDocumentNow, type PainMap } from '../core/persistence/mapDocument.ts';
import { sameMap } from '../core/persistence/sameMap.ts';
import { longDate } from '../core/longDate.ts';
import { isEmptyMap } from '../core/persistence/isEmptyMap.ts';
import { listProblems } from '../core/noticeText.ts';
import { appStore } from './appStore.ts';
import { refreshDerived } from './derived.ts';
import { historyStore } from './historyStore.ts';
import { readItem } from './readItem.ts';
import { currentMap } from './persistence.ts';
import { applyMap } from './transferActions.ts';
import { setAside } from './setAside.ts';
import { KEEP, notify, select } from './uiActions.ts';

export const HISTORY_KEY = 'painmap:history';

let storage: Storage | null = null;
/**
 * What is written for each entry: as it was read, or as it was compressed when added, so nothing
 * is encoded twice and writing the list needs no waiting (only adding an entry compresses).
 */
let stored = new WeakMap<object, unknown>();

/** Writes the entries, each as read when it was read cleanly; false if the device refused. */
function writeEntries(to: Storage, entries: readonly HistoryEntry[]): boolean {
  try {
    // Every entry has its stored form (read or added); a map without one is written with its paint uncompressed.
    const documents = entries.map((e) => stored.get(e.map) ?? toMapDocumentNow(e.map, APP_VERSION));
    to.setItem(HISTORY_KEY, JSON.stringify(documents));
    entries.forEach((e, i) => stored.set(e.map, documents[i]));
    return true;
  } catch {
    return false;
  }
}

/** Counts reads of the history, so only the latest one's entries are shown. */
let loads = 0;
/** The read of the history in progress, if any: changes to the list wait for it (historyRead). */
let reading: Promise<void> | null = null;
let listening = false;

/**
 * Reads the stored history. Entries that cannot be read are set aside (never deleted) and the
 * person is told; a history that cannot be read at all is set aside whole and the list starts
 * empty. If setting aside fails, the stored history is left alone and never written over.
 */
export function loadHistory(from: Storage): Promise<void> {
  const read: Promise<void> = readHistory(from).finally(() => {
    if (reading === read) reading = null;
  });
  reading = read;
  return read;
}

/** Waits until no read of the history is in progress, so a change is made to the list as stored. */
async function historyRead(): Promise<void> {
  while (reading) await reading;
}

/** The stored history, read; or the error that says why it cannot be read at all. */
async function restoreStored(text: string | null): Promise<RestoredHistory | { readonly error: unknown }> {
  try {
    return await restoreHistory(text === null ? [] : JSON.parse(text));
  } catch (error) {
    return { error };
  }
}

/** Each entry's form to write: as stored when it was read cleanly, else its new form, compressed. */
async function storedForms(history: RestoredHistory): Promise<Map<PainMap, unknown>> {
  const forms = await Promise.all(history.entries.map(async (e) => history.stored.get(e.id) ?? (await toMapDocument(e.map, APP_VERSION))));
  return new Map(history.entries.map((e, i) => [e.map, forms[i]]));
}

async function readHistory(from: Storage): Promise<void> {
  storage = from;
  const load = ++loads;
  let text: string | null;
  try {
    text = from.getItem(HISTORY_KEY);
  } catch {
    notify('error', 'This browser does not let painmap read its saved data, so the history cannot be shown or kept.');
    historyStore.setState({ entries: [], picked: [], deleted: null, loaded: true, saving: 'blocked' });
    return;
  }
  // The entries' paint is inflated asynchronously. A newer read wins; and if the history was
  // written meanwhile (here or in another tab), it is read again, so an older list never replaces it.
  const history = await restoreStored(text);
  const forms = 'entries' in history ? await storedForms(history) : null;
  if (load !== loads) return;
  if (readItem(from, HISTORY_KEY) !== text) return readHistory(from);
  stored = new WeakMap();
  if (forms) for (const [map, document] of forms) stored.set(map, document);
  let saving: 'ok' | 'blocked' = 'ok';
  let entries: readonly HistoryEntry[] = [];
  if ('entries' in history) {
    entries = history.entries;
    const { dropped, repaired } = history;
    if (dropped.length > 0 || repaired.length > 0) {
      const reasons = [...new Set(dropped.map((d) => d.reason))].join(' ');
      let kept = dropped.length === 0 || setAside(from, 'history', JSON.stringify(dropped.map((d) => d.value)), `Could not be opened: ${reasons}`) !== null;
      if (kept && repaired.length > 0)
        kept = setAside(from, 'history', JSON.stringify(repaired), `Before entries were left out: ${listProblems(history.warnings)}`) !== null;
      // Set aside once: the stored history is written in its new form, so the next visit finds nothing to copy again.
      if (kept) kept = writeEntries(from, entries);
      if (!kept) saving = 'blocked';
      if (dropped.length > 0)
        notify(
          'error',
          `${dropped.length === 1 ? 'One saved map' : `${dropped.length} saved maps`} in your history could not be opened (${reasons}) and ${kept ? 'were set aside, not deleted' : 'were left where they were'}; the others are listed.`,
        );
    }
    if (history.warnings.length > 0)
      notify(
        'info',
        `Some entries of maps in your history could not be read and were left out: ${listProblems(history.warnings)}${repaired.length > 0 && saving === 'ok' ? ` The maps as they were are kept under ${KEEP}.` : ''}`,
      );
  } else {
    const reason = history.error instanceof HistoryRestoreError ? history.error.message : 'It is not valid JSON.';
    const kept = setAside(from, 'history', text!, `Could not be opened: ${reason}`) !== null;
    if (kept) from.removeItem(HISTORY_KEY);
    else saving = 'blocked';
    notify(
      'error',
      `Your history could not be opened (${reason}) ${kept ? 'It was set aside, not deleted, so it starts empty.' : 'It was left where it was and nothing will be saved over it.'}`,
    );
  }
  historyStore.setState({ entries, picked: [], deleted: null, loaded: true, saving });
}

/**
 * Reads the history from this device the first time it is needed, and again whenever another
 * tab changes it, so writing the list from here never drops an entry saved there. Settles once
 * the list is read.
 */
export function ensureHistoryLoaded(): Promise<void> {
  if (!historyStore.getState().loaded && !reading) {
    void loadHistory(localStorage);
    if (!listening) {
      listening = true;
      window.addEventListener('storage', ({ key, storageArea }) => {
        if ((key === HISTORY_KEY || key === null) && storageArea === localStorage) void loadHistory(localStorage);
      });
    }
  }
  return historyRead();
}

/** Writes the entries; false (and the person told) if the device refused or the history is blocked. */
function persist(entries: readonly HistoryEntry[]): boolean {
  if (historyStore.getState().saving === 'blocked' || !storage) {
    notify('error', 'The history cannot be changed: the history already on this device could not be read, and it is kept as it was.');
    return false;
  }
  if (writeEntries(storage, entries)) return true;
  notify('error', 'The history could not be saved on this device (storage is full or turned off). Export your map to keep a copy.');
  return false;
}

/** Saves the current map as a new, dated history entry with an optional note (up to 500 characters). */
export function saveToHistory(note = ''): Promise<boolean> {
  refreshDerived.flush();
  return addToHistory(currentMap(), note);
}

/**
 * Adds a map, every answer with it, as a new history entry; false (and the person told) if it
 * could not be stored. Its paint is compressed first; the list is read and written after that,
 * at once, so an entry added or deleted meanwhile is not lost.
 */
export async function addToHistory(map: PainMap, note = ''): Promise<boolean> {
  const text = note.trim().slice(0, MAX_NOTE_LENGTH);
  if (text) map = { ...map, note: text };
  const [document] = await Promise.all([toMapDocument(map, APP_VERSION), ensureHistoryLoaded()]);
  await historyRead();
  stored.set(map, document);
  const { entries } = historyStore.getState();
  const entry = { id: entryId(map.savedAt, new Set(entries.map((e) => e.id))), map };
  const next = [...entries, entry].sort(byDate);
  if (!persist(next)) return false;
  historyStore.setState({ entries: next, deleted: null });
  return true;
}

/** Deletes an entry; undoDelete brings it back until the next change. */
export async function deleteEntry(id: string): Promise<void> {
  await historyRead();
  const { entries, picked } = historyStore.getState();
  const index = entries.findIndex((e) => e.id === id);
  if (index < 0) return;
  const next = entries.filter((e) => e.id !== id);
  if (!persist(next)) return;
  historyStore.setState({ entries: next, deleted: { entry: entries[index]!, index }, picked: picked.filter((p) => p !== id) });
}

export async function undoDelete(): Promise<void> {
  await historyRead();
  const { entries, deleted } = historyStore.getState();
  if (!deleted) return;
  const next = [...entries.slice(0, deleted.index), deleted.entry, ...entries.slice(deleted.index)];
  if (persist(next)) historyStore.setState({ entries: next, deleted: null });
}

/** Picks an entry for comparison or un-picks it; at most two are picked, and two open the comparison. */
export function togglePick(id: string): void {
  const { picked } = historyStore.getState();
  if (picked.includes(id)) historyStore.setState({ picked: picked.filter((p) => p !== id) });
  else if (picked.length < 2) {
    historyStore.setState({ picked: [...picked, id] });
    // A trigger point's marker would stand between the two bodies.
    if (picked.length === 1) select(null);
  }
}

export function closeComparison(): void {
  if (historyStore.getState().picked.length > 0) historyStore.setState({ picked: [] });
}

/** Leaving the history page closes the comparison (the home page paints on one body) and keeps a delete for good. */
export function leaveHistory(): void {
  closeComparison();
  if (historyStore.getState().deleted) historyStore.setState({ deleted: null });
}

/**
 * Puts an entry's map in place of the current one, as one undo step. The current map, with all
 * its answers, is first kept in the history (unless it is empty or already there), since Undo
 * brings back paint only; if it cannot be kept, nothing is replaced.
 */
export async function startFromEntry(id: string): Promise<void> {
  const entry = historyStore.getState().entries.find((e) => e.id === id);
  if (!entry || appStore.getState().body.status !== 'ready') return;
  refreshDerived.flush();
  const mine = currentMap();
  const alreadyKept = historyStore.getState().entries.some((e) => sameMap(e.map, mine));
  if (!isEmptyMap(mine) && !alreadyKept && !(await addToHistory(mine, `Your map before you used the one from ${longDate(entry.map.savedAt)}`))) return;
  applyMap(entry.map);
  const kept = isEmptyMap(mine) ? '' : ' The map you had is in your history.';
  notify('info', `Your map is now a copy of the one from ${longDate(entry.map.savedAt)}.${kept} Undo brings back its marks.`);
}
