import { useState, type FormEvent } from 'react';
import { MAX_NOTE_LENGTH } from '../../core/persistence/mapDocument.ts';
import { saveToHistory } from '../../store/historyActions.ts';

/** Saves the current map as a dated entry, with a few words if the person wants. */
export function SaveToHistory() {
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await saveToHistory(note))) return;
    setNote('');
    setSaved(true);
  };
  return (
    <form className="history-save" onSubmit={(event) => void onSubmit(event)}>
      <label htmlFor="history-note">Note (optional)</label>
      <textarea
        id="history-note"
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
        value={note}
        placeholder="e.g. after the long drive; started stretching"
        onChange={(e) => {
          setNote(e.target.value);
          setSaved(false);
        }}
      />
      <div className="button-row">
        <button type="submit" className="primary">
          Save this map to history
        </button>
        <span className="muted small" role="status">
          {saved ? 'Saved.' : ''}
        </span>
      </div>
    </form>
  );
}
