import { useMemo } from 'react';
import { PRESS_TEST_STEPS, PRESS_TEST_WHY } from '../../core/library/cautions.ts';
import { match } from '../../core/matcher/match.ts';
import type { PressAnswer, Suggestion } from '../../core/matcher/types.ts';
import { appStore } from '../../store/appStore.ts';
import { setPressTest } from '../../store/uiActions.ts';
import { useApp } from '../../store/useApp.ts';
import { muscleTitle } from './describe.ts';

const ANSWERS: readonly { id: PressAnswer; label: string }[] = [
  { id: 'familiar', label: 'Yes, my familiar pain' },
  { id: 'tender', label: 'Tender, but a different pain' },
  { id: 'nothing', label: 'Nothing much' },
];

const ordinal = (n: number) => `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;

/** Where a muscle ranked, and its score, had no press-test answers been given. */
function useRankingWithoutTests(muscle: string): { rank: number; score: number } | null {
  const pressTests = useApp((s) => s.pressTests);
  const summary = useApp((s) => s.summary);
  return useMemo(() => {
    if (Object.keys(pressTests).length === 0) return null;
    const { symptoms, redFlags } = appStore.getState();
    const before = match({ marks: summary, symptoms, redFlags }).suggestions;
    const index = before.findIndex((s) => s.muscle === muscle);
    return index < 0 ? null : { rank: index + 1, score: before[index]!.score };
  }, [pressTests, summary, muscle]);
}

/**
 * Press-to-test: press the trigger point and say whether it brings on the familiar pain. The
 * answer moves the ranking (a likelihood ratio in the matcher) and is kept with the map.
 */
export function PressTest({ suggestion, rank }: { readonly suggestion: Suggestion; readonly rank: number }) {
  const pressTests = useApp((s) => s.pressTests);
  const before = useRankingWithoutTests(suggestion.muscle);
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
      {answered && before && (
        <p className="moved" role="status">
          {muscleTitle(suggestion)}: {before.rank === rank ? `still ${ordinal(rank)}` : `moved from ${ordinal(before.rank)} to ${ordinal(rank)}`}, fit{' '}
          {Math.round(before.score * 100)} → {Math.round(suggestion.score * 100)}.
        </p>
      )}
      <p className="muted small">{PRESS_TEST_WHY.text}</p>
    </div>
  );
}
