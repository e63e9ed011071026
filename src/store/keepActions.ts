import { longDate } from '../core/longDate.ts';
import { restoreHistory, type HistoryEntry } from '../core/history/restoreHistory.ts';
import { putBackSetAside, readSetAside, removeSetAside, type SetAsideItem } from './setAside.ts';
import { refreshDerived } from './derived.ts';
import { addToHistory } from './historyActions.ts';
import { keepStore, type IncomingMap } from './keepStore.ts';
import { currentMap } from './persistence.ts';
import { importMap, openMap } from './transferActions.ts';
import { NO_ROOM, notify } from './uiActions.ts';

export type IncomingChoice = 'keep' | 'replace' | 'beside';

const FROM_WHAT: Readonly<Record<IncomingMap['from'], string>> = { link: 'a link', file: 'a file', 'set-aside': 'a map you had set aside' };
const fromWhat = (from: IncomingMap['from']) => FROM_WHAT[from];

/**
 * The person's answer for a map opened over theirs:
 * - keep: their map stays, the opened one is let go;
 * - replace: their map, every answer with it, goes into the history first, then the opened one is put in place;
 * - beside: the opened map goes into the history, theirs stays open.
 * Nothing is replaced unless the copy was stored; returns false (and says why) when it was not.
 */
export async function resolveIncoming(choice: IncomingChoice): Promise<boolean> {
  const incoming = keepStore.getState().incoming;
  if (!incoming || resolving) return false;
  resolving = true;
  try {
    return await resolve(incoming, choice);
  } finally {
    resolving = false;
  }
}

/** True while an answer is being carried out (storing a copy takes a moment): a second click is not a second answer. */
let resolving = false;

async function resolve(incoming: IncomingMap, choice: IncomingChoice): Promise<boolean> {
  const today = longDate(new Date());
  if (choice === 'keep') {
    keepStore.setState({ incoming: null });
    notify('info', 'Your map was kept as it was.');
    return true;
  }
  if (choice === 'beside') {
    if (!(await addToHistory(incoming.map, `Opened from ${fromWhat(incoming.from)} on ${today}`))) return false;
    keepStore.setState({ incoming: null });
    notify('info', `The map from ${longDate(incoming.map.savedAt)} is in your history; yours stays open.`);
    return true;
  }
  refreshDerived.flush();
  if (!(await addToHistory(currentMap(), `Your map before you opened ${fromWhat(incoming.from)} on ${today}`))) {
    notify('error', NO_ROOM);
    return false;
  }
  keepStore.setState({ incoming: null });
  openMap(incoming.map, incoming.warnings, ' Your previous map, answers and all, is in your history.');
  return true;
}

/** A set-aside map as a file to download: its text exactly as it was stored. */
export function setAsideFile(item: SetAsideItem): { filename: string; text: string } | null {
  const text = readSetAside(item.key);
  if (text === null) return null;
  return { filename: `painmap-set-aside-${item.kind}-${item.at.slice(0, 19).replace(/:/g, '-')}.json`, text };
}

/**
 * Brings a set-aside map back. A saved map opens as a file would (asking first if a map is
 * open); a set-aside part of the history goes back into the history, entry by entry. The copy
 * stays set aside either way. False (and the person told why) when it still cannot be read.
 */
export async function restoreSetAside(item: SetAsideItem): Promise<boolean> {
  const text = readSetAside(item.key);
  if (text === null) {
    notify('error', 'That set-aside map is no longer on this device.');
    return false;
  }
  if (item.kind === 'map') return importMap({ setAside: text });
  let entries: readonly HistoryEntry[] = [];
  try {
    entries = (await restoreHistory(JSON.parse(text))).entries;
  } catch {
    // Nothing in it can be read.
  }
  let added = 0;
  // One at a time, in order, as each adds to the list as it stands.
  for (const entry of entries) if (await addToHistory(entry.map)) added++;
  if (added > 0) notify('info', `Maps put back in your history: ${added}.`);
  else notify('error', 'Nothing in that set-aside history can be read. Download it to keep a copy.');
  return added > 0;
}

/**
 * Deletes a set-aside map from this device, on the person's word, with Undo in the notice that
 * says so (download it first to keep a copy for good).
 */
export function deleteSetAside(item: SetAsideItem, description: string): boolean {
  const deleted = removeSetAside(item.key);
  if (!deleted) {
    notify('error', 'That set-aside map is no longer on this device.');
    return false;
  }
  notify('info', `Deleted from this device: the ${description}.`, {
    label: 'Undo',
    run: () => {
      if (putBackSetAside(deleted)) notify('info', `Put back: the ${description}.`);
      else notify('error', `This device has no room left to put back the ${description}. Free some space (or export your map) and try again.`);
    },
  });
  return true;
}
