import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { PainMap } from '../core/persistence/mapDocument.ts';
import type { SetAsideItem } from './setAside.ts';

/** A map opened from a link or a file while another map is open: it waits for the person's choice. */
export interface IncomingMap {
  readonly map: PainMap;
  readonly warnings: readonly string[];
  readonly from: 'link' | 'file' | 'set-aside';
}

export interface KeepState {
  readonly incoming: IncomingMap | null;
  /** Maps set aside on this device (setAside.ts), newest first. */
  readonly setAside: readonly SetAsideItem[];
}

export function initialKeepState(): KeepState {
  return { incoming: null, setAside: [] };
}

/** What painmap holds back until the person says what to do with it. Actions live in keepActions.ts. */
export const keepStore = createStore<KeepState>()(() => initialKeepState());

export function useKeep<T>(selector: (state: KeepState) => T): T {
  return useStore(keepStore, selector);
}
