import { longDate } from '../core/longDate.ts';
import { listProblems } from '../core/noticeText.ts';
import { MapRestoreError, restoreMap } from '../core/persistence/restoreMap.ts';
import { readSetAside, type SetAsideItem } from './setAside.ts';
import { refreshDerived } from './derived.ts';
import { addToHistory } from './historyActions.ts';
import { keepStore, type IncomingMap } from './keepStore.ts';
import { currentMap } from './persistence.ts';
import { importMap, openMap } from './transferActions.ts';
import { notify } from './uiActions.ts';

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
export function resolveIncoming(choice: IncomingChoice): boolean {
  const incoming = keepStore.getState().incoming;
  if (!incoming) return false;
  const today = longDate(new Date());
  if (choice === 'keep') {
    keepStore.setState({ incoming: null });
    notify('info', `Your map was kept as it was. The map from ${fromWhat(incoming.from)} was not opened.`);
    return true;
  }
  if (choice === 'beside') {
    if (!addToHistory(incoming.map, `Opened from ${fromWhat(incoming.from)} on ${today}`)) return false;
    keepStore.setState({ incoming: null });
    notify('info', `The map from ${longDate(incoming.map.savedAt)} is in your history, beside your map, which stays open.`);
    return true;
  }
  refreshDerived.flush();
  if (!addToHistory(currentMap(), `Your map before you opened ${fromWhat(incoming.from)} on ${today}`)) {
    notify('error', 'Your map could not be copied into the history, so it was not replaced. Export it first, or open the new map beside yours.');
    return false;
  }
  keepStore.setState({ incoming: null });
  openMap(incoming.map, incoming.warnings, ' Your previous map, with all its answers, is in your history: “Use as starting point” brings it back.');
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
export function restoreSetAside(item: SetAsideItem): boolean {
  const text = readSetAside(item.key);
  if (text === null) {
    notify('error', 'That set-aside map is no longer on this device.');
    return false;
  }
  if (item.kind === 'map') return importMap({ setAside: text });
  let values: unknown[];
  try {
    const parsed: unknown = JSON.parse(text);
    values = Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    notify('error', 'That set-aside history could not be opened: it is not valid JSON. Download it to keep a copy.');
    return false;
  }
  let added = 0;
  const problems: string[] = [];
  for (const value of values) {
    try {
      const { map } = restoreMap(value);
      if (addToHistory(map)) added++;
      else break;
    } catch (error) {
      problems.push(error instanceof MapRestoreError ? error.message : 'It could not be read.');
    }
  }
  const left = values.length - added;
  notify(
    added > 0 ? 'info' : 'error',
    `${added === 1 ? 'One map was' : `${added} maps were`} put back in your history.${left > 0 ? ` ${left} could not be: ${listProblems([...new Set(problems)])}` : ''}`,
  );
  return added > 0;
}
