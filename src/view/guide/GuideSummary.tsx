import type { Guide, Muscle, TriggerPoint } from '../../core/library/types.ts';
import type { SelfHelp, SuggestionSide } from '../../core/matcher/types.ts';
import { useApp } from '../../store/useApp.ts';
import { sideWords } from '../panels/describe.ts';

/** The first sentence of a longer text, for a one-line summary. */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

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
  const side = guideSide ?? mapSide;
  // Before the warning signs are answered the step itself comes first; with a "yes", no self-help at all.
  if (selfHelp !== 'ok') return null;
  const where = side === undefined ? 'on the side that hurts' : side === 'B' ? 'on both sides, one at a time' : `on your ${sideWords(side)} side`;
  const section = guide.sections.find((s) => s.trp === trp.id);
  const { release } = guide;
  return (
    <section className="guide-summary" aria-labelledby="summary-title">
      <h3 id="summary-title">What to do now</h3>
      <ul>
        <li>
          <strong>Where:</strong> {trp.name}, {where}. {section ? firstSentence(section.placement.text) : ''}
        </li>
        <li>
          <strong>How:</strong> {firstSentence(release.tool.text)} Press up to {release.discomfortMax.value} out of 10: a &ldquo;good hurt&rdquo;,
          never sharp.
        </li>
        <li>
          <strong>How long:</strong> hold {release.holdSeconds.min} to {release.holdSeconds.max} seconds, until the soreness eases.
        </li>
        <li>
          <strong>How often:</strong> {release.sessionsPerDay.min} to {release.sessionsPerDay.max} short sessions a day.
        </li>
        {guide.stopIf[0] && (
          <li>
            <strong>Stop if:</strong> {firstSentence(guide.stopIf[0].text)}
          </li>
        )}
      </ul>
    </section>
  );
}
