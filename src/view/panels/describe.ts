import { muscleById } from '../../core/library/index.ts';
import type { Suggestion, SuggestionSide } from '../../core/matcher/types.ts';
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

export function muscleTitle(suggestion: Pick<Suggestion, 'muscle' | 'side'>): string {
  return `${muscleById(suggestion.muscle).name} (${sideWords(suggestion.side)})`;
}

/** Short names of regions, without repeats and without those already said, at most `limit`. */
function names(regions: readonly RegionId[], said: ReadonlySet<string>, limit: number): string[] {
  const unique = [...new Set(regions.map(regionShortName))].filter((name) => !said.has(name));
  return unique.length > limit ? [...unique.slice(0, limit - 1), `${unique.length - limit + 1} more`] : unique;
}

/**
 * One line of why: which of the person's marks the pattern explains, its usual zone first,
 * then where it sometimes reaches ("Explains your belt line, SIJ and sacrum pain, and may
 * reach your upper buttock.").
 */
export function whyLine(suggestion: Suggestion): string {
  const essential = names(suggestion.explainsEssential, new Set(), 4);
  const spillover = names(suggestion.explainsSpillover, new Set(essential), 3);
  if (essential.length === 0) return `May reach your ${listInWords(spillover)}, though its usual zone is not marked.`;
  return `Explains your ${listInWords(essential)} pain${spillover.length ? `, and may reach your ${listInWords(spillover)}` : ''}.`;
}
