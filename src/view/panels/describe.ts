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

/** One line of why: which of the person's marks the pattern explains, essential first. */
export function whyLine(suggestion: Suggestion): string {
  const parts: string[] = [];
  if (suggestion.explainsEssential.length > 0) parts.push(`your ${regionWords(suggestion.explainsEssential)} pain`);
  if (suggestion.explainsSpillover.length > 0) {
    parts.push(`${parts.length ? 'and often reaches your' : 'your'} ${regionWords(suggestion.explainsSpillover)}`);
  }
  return `Explains ${parts.join(' ')}.`;
}
