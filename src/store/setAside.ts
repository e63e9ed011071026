import { keepStore } from './keepStore.ts';
import { readItem } from './readItem.ts';

/**
 * Maps painmap could not use as they were (unreadable, from a newer version, or changed by a
 * migration or repair) are set aside: their stored text is copied, untouched, under a key of its
 * own, and never deleted by the app. They are listed under "Keep your map" to download, restore,
 * or delete on the person's word (with Undo).
 */
export type SetAsideKind = 'map' | 'history';

export interface SetAsideItem {
  readonly key: string;
  readonly kind: SetAsideKind;
  /** When it was set aside (ISO). */
  readonly at: string;
  /** Why, in the person's words; empty for maps set aside before reasons were kept. */
  readonly reason: string;
}

export const SET_ASIDE_PREFIX: Readonly<Record<SetAsideKind, string>> = {
  map: 'painmap:map:set-aside:',
  history: 'painmap:history:set-aside:',
};
/** Reasons by key: the set-aside text itself stays exactly as it was stored. */
const REASONS_KEY = 'painmap:set-aside-reasons';

let source: Storage | null = null;

function readReasons(from: Storage): Record<string, string> {
  try {
    const value: unknown = JSON.parse(from.getItem(REASONS_KEY) ?? '{}');
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Keeps `text` under a new key of its own; the key, or null if the device refused. */
export function setAside(to: Storage, kind: SetAsideKind, text: string, reason: string): string | null {
  const stamp = new Date().toISOString();
  let key = `${SET_ASIDE_PREFIX[kind]}${stamp}`;
  for (let n = 2; to.getItem(key) !== null; n++) key = `${SET_ASIDE_PREFIX[kind]}${stamp}#${n}`;
  try {
    to.setItem(key, text);
  } catch {
    return null;
  }
  try {
    to.setItem(REASONS_KEY, JSON.stringify({ ...readReasons(to), [key]: reason }));
  } catch {
    // The map itself is kept; only the reason is lost.
  }
  refreshSetAside(to);
  return key;
}

/** Everything set aside on this device, newest first. */
export function listSetAside(from: Storage): SetAsideItem[] {
  const reasons = readReasons(from);
  const items: SetAsideItem[] = [];
  for (let i = 0; i < from.length; i++) {
    const key = from.key(i);
    if (!key) continue;
    const kind = (Object.keys(SET_ASIDE_PREFIX) as SetAsideKind[]).find((k) => key.startsWith(SET_ASIDE_PREFIX[k]));
    if (!kind) continue;
    const at = key.slice(SET_ASIDE_PREFIX[kind].length).replace(/#\d+$/, '');
    items.push({ key, kind, at, reason: typeof reasons[key] === 'string' ? reasons[key] : '' });
  }
  return items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** Re-reads the list shown in the app (after a set-aside, or another tab's). */
export function refreshSetAside(from: Storage | null = source): void {
  if (!from) return;
  source = from;
  try {
    keepStore.setState({ setAside: listSetAside(from) });
  } catch {
    // Storage that cannot be listed has nothing to show.
  }
}

export function readSetAside(key: string): string | null {
  return source ? readItem(source, key) : null;
}

/** What a deleted set-aside map needs to come back exactly as it was. */
export interface DeletedSetAside {
  readonly key: string;
  readonly text: string;
  readonly reason: string;
}

/** Deletes a set-aside map (the person asked); what it takes to put it back, or null if it was not there. */
export function removeSetAside(key: string): DeletedSetAside | null {
  if (!source) return null;
  try {
    const text = source.getItem(key);
    if (text === null) return null;
    const { [key]: reason = '', ...others } = readReasons(source);
    source.removeItem(key);
    source.setItem(REASONS_KEY, JSON.stringify(others));
    refreshSetAside();
    return { key, text, reason };
  } catch {
    refreshSetAside();
    return null;
  }
}

/** Puts a deleted set-aside map back under its own key, with its reason; false if the device refused. */
export function putBackSetAside(deleted: DeletedSetAside): boolean {
  if (!source) return false;
  try {
    source.setItem(deleted.key, deleted.text);
  } catch {
    return false;
  }
  try {
    source.setItem(REASONS_KEY, JSON.stringify({ ...readReasons(source), [deleted.key]: deleted.reason }));
  } catch {
    // The map is back; only its reason is lost.
  }
  refreshSetAside();
  return true;
}
