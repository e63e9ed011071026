import { useSyncExternalStore } from 'react';
import { MUSCLE_IDS, type MuscleId } from '../core/library/types.ts';

/** The app's pages, addressed by the URL fragment: #/ and #/guide/gluteus-medius/trp1. */
export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'guide'; readonly muscle: MuscleId; readonly trp?: string }
  /** A share link: the map travels in the fragment, #/map/<data>. */
  | { readonly page: 'shared'; readonly data: string }
  /** Saved maps over time and their comparison: #/history. */
  | { readonly page: 'history' }
  /** A printable page for a therapist: #/report. */
  | { readonly page: 'report' };

export const HISTORY_HREF = '#/history';
export const REPORT_HREF = '#/report';

const toSlug = (id: string) => id.replace(/_/g, '-');

export function guideHref(muscle: MuscleId, trp?: string): string {
  return `#/guide/${toSlug(muscle)}${trp ? `/${toSlug(trp)}` : ''}`;
}

export function parseRoute(hash: string): Route {
  if (hash.startsWith('#/map/')) return { page: 'shared', data: hash.slice('#/map/'.length) };
  if (/^#\/history\/?$/.test(hash)) return { page: 'history' };
  if (/^#\/report\/?$/.test(hash)) return { page: 'report' };
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
