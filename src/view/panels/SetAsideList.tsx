import { longDate } from '../../core/longDate.ts';
import { clip } from '../../core/noticeText.ts';
import { deleteSetAside, restoreSetAside, setAsideFile } from '../../store/keepActions.ts';
import { useKeep } from '../../store/keepStore.ts';
import { notify } from '../../store/uiActions.ts';
import { download } from './download.ts';

const KIND: Readonly<Record<'map' | 'history', string>> = { map: 'Saved map', history: 'Maps from your history' };

/** Maps painmap set aside on this device (unreadable, newer, or kept as they were before a repair): download or restore. */
export function SetAsideList() {
  const items = useKeep((s) => s.setAside);
  if (items.length === 0) return null;
  return (
    <div className="set-aside">
      <h3 id="set-aside-title">Set aside on this device</h3>
      <p className="muted small">painmap never deletes these on its own. Download one to keep it as a file, restore it, or delete it (you can undo).</p>
      <ul aria-labelledby="set-aside-title">
        {items.map((item) => {
          const date = Number.isNaN(Date.parse(item.at)) ? 'an unknown day' : longDate(item.at);
          return (
            <li key={item.key}>
              <p>
                <strong>{KIND[item.kind]}</strong>, set aside on {date}
                {item.reason ? `: ${clip(item.reason, 200)}` : '.'}
              </p>
              <div className="button-row">
                <button
                  type="button"
                  aria-label={`Download: ${KIND[item.kind]}, set aside on ${date}`}
                  onClick={() => {
                    const file = setAsideFile(item);
                    if (file) download(file.filename, file.text);
                    else notify('error', 'That set-aside map is no longer on this device.');
                  }}
                >
                  Download
                </button>
                <button type="button" aria-label={`Restore: ${KIND[item.kind]}, set aside on ${date}`} onClick={() => void restoreSetAside(item)}>
                  Restore
                </button>
                <button
                  type="button"
                  aria-label={`Delete: ${KIND[item.kind]}, set aside on ${date}`}
                  onClick={() => deleteSetAside(item, `${KIND[item.kind].toLowerCase()}, set aside on ${date}`)}
                >
                  Delete
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
