import { dismissNotice } from '../store/uiActions.ts';
import { useApp } from '../store/useApp.ts';

/**
 * Messages about the person's data: a map set aside, a failed save, a bad import. One at a time,
 * the newest replacing the one before, floating at the foot of the screen near the thumb and the
 * button that caused it, never at the top of a long page.
 */
export function Notices() {
  const notices = useApp((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.slice(-1).map((n) => (
        <div key={n.id} className={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <p>{n.text}</p>
          {n.action && (
            <button
              type="button"
              onClick={() => {
                dismissNotice(n.id);
                n.action!.run();
              }}
            >
              {n.action.label}
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismissNotice(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
