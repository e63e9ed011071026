import { muscleById, trpById } from '../../core/library/index.ts';
import type { Suggestion, SuggestionSide } from '../../core/matcher/types.ts';
import { FAIR_FIT, STRONG_FIT } from '../../core/matcher/weights.ts';
import { regionShortName } from '../../core/regions/regionLabels.ts';
import type { RegionId } from '../../core/regions/regionIds.ts';

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Unique short names of regions, in order, without repeating one named on both sides. */
export function regionWords(regions: readonly RegionId[]): string {
  return listInWords([...new Set(regions.map(regionShortName))]);
}

export function sideWords(side: SuggestionSide): string {
  return side === 'B' ? 'both sides' : side === 'L' ? 'left' : 'right';
}

/**
 * "Gluteus medius (left)". A trigger point whose pain crosses to the other side (the lower
 * rectus abdominis) is named "either side": its own side says little about where it hurts.
 */
export function muscleTitle(suggestion: Pick<Suggestion, 'muscle' | 'side' | 'trp'>): string {
  const name = muscleById(suggestion.muscle).name;
  const side = trpById(suggestion.trp)?.sideRule === 'both_sides' ? 'either side' : sideWords(suggestion.side);
  // Names that already hold brackets take the side after a comma.
  return name.includes('(') ? `${name}, ${side}` : `${name} (${side})`;
}

/** A word for the strength of a fit, shown beside its bar. */
export function fitWords(score: number): string {
  if (score >= STRONG_FIT) return 'strong fit';
  if (score >= FAIR_FIT) return 'fair fit';
  return 'weak fit';
}

/** Short names of regions, without repeats and without those already said, at most `limit` named. */
function names(regions: readonly RegionId[], said: ReadonlySet<string>, limit: number): { named: string[]; more: number; all: string[] } {
  const all = [...new Set(regions.map(regionShortName))].filter((name) => !said.has(name));
  // "and 1 other area" says less than naming it.
  const shown = all.length === limit + 1 ? all.length : limit;
  return { named: all.slice(0, shown), more: Math.max(0, all.length - shown), all };
}

function phrase({ named, more }: { named: string[]; more: number }): string {
  // names() never leaves a single area over, so `more` is 0 or at least 2.
  return more > 0 ? `${named.join(', ')} and ${more} other areas` : listInWords(named);
}

/**
 * One line of why: the marks the pattern explains, its usual zone first, then where it
 * sometimes reaches. For the person ("Fits the pain at your belt line...") or, in the report,
 * for a therapist ("Fits the pain at the belt line...").
 */
export function whyLine(suggestion: Suggestion, reader: 'person' | 'therapist' = 'person'): string {
  const your = reader === 'person' ? 'your' : 'the';
  const essential = names(suggestion.explainsEssential, new Set(), 3);
  const spillover = names(suggestion.explainsSpillover, new Set(essential.all), 2);
  if (essential.named.length === 0) return `Sometimes reaches ${your} ${phrase(spillover)}; its usual zone is not marked.`;
  const also = spillover.named.length ? `, and sometimes reaches ${your} ${phrase(spillover)}` : '';
  return `Fits the pain at ${your} ${phrase(essential)} (its usual zone)${also}.`;
}

/**
 * The two-muscle combination, told only in terms of suggestions on the list the person sees:
 * a pair with a muscle not listed is left out, and each is named with its listed side (a map
 * marked on the left only never reads "both sides" here).
 */
export function listedCombination(
  combination: { readonly muscles: readonly [Pick<Suggestion, 'muscle'>, Pick<Suggestion, 'muscle'>] } | undefined,
  listed: readonly Suggestion[],
): readonly [Suggestion, Suggestion] | null {
  if (!combination) return null;
  const [a, b] = combination.muscles.map((m) => listed.find((s) => s.muscle === m.muscle));
  return a && b && a !== b ? [a, b] : null;
}
