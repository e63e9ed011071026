import { useEffect, useRef } from 'react';
import type { RegionChange } from '../../core/history/compare.ts';
import { regionLabel } from '../../core/regions/regionLabels.ts';
import { closeComparison } from '../../store/historyActions.ts';
import { resetView } from '../../store/uiActions.ts';
import type { HistoryEntry } from '../../store/historyStore.ts';
import { CompareLabels } from './CompareLabels.tsx';
import { compactDate, percent, signed } from './format.ts';
import { useComparison } from './useFigures.ts';

/** "7 → 3", "new, 6", "gone (was 5)". */
function change(c: RegionChange): string {
  if (c.kind === 'new') return `new, ${c.after}/10`;
  if (c.kind === 'gone') return `gone (was ${c.before}/10)`;
  return `${c.before} → ${c.after}/10`;
}

function Changes({ title, changes }: { readonly title: string; readonly changes: readonly RegionChange[] }) {
  return (
    <>
      <h3>{title}</h3>
      {changes.length === 0 ? (
        <p className="muted small">None.</p>
      ) : (
        <ul className="changes" aria-label={title}>
          {changes.map((c) => (
            <li key={c.region}>
              <span>{regionLabel(c.region)}</span> <span className="change">{change(c)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Which way a change went: lower is better for every figure here. */
const trend = (change: number) => (change < 0 ? 'down' : change > 0 ? 'up' : undefined);

/** Two saved maps compared: their figures side by side, the overlap, and the regions that changed. */
export function ComparisonPanel({ earlier, later }: { readonly earlier: HistoryEntry; readonly later: HistoryEntry }) {
  const comparison = useComparison(earlier, later);
  const panel = useRef<HTMLElement>(null);
  // The comparison opens below the list it was picked from: bring it into view. (Braces: Chromium's
  // scrollIntoView returns a promise now, which React would take for a cleanup function.)
  useEffect(() => {
    panel.current?.scrollIntoView({ block: 'nearest' });
  }, [earlier, later]);
  // Two whole bodies side by side: start from the full view, not a zoom left over from marking.
  useEffect(() => {
    resetView();
  }, [earlier, later]);
  const a = compactDate(earlier.map.savedAt);
  const b = compactDate(later.map.savedAt);
  return (
    <section ref={panel} className="panel compare" aria-labelledby="compare-title">
      <CompareLabels earlier={a} later={b} />
      <h2 id="compare-title">Comparison</h2>
      <p className="muted small">On the body: the earlier map on the left, the later one on the right. Painting is paused while you compare.</p>
      {!comparison ? (
        <p className="muted">Waiting for the body to load…</p>
      ) : (
        <>
          <table className="figures">
            <thead>
              <tr>
                <td />
                <th scope="col">
                  Earlier (left)
                  <span>{a}</span>
                </th>
                <th scope="col">
                  Later (right)
                  <span>{b}</span>
                </th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Pain extent</th>
                <td>{percent(comparison.earlier.extent)}</td>
                <td>{percent(comparison.later.extent)}</td>
                <td className={trend(comparison.extentChange)}>{signed(comparison.extentChange * 100)} pts</td>
              </tr>
              <tr>
                <th scope="row">Mean intensity</th>
                <td>{comparison.earlier.mean.toFixed(1)}</td>
                <td>{comparison.later.mean.toFixed(1)}</td>
                <td className={trend(comparison.meanChange)}>{signed(comparison.meanChange)}</td>
              </tr>
              <tr>
                <th scope="row">Peak</th>
                <td>{comparison.earlier.peak}/10</td>
                <td>{comparison.later.peak}/10</td>
                <td className={trend(comparison.later.peak - comparison.earlier.peak)}>
                  {signed(comparison.later.peak - comparison.earlier.peak, 0)}
                </td>
              </tr>
            </tbody>
          </table>
          <p className="small muted">Extent is the share of the body’s skin that is painted; mean intensity is averaged over the painted skin.</p>
          <p className="overlap">
            Overlap of the painted areas: <strong>{Math.round(comparison.overlap * 100)}%</strong>
            <span className="muted small"> of all skin painted in either map is painted in both.</span>
          </p>
          <Changes title="Better" changes={comparison.better} />
          <Changes title="Worse" changes={comparison.worse} />
        </>
      )}
      <button type="button" onClick={closeComparison}>
        Close comparison
      </button>
    </section>
  );
}
