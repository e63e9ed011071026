import { useSyncExternalStore } from 'react';

/** The width at which the body sits beside the panels instead of behind a bottom sheet (styles.css agrees). */
export const WIDE_QUERY = '(min-width: 900px)';

function query(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(WIDE_QUERY) : null;
}

function subscribe(callback: () => void): () => void {
  const list = query();
  list?.addEventListener?.('change', callback);
  return () => list?.removeEventListener?.('change', callback);
}

/** True on wide screens (side by side); false on phones (body behind a bottom sheet). */
export function useWide(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? true,
    () => true,
  );
}
