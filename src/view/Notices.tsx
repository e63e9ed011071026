import { dismissNotice } from '../store/uiActions.ts';
import { useApp } from '../store/useApp.ts';

/** Messages made within this long of the newest belong to the same moment (one action, or start-up). */
const SAME_MOMENT_MS = 2000;

/**
 * Messages about the person's data: a map set aside, a failed save, a bad import. Those of the
 * latest moment only, a later action's replacing them, floating at the foot of the screen near
 * the thumb and the button that caused them, never at the top of a long page.
 */
export function Notices() {
  const notices = useApp((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices
        .filter((n) => (notices.at(-1)!.at ?? 0) - (n.at ?? 0) < SAME_MOMENT_MS)
        .map((n) => (
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
