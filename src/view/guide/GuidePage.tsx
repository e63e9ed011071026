import { useEffect, useMemo, useRef, useState } from 'react';
import { guideFor } from '../../core/guides/index.ts';
import { bothSidesNote, defaultStepSide, namesOneSide, stretchLead, withSide, yourSidePart } from '../../core/guides/sideWording.ts';
import { muscleById } from '../../core/library/index.ts';
import { patternRegionsFor } from '../../core/library/patternRegions.ts';
import { SOURCES } from '../../core/library/sources.ts';
import type { Guide, Muscle, MuscleId, SourcedText, TriggerPoint } from '../../core/library/types.ts';
import type { SuggestionSide } from '../../core/matcher/types.ts';
import type { Side } from '../../core/regions/regionIds.ts';
import { faceCameraTo, select } from '../../store/uiActions.ts';
import { useApp } from '../../store/useApp.ts';
import { guideHref } from '../route.ts';
import { SafetyBanner } from '../panels/SafetyBanner.tsx';
import { useSelfHelp } from '../panels/selfHelp.ts';
import { WarningSignStep } from '../panels/WarningSignStep.tsx';
import { revealBody, revealPageTop } from '../reveal.ts';
import { HoldTimer } from './HoldTimer.tsx';
import { GuideContents, keepPlaceWhile, coveredTop } from './GuideContents.tsx';
import { GuideSummary } from './GuideSummary.tsx';
import { showGuideBody } from '../../store/layoutStore.ts';
import { numberSources, Refs, SourceContext } from './SourceRefs.tsx';

/** What the page shows, in the order it shows it, so sources are numbered as they are first cited. */
function citedInReadingOrder(guide: Guide, muscle: Muscle): unknown[] {
  const sections = guide.sections.flatMap((section) => [muscle.trps.find((t) => t.id === section.trp)?.location, section.find, section.placement]);
  const { release } = guide;
  return [
    guide.intro,
    guide.stopIf,
    guide.seeAProfessional,
    guide.cautions,
    ...sections,
    release.tool,
    release.position,
    { sources: release.discomfortMax.sources },
    release.holdSeconds,
    release.repetitions,
    release.sessionsPerDay,
    guide.stretches.map((stretch) => [{ sources: stretch.sources }, stretch.caution]),
    guide.aggravators,
    guide.perpetuators,
    guide.dailyLife,
    guide.expectations,
  ];
}

/** Strips a leading "1. " from a step: the list numbers it. */
const stepText = (text: string) => text.replace(/^\s*\d+\.\s+/, '');

function Statement({ item }: { readonly item: SourcedText }) {
  return (
    <>
      {item.text} <Refs sources={item.sources} />
      {item.uncertain && <span className="uncertain"> Not certain: {item.uncertain}</span>}
    </>
  );
}

function Bullets({ items }: { readonly items: readonly SourcedText[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.text}>
          <Statement item={item} />
        </li>
      ))}
    </ul>
  );
}

/** The trigger point on the body, on the person's side (both sides when both are marked). */
function showOnBody(trp: TriggerPoint, side: SuggestionSide): void {
  select({ muscle: trp.muscle, trp: trp.id, side });
  const marker = patternRegionsFor(trp, side).markers[0];
  if (marker) faceCameraTo(marker);
}

/** "Show it on the body" from a section: the address and the highlighted section follow. */
function showSectionOnBody(trp: TriggerPoint, side: SuggestionSide, button: HTMLElement): void {
  keepPlaceWhile(button, () => {
    replaceAddress(guideHref(trp.muscle, trp.id.split('.')[1], side));
    showOnBody(trp, side);
    showGuideBody(true);
    revealBody();
  });
}

