import { useEffect, useMemo, useState } from 'react';
import { isScreened } from '../../core/redFlags.ts';
import { APP_VERSION } from '../../core/appInfo.ts';
import { BOTH_LEGS_ADVICE, NERVE_ROOT_CAUTION } from '../../core/library/cautions.ts';
import { muscleById, trpById } from '../../core/library/index.ts';
import { RED_FLAG_ORDER, RED_FLAGS } from '../../core/library/redFlagData.ts';
import { regionLabel } from '../../core/regions/regionLabels.ts';
import { SYMPTOM_LABELS } from '../../core/symptoms.ts';
import { longDate } from '../../core/longDate.ts';
import { showMarksOnly } from '../../store/uiActions.ts';
import { useApp } from '../../store/useApp.ts';
import { listedCombination, muscleTitle, whyLine } from '../panels/describe.ts';
import { liveView } from '../scene/frameProbe.ts';
import './report.css';

const PRESS_WORDS = { familiar: 'brought on the familiar pain', tender: 'tender, but a different pain', nothing: 'nothing much' } as const;
const VIEWS = [
  { view: 'front', caption: "Front (the patient's right is on the left)" },
  { view: 'back', caption: "Back (the patient's left is on the left)" },
] as const;

/** True when the marks, weighted by intensity, face backwards more than forwards (their surface normals point to -z). */
function marksFaceBack(normals: Float32Array | null, values: Uint8Array | undefined): boolean {
  if (!normals || !values) return false;
  let facing = 0;
  for (let v = 0; v < values.length; v++) if (values[v]) facing += values[v]! * normals[3 * v + 2]!;
  return facing < 0;
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Front and back pictures of the map from the 3D view, once it is drawn; none without WebGL. */
function usePictures(): Record<string, string> | null {
  const ready = useApp((s) => s.body.status === 'ready' && s.webgl === 'available');
  const paintVersion = useApp((s) => s.paintVersion);
  const [pictures, setPictures] = useState<Record<string, string> | null>(null);
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    showMarksOnly();
    // Two frames: the scene drops the trigger point's zones and the region colours before the pictures are taken.
    void nextFrame()
      .then(nextFrame)
      .then(() => {
        const snapshot = liveView.snapshot;
        if (cancelled || !snapshot) return;
        setPictures(Object.fromEntries(VIEWS.map(({ view }) => [view, snapshot(view, 480, 720)])));
      });
    return () => {
      cancelled = true;
    };
  }, [ready, paintVersion]);
  return pictures;
}

/**
 * A page for a therapist: the map from the front and back, the marked regions, the top
 * suggestions with why, the answers, the warning signs, the date and what the page is not.
 * The browser's print (or Save as PDF) gives a clean copy.
 */
