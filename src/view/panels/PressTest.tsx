import { PRESS_TEST_STEPS, PRESS_TEST_WHY } from '../../core/library/cautions.ts';
import type { PressAnswer, Suggestion } from '../../core/matcher/types.ts';
import { setPressTest } from '../../store/uiActions.ts';
import { useApp } from '../../store/useApp.ts';
import { muscleTitle } from './describe.ts';
import { useSelfHelp } from './selfHelp.ts';

const ANSWERS: readonly { id: PressAnswer; label: string }[] = [
  { id: 'familiar', label: 'Yes, my familiar pain' },
  { id: 'tender', label: 'Tender, but a different pain' },
  { id: 'nothing', label: 'Nothing much' },
];

const ordinal = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;

/** How the answers moved the suggestion: "moved from 3rd to 1st, fit 41 → 68". */
function movedWords({ rankBeforePressTest: before, scoreBeforePressTest }: Suggestion, rank: number): string {
  const place =
    before === undefined
      ? `now ${ordinal(rank)}, not listed before`
      : before === rank
        ? `still ${ordinal(rank)}`
        : `moved from ${ordinal(before)} to ${ordinal(rank)}`;
  return `${place}, fit ${Math.round((scoreBeforePressTest ?? 0) * 100)}`;
}

/**
 * Press-to-test: press the trigger point and say whether it brings on the familiar pain. The
 * answer moves the ranking (a likelihood ratio in the matcher) and is kept with the map.
 */
export function PressTest({ suggestion, rank }: { readonly suggestion: Suggestion; readonly rank: number }) {
  const pressTests = useApp((s) => s.pressTests);
  // Never before every warning sign is answered "no" (the caller checks too).
  if (useSelfHelp() !== 'ok') return null;
  const sides = suggestion.side === 'B' ? (['L', 'R'] as const) : ([suggestion.side] as const);
  const answered = sides.some((side) => pressTests[`${suggestion.trp}@${side}`]);
  return (
    <div className="press-test">
      <h3>Test it: press the spot</h3>
      <ol>
        {PRESS_TEST_STEPS.map((step) => (
          <li key={step.text}>{step.text}</li>
        ))}
      </ol>
      {sides.map((side) => {
        const key = `${suggestion.trp}@${side}`;
        const sideName = side === 'L' ? 'left' : 'right';
        return (
          <fieldset key={side}>
            <legend>Did pressing the {sides.length > 1 ? `${sideName} ` : ''}spot bring on your familiar pain?</legend>
            <div className="answers">
              {ANSWERS.map((answer) => (
                <label key={answer.id} className="answer">
                  <input
                    type="radio"
                    name={key}
                    checked={pressTests[key] === answer.id}
                    onChange={() => setPressTest(suggestion.trp, side, answer.id)}
                  />
                  <span>{answer.label}</span>
                </label>
              ))}
              {pressTests[key] && (
                <button type="button" className="text-button" onClick={() => setPressTest(suggestion.trp, side, null)}>
                  Clear answer
                </button>
              )}
            </div>
          </fieldset>
        );
      })}
      {answered && suggestion.scoreBeforePressTest !== undefined && (
        <p className="moved" role="status">
          {muscleTitle(suggestion)}: {movedWords(suggestion, rank)} → {Math.round(suggestion.score * 100)}.
        </p>
      )}
      <p className="muted small">{PRESS_TEST_WHY.text}</p>
    </div>
  );
}
