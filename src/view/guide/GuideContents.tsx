/** A section of the guide the table of contents can jump to. */
export interface ContentsEntry {
  readonly id: string;
  readonly title: string;
}

/**
 * "On this page": buttons, not links, because the address names the page (#/guide/...); each
 * brings its section to the top of what is visible (under the body strip on a phone).
 */
export function GuideContents({ entries }: { readonly entries: readonly ContentsEntry[] }) {
  return (
    <nav className="guide-contents" aria-label="On this page">
      <h3>On this page</h3>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <button type="button" className="text-button" onClick={() => scrollToId(entry.id)}>
              {entry.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Scrolls so the element with this id sits just below whatever is fixed at the top (header, body strip). */
export function scrollToId(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  target.querySelectorAll('details').forEach((details) => (details.open = true));
  const side = target.closest<HTMLElement>('.side');
  // Beside the body the side panel scrolls on its own; on a phone the page does, under the header and strip.
  if (side && getComputedStyle(side).overflowY === 'auto') target.scrollIntoView({ block: 'start' });
  else window.scrollBy({ top: target.getBoundingClientRect().top - coveredTop() - 8 });
}

/** How much of the top of the window is covered by the sticky header and, on a phone, the body strip. */
export function coveredTop(): number {
  const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
  const stage = document.querySelector<HTMLElement>('.app[data-body-strip="on"] .stage');
  const strip = stage && getComputedStyle(stage).position === 'fixed' ? stage.getBoundingClientRect().bottom : 0;
  return Math.max(0, header, strip);
}

/**
 * Shows the body above the step being read without losing the place: on a phone the body strip
 * opens and the page scrolls by just as much, so the button pressed stays where it was (or moves
 * just below the strip if the strip would cover it). Beside the body nothing needs to move.
 */
export function keepPlaceWhile(anchor: HTMLElement, change: () => void): void {
  const before = anchor.getBoundingClientRect().top;
  change();
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const now = anchor.getBoundingClientRect().top;
      const target = Math.max(before, coveredTop() + 12);
      if (Math.abs(now - target) > 1) window.scrollBy({ top: now - target });
    }),
  );
}
