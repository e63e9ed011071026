import { longDate } from '../core/longDate.ts';
import { refreshDerived } from './derived.ts';
import { addToHistory } from './historyActions.ts';
import { keepStore } from './keepStore.ts';
import { currentMap } from './persistence.ts';
import { openMap } from './transferActions.ts';
import { notify } from './uiActions.ts';

export type IncomingChoice = 'keep' | 'replace' | 'beside';

const fromWhat = (from: 'link' | 'file') => (from === 'link' ? 'a link' : 'a file');

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
