import type { SuggestionSide } from '../matcher/types.ts';
import type { Side } from '../regions/regionIds.ts';

/**
 * Guides name the person's own side. Guide text is written with placeholders, filled here from
 * the side of the map:
 * - `{side}` / `{other}`: the side the steps are for and the opposite one ("left", "right");
 * - `{SIDE}` / `{OTHER}`: the same in capitals, where the side must stand out;
 * - `{either}`: "your left" / "your right", or "either" when both sides are marked
 *   ("lying on {either} side").
 * With both sides marked the steps are written for one side at a time (`stepSide`), since a ball
 * or a stretch works one side at a time.
 */
export const SIDE_PLACEHOLDERS = ['{side}', '{other}', '{SIDE}', '{OTHER}', '{either}'] as const;

/** Anything left looking like a placeholder after filling: "{word}". */
export const UNFILLED_PLACEHOLDER = /\{[A-Za-z ]+\}/;

const WORD: Readonly<Record<Side, string>> = { L: 'left', R: 'right' };
const opposite = (side: Side): Side => (side === 'L' ? 'R' : 'L');

/** The side a set of steps is written for: the map's side, or the left first when both are marked. */
export function defaultStepSide(mapSide: SuggestionSide): Side {
  return mapSide === 'B' ? 'L' : mapSide;
}

/** Fills one text. `stepSide` matters only when both sides are marked. */
export function fillSide(text: string, mapSide: SuggestionSide, stepSide: Side = defaultStepSide(mapSide)): string {
  const side = mapSide === 'B' ? stepSide : mapSide;
  const words: Record<string, string> = {
    '{side}': WORD[side],
    '{other}': WORD[opposite(side)],
    '{SIDE}': WORD[side].toUpperCase(),
    '{OTHER}': WORD[opposite(side)].toUpperCase(),
    '{either}': mapSide === 'B' ? 'either' : `your ${WORD[side]}`,
  };
  return text.replace(/\{(?:side|other|SIDE|OTHER|either)\}/g, (token) => words[token]!);
}

/** A guide (or any plain data) with every text filled for this side. Ids and source keys have no placeholders, so they pass through unchanged. */
export function withSide<T>(value: T, mapSide: SuggestionSide, stepSide: Side = defaultStepSide(mapSide)): T {
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string') return fillSide(item, mapSide, stepSide);
    if (Array.isArray(item)) return item.map(walk);
    if (item !== null && typeof item === 'object') return Object.fromEntries(Object.entries(item).map(([key, child]) => [key, walk(child)]));
    return item;
  };
  return walk(value) as T;
}

/** "your RIGHT hip", "your LEFT and RIGHT hip" (both sides). */
export function yourSidePart(mapSide: SuggestionSide, part: string): string {
  return mapSide === 'B' ? `your LEFT and RIGHT ${part}` : `your ${WORD[mapSide].toUpperCase()} ${part}`;
}

/** Whether a text (a stretch's steps, before filling) works one side: it names {side} or {other}. */
export function namesOneSide(texts: readonly string[]): boolean {
  return texts.some((text) => /\{(?:side|other|SIDE|OTHER)\}/.test(text));
}

/** The line above each stretch's steps: which side it stretches (a two-sided stretch says so). */
export function stretchLead(mapSide: SuggestionSide, stepSide: Side = defaultStepSide(mapSide), oneSided = true): string {
  if (!oneSided) return 'This stretch works both sides at once.';
  if (mapSide !== 'B') return `Stretch your ${WORD[mapSide].toUpperCase()} side.`;
  return `Stretch your ${WORD[stepSide].toUpperCase()} side, then your ${WORD[opposite(stepSide)].toUpperCase()} side: both are marked on your map.`;
}

/** What the guide says when both sides are marked, above the steps. */
export function bothSidesNote(stepSide: Side): string {
  return `You marked both sides. Work one side at a time. The steps below are written for your ${WORD[stepSide].toUpperCase()} side; switch them to your ${WORD[opposite(stepSide)].toUpperCase()} side when you move over.`;
}

/** Words used in links: #/guide/<muscle>/<trp>/<left|right|both>. */
export const SIDE_SLUGS: Readonly<Record<SuggestionSide, 'left' | 'right' | 'both'>> = { L: 'left', R: 'right', B: 'both' };

export function sideFromSlug(slug: string | undefined): SuggestionSide | undefined {
  return slug === 'left' ? 'L' : slug === 'right' ? 'R' : slug === 'both' ? 'B' : undefined;
}
