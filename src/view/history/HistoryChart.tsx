import type { MapFigures } from '../../core/history/figures.ts';
import { MAX_INTENSITY } from '../../core/paint/paintLayer.ts';
import type { HistoryEntry } from '../../store/historyStore.ts';
import { percent, shortDate } from './format.ts';

const W = 320;
const LEFT = 34;
const RIGHT = 290;
const TOP = 8;
const BOTTOM = 96;
/** Round tops for the extent axis, in percent of the body surface. */
const STEPS = [1, 2, 5, 10, 20, 50, 100];

interface Point {
  readonly x: number;
  readonly extent: number;
  readonly peak: number;
}

/** Places entries along the time axis (evenly when they share one moment). */
function xPositions(entries: readonly HistoryEntry[]): number[] {
  const times = entries.map((e) => Date.parse(e.map.savedAt));
  const first = times[0]!;
  const span = times.at(-1)! - first;
  return times.map((t, i) =>
    span > 0
      ? LEFT + ((t - first) / span) * (RIGHT - LEFT)
      : entries.length === 1
        ? (LEFT + RIGHT) / 2
        : LEFT + (i / (entries.length - 1)) * (RIGHT - LEFT),
  );
}

const line = (points: readonly Point[], key: 'extent' | 'peak') => points.map((p) => `${p.x.toFixed(1)},${p[key].toFixed(1)}`).join(' ');

/** Extent (solid, left axis) and peak intensity (dashed, right axis) of each saved map over time. */
export function HistoryChart({ entries, figures }: { readonly entries: readonly HistoryEntry[]; readonly figures: ReadonlyMap<string, MapFigures> }) {
  const shown = entries.filter((e) => figures.has(e.id));
  if (shown.length < 2) return null;
  const all = shown.map((e) => figures.get(e.id)!);
  const top = STEPS.find((s) => s >= Math.max(...all.map((f) => f.extent * 100))) ?? 100;
  const y = (share: number) => BOTTOM - (share / top) * (BOTTOM - TOP);
  const xs = xPositions(shown);
  const points: Point[] = all.map((f, i) => ({ x: xs[i]!, extent: y(f.extent * 100), peak: BOTTOM - (f.peak / MAX_INTENSITY) * (BOTTOM - TOP) }));
  const first = all[0]!;
  const last = all.at(-1)!;
  const label = `Extent went from ${percent(first.extent)} to ${percent(last.extent)} of the body and peak intensity from ${first.peak} to ${last.peak} over ${shown.length} saved maps.`;
  return (
    <figure className="history-chart">
      <svg viewBox={`0 0 ${W} 116`} role="img" aria-label={label}>
        <g className="axis">
          <line x1={LEFT} x2={RIGHT} y1={BOTTOM} y2={BOTTOM} />
          <line x1={LEFT} x2={RIGHT} y1={TOP} y2={TOP} className="grid" />
          <text x={LEFT - 4} y={TOP + 4} textAnchor="end">{`${top}%`}</text>
          <text x={LEFT - 4} y={BOTTOM + 4} textAnchor="end">
            0
          </text>
          <text x={RIGHT + 4} y={TOP + 4}>
            10
          </text>
          <text x={RIGHT + 4} y={BOTTOM + 4}>
            0
          </text>
          <text x={LEFT} y={BOTTOM + 16}>
            {shortDate(shown[0]!.map.savedAt)}
          </text>
          <text x={RIGHT} y={BOTTOM + 16} textAnchor="end">
            {shortDate(shown.at(-1)!.map.savedAt)}
          </text>
        </g>
        <polyline className="series-peak" points={line(points, 'peak')} />
        <polyline className="series-extent" points={line(points, 'extent')} />
        {points.map((p, i) => (
          <g key={shown[i]!.id}>
            <circle className="dot-peak" cx={p.x} cy={p.peak} r={3} />
            <circle className="dot-extent" cx={p.x} cy={p.extent} r={3.5} />
          </g>
        ))}
      </svg>
      <figcaption className="legend">
        <span>
          <span className="key extent" aria-hidden="true" /> Extent, % of the body (left scale)
        </span>
        <span>
          <span className="key peak" aria-hidden="true" /> Peak intensity, 0–10 (right scale)
        </span>
      </figcaption>
    </figure>
  );
}
