import type { UserEvent } from '@testing-library/user-event';

/**
 * Presses an arrow key on a focused native <select> the way a browser does with its closed
 * list: the selection moves one option and `input` and `change` fire. user-event 14 and jsdom
 * send the key events but leave the selection alone (browsers do it natively), so the native
 * part is applied here, and only if the page did not cancel the key (preventDefault), as in a
 * browser. The component's own handlers see exactly the events a keyboard user causes.
 */
export async function pressOnSelect(user: UserEvent, key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End'): Promise<void> {
  const select = document.activeElement;
  if (!(select instanceof HTMLSelectElement))
    throw new Error(`pressOnSelect: focus is on ${String(document.activeElement?.tagName)}, not a <select>`);
  let cancelled = false;
  const watch = (event: Event) => {
    cancelled = event.defaultPrevented;
  };
  // Runs after the page's own listeners (bubble phase, on the window), so it sees their verdict.
  window.addEventListener('keydown', watch);
  try {
    await user.keyboard(`{${key}}`);
  } finally {
    window.removeEventListener('keydown', watch);
  }
  if (cancelled || select.disabled) return;
  const last = select.options.length - 1;
  const next = key === 'Home' ? 0 : key === 'End' ? last : Math.min(last, Math.max(0, select.selectedIndex + (key === 'ArrowDown' ? 1 : -1)));
  if (next === select.selectedIndex) return;
  select.selectedIndex = next;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
