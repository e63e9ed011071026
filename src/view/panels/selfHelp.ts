import type { SelfHelp } from '../../core/matcher/types.ts';
import { isScreened } from '../../core/redFlags.ts';
import type { AppState } from '../../store/appStore.ts';
import { useApp } from '../../store/useApp.ts';

/**
 * Whether pressing and ball steps may show (contracts.md §1 selfHelp), read from the answers
 * themselves as well as the matcher's result so no frame ever shows them too early.
 */
export function selfHelpOf(state: Pick<AppState, 'redFlags' | 'redFlagsNo' | 'result'>): SelfHelp {
  if (state.redFlags.length > 0 || state.result.redFlag) return 'see_doctor';
  return isScreened(state) ? 'ok' : 'screen_first';
}

export function useSelfHelp(): SelfHelp {
  return useApp(selfHelpOf);
}

export const WARNING_SIGNS_ID = 'warning-signs';

/** Brings the warning-sign step into view and puts focus on its first unanswered question. */
export function goToWarningSigns(): void {
  const step = document.getElementById(WARNING_SIGNS_ID);
  if (!step) return;
  step.scrollIntoView?.({ block: 'start' });
  const open = step.querySelector<HTMLInputElement>('.ws-row:not(.answered) input') ?? step.querySelector<HTMLElement>('button, input');
  open?.focus({ preventScroll: true });
}