export function ReportPage() {
  const summary = useApp((s) => s.summary);
  const result = useApp((s) => s.result);
  const symptoms = useApp((s) => s.symptoms);
  const redFlags = useApp((s) => s.redFlags);
  const screened = useApp((s) => isScreened(s));
  const answeredNo = useApp((s) => s.redFlagsNo.length);
  const pressTests = useApp((s) => s.pressTests);
  const pictures = usePictures();
  // The side most of the marks are on comes first: on a phone the pictures stack, and a back map's front picture is bare.
  const normals = useApp((s) => (s.body.status === 'ready' ? s.body.mesh.normals : null));
  const paint = useApp((s) => s.paint);
  const paintVersion = useApp((s) => s.paintVersion);
  // Once per change of the paint (its values change in place, so paintVersion says when), not on every store update.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const backFirst = useMemo(() => marksFaceBack(normals, paint?.values), [normals, paint, paintVersion]);
  const views = backFirst ? [VIEWS[1], VIEWS[0]] : VIEWS;
  const today = longDate(new Date());
  const marks = [...summary].sort((a, b) => b.intensity - a.intensity || b.share - a.share);
  const answered = Object.entries(pressTests);
  const listed = result.suggestions.slice(0, 5);
  const pair = listedCombination(result.combination, listed);

  return (
    <article className="panel report" aria-labelledby="report-title">
      <a href="#/" className="back-link no-print">
        ← Back to your map
      </a>
      <header>
        <h2 id="report-title">Pain map report</h2>
        <p>
          {today} · painmap {APP_VERSION}
        </p>
        <p className="report-disclaimer">
          Self-help information, not a diagnosis. The suggestions below rank muscles whose trigger points are known to refer pain to the marked areas;
          they are for discussion with a health professional.
        </p>
      </header>

      <section aria-labelledby="report-flags">
        <h3 id="report-flags">Warning signs</h3>
        {result.doctorReasons.length === 0 ? (
          <p>
            {screened
              ? 'None reported (every question answered no).'
              : // Unanswered is not "none": a reader skimming the report must not take it as all clear.
                `Not checked: ${answeredNo} of ${RED_FLAG_ORDER.length} warning-sign questions answered (none "yes" so far).`}
          </p>
        ) : (
          <ul className="report-alert">
            {result.doctorReasons.map((reason) => (
              <li key={reason.type === 'red_flag' ? reason.id : reason.type}>
                {reason.type === 'red_flag' ? `${RED_FLAGS[reason.id].question} Yes. ${RED_FLAGS[reason.id].advice}` : BOTH_LEGS_ADVICE.text}
              </li>
            ))}
          </ul>
        )}
        {result.nerveCaution && <p>{NERVE_ROOT_CAUTION.text}</p>}
      </section>

      <section aria-labelledby="report-map">
        <h3 id="report-map">The map</h3>
        {pictures ? (
          <div className="report-pictures">
            {views.map(({ view, caption }) => (
              <figure key={view}>
                <img src={pictures[view]} alt={`The pain map seen from the ${view}`} width={240} height={360} />
                <figcaption>{caption}</figcaption>
              </figure>
            ))}
          </div>
        ) : (
          <p className="muted no-print">Pictures appear when the 3D body has been drawn.</p>
        )}
        {marks.length === 0 ? (
          <p>Nothing marked.</p>
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">Region (patient&apos;s side)</th>
                <th scope="col">Intensity</th>
                <th scope="col">Area marked</th>
              </tr>
            </thead>
            <tbody>
              {marks.map((mark) => (
                <tr key={mark.region}>
                  <td>{regionLabel(mark.region)}</td>
                  <td>{mark.intensity}/10</td>
                  <td>{Math.max(1, Math.round(mark.share * 100))}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="report-suggestions">
        <h3 id="report-suggestions">Muscles that may explain it</h3>
        {result.suggestions.length === 0 ? (
          <p>No suggestion.</p>
        ) : (
          <ol className="report-suggestions">
            {listed.map((s) => (
              <li key={`${s.muscle}@${s.side}`}>
                <strong>{muscleTitle(s)}</strong>, {trpById(s.trp)?.name ?? s.trp}: fit {Math.round(s.score * 100)}/100. {whyLine(s, 'therapist')}
              </li>
            ))}
          </ol>
        )}
        {pair && (
          <p>
            Together, {muscleTitle(pair[0])} and {muscleTitle(pair[1])} explain the map better than either alone.
          </p>
        )}
      </section>

      <section aria-labelledby="report-answers">
        <h3 id="report-answers">Answers</h3>
        <p>
          <strong>Made worse by:</strong> {symptoms.length ? symptoms.map((id) => SYMPTOM_LABELS[id].toLowerCase()).join(', ') : 'not answered'}.
        </p>
        <p>
          <strong>Warning-sign questions answered yes:</strong>{' '}
          {redFlags.length
            ? RED_FLAG_ORDER.filter((id) => redFlags.includes(id))
                .map((id) => RED_FLAGS[id].question)
                .join(' ')
            : 'none'}
          .
        </p>
        <p>
          <strong>Pressing trigger points:</strong>{' '}
          {answered.length
            ? answered
                .map(([key, answer]) => {
                  const [trpId, side] = key.split('@');
                  const trp = trpById(trpId!);
                  // Named with its muscle: "at the first lumbar vertebra" alone does not say which muscle was pressed.
                  const where = trp ? `${muscleById(trp.muscle).name}, ${trp.name}` : trpId;
                  return `${where} (${side === 'L' ? 'left' : 'right'}): ${PRESS_WORDS[answer]}`;
                })
                .join('; ')
            : 'not tried'}
          .
        </p>
      </section>

      <button type="button" className="primary no-print" onClick={() => print()}>
        Print or save as PDF
      </button>
    </article>
  );
}
