import { FOOTPRINT_NOTES } from '../../core/anatomy/footprintNotes.ts';
import { trpById } from '../../core/library/index.ts';
import type { Suggestion } from '../../core/matcher/types.ts';
import { patternRegionsFor } from '../../core/library/patternRegions.ts';
import { faceCameraTo, select } from '../../store/uiActions.ts';
import { useApp } from '../../store/useApp.ts';
import { guideHref } from '../route.ts';
import { fitWords, listedCombination, muscleTitle, regionWords, whyLine } from './describe.ts';
import { PressTest } from './PressTest.tsx';
import { revealBody } from '../reveal.ts';
import { goToWarningSigns, useSelfHelp } from './selfHelp.ts';
import type { SelfHelp } from '../../core/matcher/types.ts';
import { ZoneSwatches } from '../ZoneSwatches.tsx';

const SHOWN = 5;

function choose(suggestion: Suggestion): void {
  select({ muscle: suggestion.muscle, trp: suggestion.trp, side: suggestion.side });
  const trp = trpById(suggestion.trp);
  const marker = trp ? patternRegionsFor(trp, suggestion.side).markers[0] : undefined;
  if (marker) faceCameraTo(marker);
  revealBody();
}

function SuggestionCard({ suggestion, rank, selfHelp }: { suggestion: Suggestion; rank: number; selfHelp: SelfHelp }) {
  const selected = useApp((s) => s.selected?.muscle === suggestion.muscle && s.selected.side === suggestion.side);
  const trp = trpById(suggestion.trp);
  const percent = Math.round(suggestion.score * 100);
  return (
    <li className={`suggestion${selected ? ' selected' : ''}`}>
      <button type="button" className="suggestion-main" aria-pressed={selected} onClick={() => choose(suggestion)}>
        <span className="suggestion-title">
          <span className="rank">{rank}</span>
          {muscleTitle(suggestion)}
        </span>
        <span className="score-wrap">
          <span className="score" aria-hidden="true">
            <span className="score-bar" style={{ width: `${percent}%` }} />
          </span>
          <span className="fit-words">
            {fitWords(suggestion.score)}
            <span className="visually-hidden">, {percent} out of 100</span>
          </span>
        </span>
        <span className="why">{whyLine(suggestion)}</span>
      </button>
      {selected && trp && (
        <div className="suggestion-detail">
          <p>
            <strong>{trp.name}.</strong> {trp.location.text}
          </p>
          <p className="muted">Where the muscle lies (violet outline): {FOOTPRINT_NOTES[suggestion.muscle].span}</p>
          {suggestion.missing.length > 0 && (
            <p className="muted">Its usual zone also covers your {regionWords(suggestion.missing)}, which you have not marked.</p>
          )}
          <p className="legend">
            <ZoneSwatches />
            <span>
              <span className="swatch muscle" /> the muscle
            </span>
          </p>
          {selfHelp === 'screen_first' && (
            <>
              <p className="gate-note">How to test and release it shows once you have answered the warning-sign questions.</p>
              <button type="button" className="button primary" onClick={goToWarningSigns}>
                Answer the warning signs first
              </button>
            </>
          )}
          {selfHelp === 'ok' && (
            <>
              <PressTest suggestion={suggestion} rank={rank} />
              <a className="button primary" href={guideHref(suggestion.muscle, suggestion.trp.split('.')[1], suggestion.side)}>
                Open the release guide
              </a>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** Ranked muscles and trigger points that may explain the marks, updated as the person paints. */
export function SuggestionsPanel() {
  const result = useApp((s) => s.result);
  const hasMarks = useApp((s) => s.summary.length > 0);
  const suggestions = result.suggestions.slice(0, SHOWN);
  const selfHelp = useSelfHelp();
  const pair = listedCombination(result.combination, suggestions);
  return (
    <section className="panel" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">What may explain your pain</h2>
      <p className="disclaimer">Self-help information, not a diagnosis.</p>
      {!hasMarks && <p className="empty">Mark where it hurts and the muscles whose trigger points send pain there will appear here.</p>}
      {hasMarks && suggestions.length === 0 && <p className="empty">None of the muscles in painmap sends pain to the places you marked.</p>}
      {selfHelp === 'see_doctor' && suggestions.length > 0 && (
        <p className="muted">
          Because of the warning signs above, release guides are not offered: please see a doctor first. For your appointment, these muscles fit your
          map:
        </p>
      )}
      <ol className="suggestions" aria-live="polite">
        {suggestions.map((s, i) => (
          <SuggestionCard key={`${s.muscle}@${s.side}`} suggestion={s} rank={i + 1} selfHelp={selfHelp} />
        ))}
      </ol>
      {pair && (
        <p className="combination">
          Together, <strong>{muscleTitle(pair[0])}</strong> and <strong>{muscleTitle(pair[1])}</strong> explain your map better than either alone.
        </p>
      )}
      {result.unexplained.length > 0 && suggestions.length > 0 && (
        <p className="muted">Not explained by the top suggestions: your {regionWords(result.unexplained)}.</p>
      )}
    </section>
  );
}
