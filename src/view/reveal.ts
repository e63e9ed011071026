/**
 * On a phone the body and the panels are stacked, so a change on one can happen out of sight
 * of the other. These bring the right one into view; beside each other (wide screens) nothing
 * needs to move.
 */
const stacked = () => typeof window.matchMedia === 'function' && !window.matchMedia('(min-width: 900px)').matches;

/** Shows the 3D body when something was just drawn on it (a chosen trigger point). */
export function revealBody(): void {
  const stage = document.querySelector<HTMLElement>('.stage');
  if (!stage || !stacked()) return;
  const { top, height } = stage.getBoundingClientRect();
  if (top < -height / 3) stage.scrollIntoView({ behavior: 'smooth', block: 'start' });
}

/** Starts a newly opened page (guide, history, report) at its top. */
export function revealPageTop(): void {
  const side = document.querySelector<HTMLElement>('.side');
  if (!side) return;
  if (stacked()) {
    if (side.getBoundingClientRect().top < 0 || side.getBoundingClientRect().top > window.innerHeight * 0.6) side.scrollIntoView({ block: 'start' });
  } else {
    side.scrollTo({ top: 0 });
  }
}
