import { useLayoutEffect, useRef, type SyntheticEvent } from 'react';
import { longDate } from '../core/longDate.ts';
import { resolveIncoming } from '../store/keepActions.ts';
import { useKeep } from '../store/keepStore.ts';

/** Asks what to do with a map opened from a link or a file while the person's own map is open. */
export function IncomingMapChoice() {
  const incoming = useKeep((s) => s.incoming);
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const shown = dialog.current;
    if (!shown) return;
    // Modal: the page behind is inert and focus stays in the question until it is answered.
    // (jsdom, which runs the component tests, has no showModal.)
    if (!shown.open) {
      if (typeof shown.showModal === 'function') shown.showModal();
      else shown.setAttribute('open', '');
    }
    first.current?.focus();
  }, [incoming]);
  if (!incoming) return null;
  const keepMine = (event: SyntheticEvent) => {
    event.preventDefault();
    void resolveIncoming('keep');
  };
  const what = { link: 'link', file: 'file', 'set-aside': 'set-aside copy' }[incoming.from];
  const regions = incoming.map.marks.length;
  return (
    <dialog
      ref={dialog}
      className="choice panel"
      aria-labelledby="incoming-title"
      aria-describedby="incoming-text"
      // Escape (or a phone's back gesture, which cancels the dialog) changes nothing: the person's map stays.
      onKeyDown={(e) => e.key === 'Escape' && keepMine(e)}
      onCancel={keepMine}
    >
      <h2 id="incoming-title">You already have a map here</h2>
      <p id="incoming-text">
        The {what} holds a map from {longDate(incoming.map.savedAt)} ({regions === 1 ? '1 region' : `${regions} regions`} marked). What should
        painmap do with it?
      </p>
      <div className="choice-buttons">
        <button ref={first} type="button" onClick={() => void resolveIncoming('keep')}>
          Keep mine
        </button>
        <button type="button" onClick={() => void resolveIncoming('beside')}>
          Keep both (the new one goes into History)
        </button>
        <button type="button" className="primary" onClick={() => void resolveIncoming('replace')}>
          Open it (mine goes into History)
        </button>
      </div>
    </dialog>
  );
}
