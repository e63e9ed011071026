import { describe, expect, it } from 'vitest';
import { GUIDES } from '../../src/core/guides/index.ts';
import { fillSide, namesOneSide, stretchLead, UNFILLED_PLACEHOLDER, withSide, yourSidePart } from '../../src/core/guides/sideWording.ts';
import { MUSCLES } from '../../src/core/library/index.ts';
import type { Guide } from '../../src/core/library/types.ts';
import type { SuggestionSide } from '../../src/core/matcher/types.ts';
import type { Side } from '../../src/core/regions/regionIds.ts';

/** Every string a guide holds, source keys and ids included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const SIDES: readonly [SuggestionSide, Side][] = [
  ['L', 'L'],
  ['R', 'R'],
  ['B', 'L'],
  ['B', 'R'],
];

describe('side wording', () => {
  it('fills the side, the other side and "either" for one side or both', () => {
    const text = 'Rest your {side} ankle on your {other} knee; stretch your {SIDE} side, not your {OTHER}; lying on {either} side.';
    expect(fillSide(text, 'L')).toBe('Rest your left ankle on your right knee; stretch your LEFT side, not your RIGHT; lying on your left side.');
    expect(fillSide(text, 'R')).toBe('Rest your right ankle on your left knee; stretch your RIGHT side, not your LEFT; lying on your right side.');
    expect(fillSide(text, 'B', 'R')).toBe('Rest your right ankle on your left knee; stretch your RIGHT side, not your LEFT; lying on either side.');
    expect(fillSide(text, 'B')).toMatch(/^Rest your left ankle on your right knee/);
  });

  it('names the side in the title and the stretch lead', () => {
    expect(yourSidePart('R', 'hip')).toBe('your RIGHT hip');
    expect(yourSidePart('L', 'low back')).toBe('your LEFT low back');
    expect(yourSidePart('B', 'hip')).toBe('your LEFT and RIGHT hip');
    expect(stretchLead('L')).toBe('Stretch your LEFT side.');
    expect(stretchLead('B', 'R')).toMatch(/^Stretch your RIGHT side, then your LEFT side/);
    expect(stretchLead('R', 'R', false)).toBe('This stretch works both sides at once.');
    expect(namesOneSide(['Bend your {side} knee.'])).toBe(true);
    expect(namesOneSide(['Bring both knees to your chest.'])).toBe(false);
  });

  it.each(SIDES)('leaves no "painful side", "good side" or unfilled placeholder in any guide (map %s, steps %s)', (mapSide, stepSide) => {
    for (const guide of GUIDES) {
      const texts = strings(withSide(guide, mapSide, stepSide));
      for (const text of texts) {
        expect(text, guide.muscle).not.toMatch(/painful[- ]side|good side|side that does not hurt/i);
        expect(text, guide.muscle).not.toMatch(UNFILLED_PLACEHOLDER);
      }
    }
  });

  it('keeps placeholders out of the pattern library, which other panels show unfilled', () => {
    for (const muscle of MUSCLES) for (const text of strings(muscle)) expect(text, muscle.id).not.toMatch(UNFILLED_PLACEHOLDER);
  });

  it('writes every stretch for the named side, with the other side named where a step uses it', () => {
    const said = (guide: Guide, side: SuggestionSide) => withSide(guide, side).stretches.map((s) => s.steps.join(' '));
    for (const guide of GUIDES) {
      const [left, right] = [said(guide, 'L'), said(guide, 'R')];
      left.forEach((steps, i) => {
        const name = `${guide.muscle}: ${guide.stretches[i]!.name}`;
        // A stretch that works one side names it; the same words for the other side swap left and right.
        if (steps === right[i]) return;
        expect(steps, name).toMatch(/\byour left\b/);
        expect(right[i], name).toMatch(/\byour right\b/);
        expect(right[i], name).toBe(steps.replace(/\b(left|right)\b/g, (w) => (w === 'left' ? 'right' : 'left')));
      });
    }
  });

  it('names the side in the placement of every guide', () => {
    const placements = GUIDES.flatMap((g) => withSide(g, 'R').sections.map((s) => [`${g.muscle} ${s.trp}`, s.placement.text] as const));
    for (const [name, text] of placements) expect(text, name).toMatch(/\bright\b/);
  });
});
