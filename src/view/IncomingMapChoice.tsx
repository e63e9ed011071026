import { useEffect, useRef } from 'react';
import { longDate } from '../core/longDate.ts';
import { resolveIncoming } from '../store/keepActions.ts';
import { useKeep } from '../store/keepStore.ts';

/** Asks what to do with a map opened from a link or a file while the person's own map is open. */
export function IncomingMapChoice() {
  const incoming = useKeep((s) => s.incoming);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (incoming) first.current?.focus();
  }, [incoming]);
  if (!incoming) return null;
  const what = { link: 'link', file: 'file', 'set-aside': 'set-aside copy' }[incoming.from];
  const regions = incoming.map.marks.length;
  return (
    <div className="choice-backdrop">
      <section
        className="choice panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="incoming-title"
        aria-describedby="incoming-text"
        // Escape changes nothing: the person's map stays.
        onKeyDown={(e) => e.key === 'Escape' && void resolveIncoming('keep')}
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
      </section>
    </div>
  );
}
