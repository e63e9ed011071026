import { useRef } from 'react';
import type { Suggestion } from '../../core/matcher/types.ts';
import { select } from '../../store/uiActions.ts';
import { setSheet, useLayout } from '../../store/layoutStore.ts';
import { useApp } from '../../store/useApp.ts';
import { fitWords, muscleTitle } from '../panels/describe.ts';
import { useSelfHelp } from '../panels/selfHelp.ts';
import { guideHref } from '../route.ts';

/** A drag of at least this many pixels on the handle opens or closes the sheet; less is a tap. */
const DRAG_PX = 24;

/** The grip at the top of the sheet: tap it, or drag it up or down, to open or close the sheet. */
function SheetHandle({ open }: { readonly open: boolean }) {
  const start = useRef<number | null>(null);
  const dragged = useRef(false);
  return (
    <button
      type="button"
      className="sheet-handle"
      aria-expanded={open}
      aria-controls="sheet-body"
      onPointerDown={(e) => {
        start.current = e.clientY;
        dragged.current = false;
      }}
      onPointerUp={(e) => {
        if (start.current === null) return;
        const dy = e.clientY - start.current;
        start.current = null;
        if (Math.abs(dy) < DRAG_PX) return;
        dragged.current = true;
        setSheet(dy < 0 ? 'open' : 'peek');
      }}
      onClick={() => {
        // A drag has already decided; a tap (or Enter) toggles.
        if (dragged.current) dragged.current = false;
        else setSheet(open ? 'peek' : 'open');
      }}
    >
      <span className="grip" aria-hidden="true" />
      <span className="sheet-handle-label">{open ? 'Show the body' : 'Show all'}</span>
    </button>
  );
}

function FitBar({ score }: { readonly score: number }) {
  const percent = Math.round(score * 100);
  return (
    <span className="peek-fit">
      <span className="score" aria-hidden="true">
        <span className="score-bar" style={{ width: `${percent}%` }} />
      </span>
      <span className="fit-words">
        {fitWords(score)}
        <span className="visually-hidden">, {percent} out of 100</span>
      </span>
    </span>
  );
}

/** The answer at a glance: the chosen (or best) suggestion with its side and fit, and the way to its guide. */
function TopSuggestion({ suggestion, rank, count }: { readonly suggestion: Suggestion; readonly rank: number; readonly count: number }) {
  const selfHelp = useSelfHelp();
  const trpName = suggestion.trp.split('.')[1];
  return (
    <div className="peek-top">
      <p className="peek-kicker">{rank === 1 ? 'Best fit for your map' : `Your choice, number ${rank} of ${count}`}</p>
      <p className="peek-title">{muscleTitle(suggestion)}</p>
      <FitBar score={suggestion.score} />
      <div className="peek-actions">
        {selfHelp !== 'see_doctor' && (
          <a
            className="button primary"
            href={guideHref(suggestion.muscle, trpName, suggestion.side)}
            onClick={() => select({ muscle: suggestion.muscle, trp: suggestion.trp, side: suggestion.side })}
          >
            Open its guide
          </a>
        )}
        <button type="button" className="button" onClick={() => setSheet('open')}>
          {count > 1 ? `Why, and ${count - 1} more` : 'Why it fits'}
        </button>
      </div>
    </div>
  );
}

/**
 * What the bottom sheet shows while it peeks (phones): the top suggestion with its side and fit
 * as soon as there is one, a warning when one applies, or how to start.
 */
export function SheetPeek() {
  const open = useLayout((s) => s.sheet === 'open');
  const suggestions = useApp((s) => s.result.suggestions);
  const selected = useApp((s) => s.selected);
  const hasMarks = useApp((s) => s.summary.length > 0);
  const warning = useApp((s) => s.result.doctorReasons.length > 0 || s.redFlags.length > 0);
  const shown = suggestions.slice(0, 5);
  const chosenIndex = selected ? shown.findIndex((s) => s.muscle === selected.muscle && s.side === selected.side) : -1;
  const index = chosenIndex >= 0 ? chosenIndex : 0;
  const top = shown[index];
  return (
    <div className="peek">
      <SheetHandle open={open} />
      {!open && (
        <div className="peek-content">
          {warning && (
            <p className="peek-warning">
              <strong>See a doctor first.</strong> A warning sign applies: self-help is hidden.{' '}
              <button type="button" className="text-button" onClick={() => setSheet('open')}>
                What to do
              </button>
            </p>
          )}
          {!hasMarks && (
            <p className="peek-empty">
              Tap where it hurts on the body. Prefer a list?{' '}
              <button
                type="button"
                className="text-button"
                onClick={() => {
                  setSheet('open');
                  requestAnimationFrame(() => document.querySelector<HTMLElement>('.picker summary')?.focus());
                }}
              >
                Mark by region name
              </button>
            </p>
          )}
          {hasMarks && !top && <p className="peek-empty">None of the muscles in painmap sends pain to the places you marked.</p>}
          {top && <TopSuggestion suggestion={top} rank={index + 1} count={shown.length} />}
        </div>
      )}
    </div>
  );
}
