import { deleteEntry, startFromEntry, togglePick, undoDelete } from '../../store/historyActions.ts';
import { useHistory, type HistoryEntry } from '../../store/historyStore.ts';
import { useApp } from '../../store/useApp.ts';
import { entryDate, percent } from './format.ts';
import type { MapFigures } from '../../core/history/figures.ts';

function Entry({
  entry,
  picked,
  canPick,
  figures,
}: {
  readonly entry: HistoryEntry;
  readonly picked: boolean;
  readonly canPick: boolean;
  readonly figures: string;
}) {
  const date = entryDate(entry.map.savedAt);
  // Until the body is ready the map could not be put in place as an undoable step.
  const bodyReady = useApp((s) => s.body.status === 'ready');
  const onStart = async () => {
    await startFromEntry(entry.id);
    location.hash = '#/';
  };
  return (
    <li className={`history-entry${picked ? ' picked' : ''}`}>
      {/* Seen as "Compare" under the box; heard with the date, which tells the boxes apart. */}
      <label className="compare-pick">
        <input
          type="checkbox"
          checked={picked}
          disabled={!picked && !canPick}
          onChange={() => togglePick(entry.id)}
          aria-label={`Compare the map of ${date}`}
        />
        <span aria-hidden="true">Compare</span>
      </label>
      <div className="entry-main">
        <time dateTime={entry.map.savedAt}>{date}</time>
        {entry.map.note && <p className="entry-note">{entry.map.note}</p>}
        <p className="muted small">{figures}</p>
        <div className="button-row">
          <button type="button" onClick={() => void onStart()} disabled={!bodyReady}>
            Use as starting point
          </button>
          <button type="button" onClick={() => void deleteEntry(entry.id)}>
            Delete
          </button>
        </div>
      </div>
    </li>
  );
}

/** The saved maps, newest first, each with its figures; tick two to compare them. */
export function EntryList({ figures }: { readonly figures: ReadonlyMap<string, MapFigures> }) {
  const entries = useHistory((s) => s.entries);
  const picked = useHistory((s) => s.picked);
  const deleted = useHistory((s) => s.deleted);
  return (
    <>
      {deleted && (
        <p className="history-deleted" role="status">
          Deleted the map of {entryDate(deleted.entry.map.savedAt)}.{' '}
          <button type="button" onClick={() => void undoDelete()}>
            Undo
          </button>
        </p>
      )}
      {entries.length === 0 ? (
        <p className="empty">No saved maps yet. Save your map now and then to see how it changes.</p>
      ) : (
        <ol className="history-list" aria-label="Saved maps">
          {[...entries].reverse().map((entry) => {
            const f = figures.get(entry.id);
            return (
              <Entry
                key={entry.id}
                entry={entry}
                picked={picked.includes(entry.id)}
                canPick={picked.length < 2}
                figures={f ? `${percent(f.extent)} of the body · peak ${f.peak}/10` : `${entry.map.marks.length} regions marked`}
              />
            );
          })}
        </ol>
      )}
    </>
  );
}
