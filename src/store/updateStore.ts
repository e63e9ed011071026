import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export interface UpdateState {
  /** Set when a new version of the app is downloaded and waiting; calling it switches to it and reloads. */
  readonly applyUpdate: (() => void) | null;
}

/** Whether a new version of painmap is ready. Filled by src/main.tsx from the service worker. */
export const updateStore = createStore<UpdateState>()(() => ({ applyUpdate: null }));

export function useUpdate<T>(selector: (state: UpdateState) => T): T {
  return useStore(updateStore, selector);
}
