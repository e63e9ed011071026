import { useSyncExternalStore } from 'react';
import { MUSCLE_IDS, type MuscleId } from '../core/library/types.ts';

/** The app's pages, addressed by the URL fragment: #/ and #/guide/gluteus-medius/trp1. */
export type Route = { readonly page: 'home' } | { readonly page: 'guide'; readonly muscle: MuscleId; readonly trp?: string };

const toSlug = (id: string) => id.replace(/_/g, '-');

export function guideHref(muscle: MuscleId, trp?: string): string {
  return `#/guide/${toSlug(muscle)}${trp ? `/${toSlug(trp)}` : ''}`;
}

export function parseRoute(hash: string): Route {
  const match = /^#\/guide\/([a-z-]+)(?:\/([a-z0-9-]+))?\/?$/.exec(hash);
  const muscle = match?.[1]?.replace(/-/g, '_');
  if (match && MUSCLE_IDS.includes(muscle as MuscleId)) {
    const trp = match[2]?.replace(/-/g, '_');
    return trp ? { page: 'guide', muscle: muscle as MuscleId, trp } : { page: 'guide', muscle: muscle as MuscleId };
  }
  return { page: 'home' };
}

function subscribe(callback: () => void): () => void {
  addEventListener('hashchange', callback);
  return () => removeEventListener('hashchange', callback);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(
    subscribe,
    () => location.hash,
    () => '',
  );
  return parseRoute(hash);
}
