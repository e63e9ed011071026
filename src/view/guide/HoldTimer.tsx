import { useEffect, useRef, useState } from 'react';

/**
 * A hold timer for pressure release and stretches: pick a length, start, and it counts down
 * on screen and for screen readers, with a short vibration at the end where phones allow.
 */
export function HoldTimer({ choices, label }: { readonly choices: readonly number[]; readonly label: string }) {
  const [length, setLength] = useState(choices[0]!);
  const [left, setLeft] = useState<number | null>(null);
  const [running, setRunning] = useState(false);
  const endsAt = useRef(0);

  useEffect(() => {
    if (!running) return;
    const tick = () => {
      const remaining = Math.max(0, Math.ceil((endsAt.current - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        setRunning(false);
        navigator.vibrate?.(200);
      }
    };
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [running]);

  const start = () => {
    endsAt.current = Date.now() + (left && left > 0 ? left : length) * 1000;
    setLeft(left && left > 0 ? left : length);
    setRunning(true);
  };
  const shown = left ?? length;
  const done = left === 0;

  return (
    <div className="timer" role="group" aria-label={label}>
      <div className="timer-display" aria-hidden="true">
        {Math.floor(shown / 60)}:{String(shown % 60).padStart(2, '0')}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {done ? 'Time is up. Ease off slowly.' : running ? '' : left !== null ? `Paused with ${left} seconds left.` : ''}
      </p>
      {/* Always laid out, shown when done, so the controls do not jump. */}
      <p className="timer-done" aria-hidden="true" style={{ visibility: done ? 'visible' : 'hidden' }}>
        Time is up. Ease off slowly.
      </p>
      <div className="timer-controls">
        <label>
          <span className="visually-hidden">Hold length</span>
          <select
            value={length}
            disabled={running}
            onChange={(e) => {
              setLength(Number(e.target.value));
              setLeft(null);
            }}
          >
            {choices.map((c) => (
              <option key={c} value={c}>
                {c} s
              </option>
            ))}
          </select>
        </label>
        {running ? (
          <button type="button" onClick={() => setRunning(false)}>
            Pause
          </button>
        ) : (
          <button type="button" className="primary" onClick={start}>
            {left && left > 0 ? 'Resume' : 'Start'}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            setRunning(false);
            setLeft(null);
          }}
        >
          Reset
        </button>
      </div>
    </div>
  );
}
