import * as dom from '@testing-library/dom';
import { createRequire } from 'node:module';
import { vi } from 'vitest';

/**
 * Makes user-event's events go through React's act(), as @testing-library/react intends.
 *
 * In the component project Vite resolves packages by their "module" field, so the tests and
 * @testing-library/react get the ESM build of @testing-library/dom, and React Testing Library
 * configures that copy (eventWrapper = act). user-event, loaded by Node, imports the CommonJS
 * build: a second copy with the default wrappers (cb => cb()). Its clicks then update React
 * outside act(), with an "An update to … was not wrapped in act(...)" warning for every one.
 * Giving the CommonJS copy the same wrappers makes the two behave as one.
 *
 * One exception: React Testing Library's asyncWrapper ends by waiting for a setTimeout(0), and
 * advances fake timers only when a global `jest` exists. Under vitest's fake timers that wait
 * never ends, so with fake timers on, user-event keeps its default (run the action directly).
 */
const commonJsDom = createRequire(import.meta.url)('@testing-library/dom') as typeof dom;
if (commonJsDom.getConfig !== dom.getConfig) {
  const { eventWrapper, asyncWrapper } = dom.getConfig();
  commonJsDom.configure({
    eventWrapper,
    asyncWrapper: (run) => (vi.isFakeTimers() ? run() : asyncWrapper(run)),
  });
}