function replaceAddress(href: string): void {
  if (location.hash === href) return;
  history.replaceState(null, '', href);
  dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The side a guide is for: from its link, else from the map's suggestion for this muscle. */
function useGuideSide(muscle: MuscleId, linkSide: SuggestionSide | undefined): SuggestionSide | undefined {
  const mapSide = useApp((s) => s.result.suggestions.find((suggestion) => suggestion.muscle === muscle)?.side);
  return linkSide ?? mapSide;
}

/** A link without a side, and no suggestion of this muscle on the map: ask, rather than guess. */
function SideQuestion({ muscle, trp }: { readonly muscle: Muscle; readonly trp?: string }) {
  const choices: readonly [SuggestionSide, string][] = [
    ['L', 'My LEFT side'],
    ['R', 'My RIGHT side'],
    ['B', 'Both sides'],
  ];
  return (
    <article className="panel guide" aria-labelledby="guide-title">
      <a href="#/" className="back-link">
        ← Back to your map
      </a>
      <h2 id="guide-title">{muscle.name}: release guide</h2>
      <p>Which side is this guide for? The steps name your side, so pick the side that hurts.</p>
      <ul className="side-choices">
        {choices.map(([side, label]) => (
          <li key={side}>
            <a className="button" href={guideHref(muscle.id, trp, side)}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}

/**
 * Brings the chosen trigger point's section into view without moving the body out of sight:
 * beside the body (wide screens) only the side panel scrolls; on a phone the page scrolls to
 * the top of the guide, just under the body.
 */
function scrollToSection(trpId: string): void {
  const section = document.getElementById(`trp-${trpId}`);
  const side = section?.closest<HTMLElement>('.side');
  if (!section || !side) return;
  if (side.scrollHeight > side.clientHeight && getComputedStyle(side).overflowY === 'auto') {
    side.scrollTo({ top: section.offsetTop - 8 });
  } else {
    // On a phone: leave the reader's place alone when the section is already in sight.
    const { top, bottom } = section.getBoundingClientRect();
    if (bottom > coveredTop() && top < window.innerHeight) return;
    window.scrollBy({ top: top - coveredTop() - 8 });
  }
}

/**
 * A release guide: one per muscle, a section per trigger point, opened from a suggestion or
 * by link (#/guide/gluteus-medius/trp1). Safety first, then finding, releasing, stretching,
 * daily life, and the sources of every statement.
 */
export function GuidePage({
  muscle: muscleId,
  trp: trpName,
  side: linkSide,
}: {
  readonly muscle: MuscleId;
  readonly trp?: string;
  readonly side?: SuggestionSide;
}) {
  const side = useGuideSide(muscleId, linkSide);
  // With both sides marked, the steps are written for one side at a time.
  const [chosenStepSide, setStepSide] = useState<Side | null>(null);
  const stepSide = side === 'B' ? (chosenStepSide ?? 'L') : side ? defaultStepSide(side) : 'L';
  const muscle = useMemo(() => withSide(muscleById(muscleId), side ?? 'L', stepSide), [muscleId, side, stepSide]);
  const guide = useMemo(() => withSide(guideFor(muscleId), side ?? 'L', stepSide), [muscleId, side, stepSide]);
  // Read before filling: a stretch whose steps name a side works one side at a time.
  const oneSidedStretches = useMemo(
    () =>
      new Set(
        guideFor(muscleId)
          .stretches.filter((stretch) => namesOneSide(stretch.steps))
          .map((stretch) => stretch.name),
      ),
    [muscleId],
  );
  const redFlag = useApp((s) => s.result.redFlag);
  const numbers = useMemo(() => numberSources(...citedInReadingOrder(guide, muscle)), [guide, muscle]);
  // Finding (pressing), ball and stretch steps show only once every warning sign is answered "no".
  const selfHelp = useSelfHelp();
  const focused = muscle.trps.find((t) => t.id === `${muscleId}.${trpName}`) ?? muscle.trps[0]!;
  const focusedId = focused.id;

  // Opening a guide starts at its top, safety first; choosing another trigger point of the
  // same guide goes to its section. The side found from the map goes into the address, so a
  // reload or a shared link keeps it.
  const shown = useRef<{ readonly muscle: MuscleId; readonly trp: string } | null>(null);
  useEffect(() => {
    if (!side) return;
    const trp = muscleById(muscleId).trps.find((t) => t.id === focusedId)!;
    if (!linkSide) replaceAddress(guideHref(muscleId, trpName, side));
    showOnBody(trp, side);
    const last = shown.current;
    if (last?.muscle !== muscleId) revealPageTop();
    else if (last.trp !== focusedId) scrollToSection(focusedId);
    shown.current = { muscle: muscleId, trp: focusedId };
  }, [focusedId, muscleId, side, linkSide, trpName]);

  if (!side) return <SideQuestion muscle={muscle} trp={trpName} />;

  const { release } = guide;
  const holdChoices = [
    ...new Set([release.holdSeconds.min, Math.round((release.holdSeconds.min + release.holdSeconds.max) / 2), release.holdSeconds.max]),
  ];
  return (
    <SourceContext.Provider value={numbers}>
      <article className="panel guide" aria-labelledby="guide-title">
        <a href="#/" className="back-link">
          ← Back to your map
        </a>
        <h2 id="guide-title">
          {muscle.name}: release guide for {yourSidePart(side, guide.area)}
        </h2>
        <p className="disclaimer">Self-help information, not a diagnosis. Stop and see a professional if anything below applies.</p>
        {redFlag && (
          <>
            <SafetyBanner />
            <p className="muted">The release steps and stretches are hidden while these warning signs apply. Please see a doctor first.</p>
          </>
        )}
        {selfHelp === 'screen_first' && (
          <p className="gate-note">How to find, press, release and stretch it shows once you have answered the warning-sign questions below.</p>
        )}
        {/* Stays while answering: a "yes" given here must not take the other questions away. */}
        {selfHelp !== 'ok' && <WarningSignStep />}
        <GuideSummary guide={guide} muscle={muscle} trp={focused} selfHelp={selfHelp} side={side} />
        <GuideContents
          entries={[
            { id: 'guide-safety', title: 'When to stop' },
            ...guide.sections.map((section) => ({
              id: `trp-${section.trp}`,
              title: muscle.trps.find((t) => t.id === section.trp)?.name ?? section.trp,
            })),
            ...(selfHelp === 'ok'
              ? [
                  { id: 'guide-release', title: 'How to release it' },
                  { id: 'guide-stretches', title: 'Stretches' },
                ]
              : []),
            { id: 'guide-daily', title: 'Daily life' },
            { id: 'guide-sources', title: 'Sources' },
          ]}
        />
        <p>
          <Statement item={guide.intro} />
        </p>

        <section aria-labelledby="stop-title" className="guide-safety" id="guide-safety">
          <h3 id="stop-title">Stop at once if</h3>
          <Bullets items={guide.stopIf} />
          <h3>See a doctor or physiotherapist instead if</h3>
          <Bullets items={guide.seeAProfessional} />
          {guide.cautions.length > 0 && (
            <>
              <h3>Take care</h3>
              <Bullets items={guide.cautions} />
            </>
          )}
        </section>

        {side === 'B' && (
          <fieldset className="step-side">
            <legend>{bothSidesNote(stepSide)}</legend>
            {(['L', 'R'] as const).map((s) => (
              <label key={s}>
                <input type="radio" name="step-side" checked={stepSide === s} onChange={() => setStepSide(s)} />
                Steps for my {s === 'L' ? 'LEFT' : 'RIGHT'} side
              </label>
            ))}
          </fieldset>
        )}

        <nav className="trp-tabs" aria-label="Trigger points">
          {muscle.trps.map((trp) => (
            <a key={trp.id} href={guideHref(muscleId, trp.id.split('.')[1], side)} aria-current={trp.id === focused.id ? 'true' : undefined}>
              {trp.name}
            </a>
          ))}
        </nav>

        {guide.sections.map((section) => {
          const trp = muscle.trps.find((t) => t.id === section.trp)!;
          return (
            <section
              key={section.trp}
              id={`trp-${section.trp}`}
              className={`trp-section${trp.id === focused.id ? ' focused' : ''}`}
              aria-labelledby={`title-${section.trp}`}
            >
              <h3 id={`title-${section.trp}`}>{trp.name}</h3>
              <p>
                <Statement item={trp.location} />
              </p>
              <button type="button" onClick={(event) => showSectionOnBody(trp, side, event.currentTarget)}>
                Show it on the body
              </button>
              {selfHelp === 'ok' && (
                <>
                  <h4>How to find it</h4>
                  <ol>
                    {section.find.map((step) => (
                      <li key={step.text}>
                        <Statement item={{ ...step, text: stepText(step.text) }} />
                      </li>
                    ))}
                  </ol>
                  <h4>{section.noBall ? 'No ball on this spot' : 'Where the ball goes'}</h4>
                  <p>
                    <Statement item={section.placement} />
                  </p>
                </>
              )}
            </section>
          );
        })}

        {selfHelp === 'ok' && (
          <>
            <section aria-labelledby="release-title" id="guide-release">
              <h3 id="release-title">How to release it</h3>
              {guide.sections.find((section) => section.trp === focused.id)?.noBall && (
                <p className="release-note">
                  Not for {focused.name}: no ball on that spot (see above); use the stretches below. These steps are for this muscle&rsquo;s other
                  spots.
                </p>
              )}
              <dl className="dose">
                <dt>Tool</dt>
                <dd>
                  <Statement item={release.tool} />
                </dd>
                <dt>Position</dt>
                <dd>
                  <Statement item={release.position} />
                </dd>
                <dt>How hard</dt>
                <dd>
                  Up to {release.discomfortMax.value} out of 10 discomfort: a &ldquo;good hurt&rdquo;, never sharp.{' '}
                  <Refs sources={release.discomfortMax.sources} />
                  <span className="discomfort" aria-hidden="true">
                    {Array.from({ length: 10 }, (_, i) => (
                      <span key={i} className={i < release.discomfortMax.value ? 'on' : ''} />
                    ))}
                  </span>
                  {release.discomfortMax.uncertain && <span className="uncertain"> Not certain: {release.discomfortMax.uncertain}</span>}
                </dd>
                <dt>How long</dt>
                <dd>
                  {release.holdSeconds.min === release.holdSeconds.max
                    ? `Hold about ${release.holdSeconds.min} seconds, until the soreness eases.`
                    : `Hold ${release.holdSeconds.min} to ${release.holdSeconds.max} seconds, until the soreness eases.`}{' '}
                  <Refs sources={release.holdSeconds.sources} />
                  {release.holdSeconds.uncertain && <span className="uncertain"> Not certain: {release.holdSeconds.uncertain}</span>}
                </dd>
                <dt>Repetitions</dt>
                <dd>
                  <Statement item={release.repetitions} />
                </dd>
                <dt>How often</dt>
                <dd>
                  Start with {release.sessionsPerDay.min} to {release.sessionsPerDay.max} short sessions a day.{' '}
                  <Refs sources={release.sessionsPerDay.sources} />
                  {release.sessionsPerDay.uncertain && <span className="uncertain"> Not certain: {release.sessionsPerDay.uncertain}</span>}
                </dd>
              </dl>
              <HoldTimer label="Pressure hold timer" choices={holdChoices} />
            </section>

            <section aria-labelledby="stretch-title" id="guide-stretches">
              <h3 id="stretch-title">Stretches</h3>
              {guide.stretches.map((stretch) => (
                <div key={stretch.name} className="stretch">
                  <h4>
                    {stretch.name} <Refs sources={stretch.sources} />
                  </h4>
                  <p className="stretch-side">{stretchLead(side, stepSide, oneSidedStretches.has(stretch.name))}</p>
                  <ol>
                    {stretch.steps.map((step) => (
                      <li key={step}>{stepText(step)}</li>
                    ))}
                  </ol>
                  {stretch.caution && (
                    <p className="muted">
                      <Statement item={stretch.caution} />
                    </p>
                  )}
                  <HoldTimer label={`${stretch.name} timer`} choices={[...new Set([stretch.holdSeconds.min, stretch.holdSeconds.max, 60])]} />
                </div>
              ))}
            </section>
          </>
        )}

        <section id="guide-daily" aria-labelledby="worse-title">
          <h3 id="worse-title">What makes it worse</h3>
          <Bullets items={guide.aggravators} />
          <h3>What keeps it going</h3>
          <Bullets items={guide.perpetuators} />
          <h3>In daily life</h3>
          <Bullets items={guide.dailyLife} />
          <h3>What to expect</h3>
          <p>
            <Statement item={guide.expectations} />
          </p>
        </section>

        <section aria-labelledby="sources-title" className="sources" id="guide-sources">
          <h3 id="sources-title">Sources</h3>
          <details>
            <summary>The {numbers.size} sources behind the numbers in brackets</summary>
            <ol>
              {[...numbers.keys()].map((key) => {
                const source = SOURCES[key];
                return (
                  <li key={key}>
                    {source.citation}{' '}
                    {'url' in source && source.url ? (
                      <a href={source.url} rel="noreferrer noopener" target="_blank">
                        link
                      </a>
                    ) : null}{' '}
                    <span className="muted">
                      ({source.tier === 'A' ? 'study or guideline' : source.tier === 'B' ? 'Travell & Simons, as reported' : 'practitioner page'})
                    </span>
                  </li>
                );
              })}
            </ol>
          </details>
        </section>
      </article>
    </SourceContext.Provider>
  );
}
