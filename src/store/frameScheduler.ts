/**
 * Runs work at most once per animation frame, however often it is asked for: painting
 * fires several pointer events per frame, but the summary and the matcher need to run once.
 */
type FrameFunction = (callback: () => void) => void;

const nextFrame: FrameFunction =
  typeof requestAnimationFrame === 'function' ? (callback) => requestAnimationFrame(() => callback()) : (callback) => setTimeout(callback, 0);

export function createFrameTask(work: () => void, schedule: FrameFunction = nextFrame) {
  let pending = false;
  return {
    request(): void {
      if (pending) return;
      pending = true;
      schedule(() => {
        if (!pending) return;
        pending = false;
        work();
      });
    },
    /** Runs pending work now (tests, and before saving or leaving the page). */
    flush(): void {
      if (!pending) return;
      pending = false;
      work();
    },
  };
}
