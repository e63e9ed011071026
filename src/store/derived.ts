import { match } from '../core/matcher/match.ts';
import { isScreened } from '../core/redFlags.ts';
import { appStore } from './appStore.ts';
import { createFrameTask } from './frameScheduler.ts';

/** Recomputes the region summary and the matcher's answer, once per frame at most. */
export const refreshDerived = createFrameTask(() => {
  const state = appStore.getState();
  const summary = state.paint
    ? state.paint.summary()
    : (state.pendingMap?.marks ?? []).map((m) => ({ region: m.region, intensity: m.intensity, share: m.share ?? 1 }));
  const result = match({
    marks: summary,
    symptoms: state.symptoms,
    redFlags: state.redFlags,
    pressTests: state.pressTests,
    screened: isScreened(state),
  });
  appStore.setState({ summary, result });
});
