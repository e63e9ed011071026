import { useCallback } from 'react';
import type { Guide, Muscle, TriggerPoint } from '../../core/library/types.ts';
import type { SelfHelp, SuggestionSide } from '../../core/matcher/types.ts';
import { useApp } from '../../store/useApp.ts';
import { sideWords } from '../panels/describe.ts';

/** The first sentence of a longer text, for a one-line summary. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/** "30 to 90", or "30" when both ends are the same. */
const range = ({ min, max }: { readonly min: number; readonly max: number }) => (min === max ? `${min}` : `${min} to ${max}`);

/**
 * When the summary appears out of sight (the warning-sign step above it has just folded away
 * under the reader's thumb), it is brought up to just under the header: the answer to "what now?".
 */
function useInSightOnAppear(): (section: HTMLElement | null) => void {
  return useCallback((section: HTMLElement | null) => {
    if (!section || typeof section.getBoundingClientRect !== 'function') return;
    requestAnimationFrame(() => {
      const { top } = section.getBoundingClientRect();
      const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
      if (top < header || top > window.innerHeight * 0.6) section.scrollIntoView?.({ block: 'start' });
    });
  }, []);
}

/** The person's side for this muscle: the one they chose, else the one their map suggests. */
function useSideFor(muscle: Muscle): SuggestionSide | undefined {
  return useApp((s) => {
    if (s.selected?.muscle === muscle.id) return s.selected.side;
    return s.result.suggestions.find((x) => x.muscle === muscle.id)?.side;
  });
}

/**
 * "What to do now": where, how long, how often and when to stop, for the person's own side, in
 * a few lines before the details. Pressing and ball lines show only once the warning signs are
 * answered "no" (the step sits just below otherwise).
 */
export function GuideSummary({
  guide,
  muscle,
  trp,
  selfHelp,
  side: guideSide,
}: {
  readonly guide: Guide;
  readonly muscle: Muscle;
  readonly trp: TriggerPoint;
  readonly selfHelp: SelfHelp;
  /** The side the guide is for (from its link), when known. */
  readonly side?: SuggestionSide | undefined;
}) {
  const mapSide = useSideFor(muscle);
  const inSight = useInSightOnAppear();
  const side = guideSide ?? mapSide;
  // Before the warning signs are answered the step itself comes first; with a "yes", no self-help at all.
  if (selfHelp !== 'ok') return null;
  const where = side === undefined ? 'on the side that hurts' : side === 'B' ? 'on both sides, one at a time' : `on your ${sideWords(side)} side`;
  const section = guide.sections.find((s) => s.trp === trp.id);
  const { release } = guide;
  const stretch = guide.stretches[0];
  return (
    <section ref={inSight} className="guide-summary" aria-labelledby="summary-title">
      <h3 id="summary-title">What to do now</h3>
      <ul>
        <li>
          <strong>Where:</strong> {trp.name}, {where}. {section ? firstSentence(section.placement.text) : ''}
        </li>
        {section?.noBall ? (
          // No ball on this spot: the stretch is what to do now.
          stretch && (
            <li>
              <strong>How:</strong> the stretch below, &ldquo;{stretch.name}&rdquo;, held {range(stretch.holdSeconds)} seconds.
            </li>
          )
        ) : (
          <>
            <li>
              <strong>How:</strong> {firstSentence(release.tool.text)} Press up to {release.discomfortMax.value} out of 10: a &ldquo;good
              hurt&rdquo;, never sharp.
            </li>
            <li>
              <strong>How long:</strong> hold {range(release.holdSeconds)} seconds, until the soreness eases.
            </li>
            <li>
              <strong>How often:</strong> {range(release.sessionsPerDay)} short sessions a day.
            </li>
          </>
        )}
        {guide.stopIf[0] && (
          <li>
            <strong>Stop if:</strong> {firstSentence(guide.stopIf[0].text)}
          </li>
        )}
      </ul>
    </section>
  );
}
