import { useSyncExternalStore } from 'react';
import { SIDE_SLUGS, sideFromSlug } from '../core/guides/sideWording.ts';
import { MUSCLE_IDS, type MuscleId } from '../core/library/types.ts';
import type { SuggestionSide } from '../core/matcher/types.ts';

/** The app's pages, addressed by the URL fragment: #/ and #/guide/gluteus-medius/trp1/right. */
export type Route =
  | { readonly page: 'home' }
  /** The side is the person's (left, right or both); old links without it still open. */
  | { readonly page: 'guide'; readonly muscle: MuscleId; readonly trp?: string; readonly side?: SuggestionSide }
  /** A share link: the map travels in the fragment, #/map/<data>. */
  | { readonly page: 'shared'; readonly data: string }
  /** Saved maps over time and their comparison: #/history. */
  | { readonly page: 'history' }
  /** A printable page for a therapist: #/report. */
  | { readonly page: 'report' };

export const HISTORY_HREF = '#/history';
export const REPORT_HREF = '#/report';

const toSlug = (id: string) => id.replace(/_/g, '-');

export function guideHref(muscle: MuscleId, trp?: string, side?: SuggestionSide): string {
  return `#/guide/${toSlug(muscle)}${trp ? `/${toSlug(trp)}` : ''}${side ? `/${SIDE_SLUGS[side]}` : ''}`;
}

export function parseRoute(hash: string): Route {
  if (hash.startsWith('#/map/')) return { page: 'shared', data: hash.slice('#/map/'.length) };
  if (/^#\/history\/?$/.test(hash)) return { page: 'history' };
  if (/^#\/report\/?$/.test(hash)) return { page: 'report' };
  const match = /^#\/guide\/([a-z-]+)(?:\/([a-z0-9-]+))?(?:\/(left|right|both))?\/?$/.exec(hash);
  const muscle = match?.[1]?.replace(/-/g, '_');
  if (match && MUSCLE_IDS.includes(muscle as MuscleId)) {
    // #/guide/<muscle>/<side> names a side and no trigger point (no trigger point is called left, right or both).
    const [trpSlug, sideSlug] = match[3] === undefined && sideFromSlug(match[2]) ? [undefined, match[2]] : [match[2], match[3]];
    const trp = trpSlug?.replace(/-/g, '_');
    const side = sideFromSlug(sideSlug);
    return { page: 'guide', muscle: muscle as MuscleId, ...(trp ? { trp } : {}), ...(side ? { side } : {}) };
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
