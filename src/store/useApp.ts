import { useStore } from 'zustand';
import { appStore, type AppState } from './appStore.ts';

/** Reads one slice of the app state; re-renders only when that slice changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
