import { useEffect } from 'react';
import { ensureHistoryLoaded, leaveHistory } from '../../store/historyActions.ts';
import { useComparedPair, useHistory } from '../../store/historyStore.ts';
import { ComparisonPanel } from './ComparisonPanel.tsx';
import { EntryList } from './EntryList.tsx';
import { HistoryChart } from './HistoryChart.tsx';
import { SaveToHistory } from './SaveToHistory.tsx';
import { useEntryFigures } from './useFigures.ts';

/** #/history: save the map as a dated entry, see how it changed, compare two maps on the body. */
export function HistoryPage() {
  const entries = useHistory((s) => s.entries);
  const figures = useEntryFigures(entries);
  const pair = useComparedPair();
  useEffect(() => {
    void ensureHistoryLoaded();
    return leaveHistory;
  }, []);
  return (
    <>
      <section className="panel history" aria-labelledby="history-title">
        <a className="back-link" href="#/">
          ← Back to your map
        </a>
        <h2 id="history-title">History</h2>
        <p className="muted small">Save your map now and then to see how it changes. Saved maps stay on this device.</p>
        <SaveToHistory />
        {entries.length >= 2 && (
          <>
            <h3>Over time</h3>
            <HistoryChart entries={entries} figures={figures} />
          </>
        )}
        <h3>Saved maps {entries.length >= 2 && <span className="muted small">· tick two to compare them</span>}</h3>
        <EntryList figures={figures} />
      </section>
      {pair && <ComparisonPanel earlier={pair[0]} later={pair[1]} />}
    </>
  );
}
