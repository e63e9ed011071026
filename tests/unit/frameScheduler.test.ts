import { describe, expect, it } from 'vitest';
import { createFrameTask } from '../../src/store/frameScheduler.ts';

/** A frame clock the test advances by hand. */
function manualFrames() {
  let queued: (() => void)[] = [];
  return {
    schedule: (callback: () => void) => queued.push(callback),
    nextFrame: () => {
      const run = queued;
      queued = [];
      run.forEach((callback) => callback());
    },
  };
}

describe('work that runs at most once per animation frame', () => {
  it('runs once for many requests within one frame (several pointer events, one matcher run)', () => {
    const frames = manualFrames();
    let runs = 0;
    const task = createFrameTask(() => runs++, frames.schedule);
    for (let i = 0; i < 5; i++) task.request();
    expect(runs).toBe(0);
    frames.nextFrame();
    expect(runs).toBe(1);
    task.request();
    task.request();
    frames.nextFrame();
    expect(runs).toBe(2);
  });

  it('does nothing in a frame nobody asked for', () => {
    const frames = manualFrames();
    let runs = 0;
    createFrameTask(() => runs++, frames.schedule);
    frames.nextFrame();
    expect(runs).toBe(0);
  });

  it('can be flushed at once, and then does not run again in the frame', () => {
    const frames = manualFrames();
    let runs = 0;
    const task = createFrameTask(() => runs++, frames.schedule);
    task.request();
    task.flush();
    expect(runs).toBe(1);
    frames.nextFrame();
    expect(runs).toBe(1);
  });
});
