import { useState } from 'react';
import { intensityCss } from '../../body/paintColors.ts';
import { regionLabel } from '../../core/regions/regionLabels.ts';
import { saveToHistory } from '../../store/historyActions.ts';
import { setRegionIntensity } from '../../store/paintActions.ts';
import { useApp } from '../../store/useApp.ts';
import { HISTORY_HREF } from '../route.ts';

/** Keeps today's map in the history, to compare with later ones. */
function SaveToHistoryRow() {
  const paintVersion = useApp((s) => s.paintVersion);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  return (
    <div className="marks-history">
      <button type="button" onClick={() => void saveToHistory().then((saved) => saved && setSavedAt(paintVersion))}>
        Save this map to history
      </button>
      <a href={HISTORY_HREF}>See your history</a>
      <span role="status" className="small muted">
        {savedAt === paintVersion ? 'Saved.' : ''}
      </span>
    </div>
  );
}

/** What is marked, by region name with the patient's side, most intense first. */
export function MarksList() {
  const summary = useApp((s) => s.summary);
  const sorted = [...summary].sort((a, b) => b.intensity - a.intensity || b.share - a.share);
  return (
    <section className="panel" aria-labelledby="marks-title">
      <h2 id="marks-title">Your marks</h2>
      {sorted.length === 0 ? (
        <p className="empty">Nothing marked yet. Choose Paint, then tap or drag on the body.</p>
      ) : (
        <ul className="marks">
          {sorted.map((mark) => (
            <li key={mark.region}>
              <span className="chip" style={{ background: intensityCss(mark.intensity) }} aria-hidden="true" />
              <span className="mark-name">
                {regionLabel(mark.region)} — {mark.intensity}/10
                {mark.share < 0.95 && <span className="muted"> · {Math.max(1, Math.round(mark.share * 100))}% of the area</span>}
              </span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${regionLabel(mark.region)}`}
                onClick={() => setRegionIntensity(mark.region, 0)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {sorted.length > 0 && <SaveToHistoryRow />}
    </section>
  );
}
