import { useMemo } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { HistoryEntry } from '../core/history/restoreHistory.ts';

export type { HistoryEntry };

export interface HistoryState {
  /** Saved maps, oldest first. */
  readonly entries: readonly HistoryEntry[];
  /** False until the stored history has been read (it is read when first needed). */
  readonly loaded: boolean;
  /** Ids of the entries picked for comparison, at most two; two picked means a comparison is open. */
  readonly picked: readonly string[];
  /** The entry deleted last and where it stood, until it is brought back or something else changes. */
  readonly deleted: { readonly entry: HistoryEntry; readonly index: number } | null;
  /** 'blocked': a stored history that could not be read is still in place, so nothing is written over it. */
  readonly saving: 'ok' | 'blocked';
}

export function initialHistoryState(): HistoryState {
  return { entries: [], loaded: false, picked: [], deleted: null, saving: 'ok' };
}

/** The history of saved maps. Actions live in historyActions.ts. */
export const historyStore = createStore<HistoryState>()(() => initialHistoryState());

/** Reads one slice of the history state; re-renders only when that slice changes. */
export function useHistory<T>(selector: (state: HistoryState) => T): T {
  return useStore(historyStore, selector);
}

/** The two picked entries, earlier first, or null while no comparison is open. */
export function comparedPair(entries: readonly HistoryEntry[], picked: readonly string[]): readonly [HistoryEntry, HistoryEntry] | null {
  if (picked.length !== 2) return null;
  const pair = entries.filter((e) => picked.includes(e.id));
  return pair.length === 2 ? [pair[0]!, pair[1]!] : null;
}

/** The entries being compared, earlier first (entries are kept oldest first), or null. */
export function useComparedPair(): readonly [HistoryEntry, HistoryEntry] | null {
  const entries = useHistory((s) => s.entries);
  const picked = useHistory((s) => s.picked);
  return useMemo(() => comparedPair(entries, picked), [entries, picked]);
}
