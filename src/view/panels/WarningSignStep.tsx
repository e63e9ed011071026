import { useState } from 'react';
import { NERVE_QUESTIONS, RED_FLAGS, warningSignOrder } from '../../core/library/redFlagData.ts';
import { isBelowKnee } from '../../core/matcher/doctorScreen.ts';
import { RED_FLAG_IDS, unansweredCount, type RedFlagId } from '../../core/redFlags.ts';
import { answerRedFlag } from '../../store/uiActions.ts';
import { useApp } from '../../store/useApp.ts';
import { WARNING_SIGNS_ID } from './selfHelp.ts';

type Answer = 'yes' | 'no' | undefined;

function Row({
  id,
  answer,
  full,
  prominent,
}: {
  readonly id: RedFlagId;
  readonly answer: Answer;
  readonly full: boolean;
  readonly prominent: boolean;
}) {
  const flag = RED_FLAGS[id];
  const labelId = `ws-q-${id}`;
  const className = ['ws-row', answer ? 'answered' : '', answer === 'yes' ? 'yes' : '', prominent ? 'prominent' : ''].filter(Boolean).join(' ');
  return (
    <div className={className} role="radiogroup" aria-labelledby={labelId}>
      <span id={labelId} className="ws-q">
        {full ? flag.question : flag.short}
      </span>
      {(['yes', 'no'] as const).map((value) => (
        <label key={value} className={`ws-answer ws-${value}`}>
          <input type="radio" name={`ws-${id}`} value={value} checked={answer === value} onChange={() => answerRedFlag(id, value)} />
          <span>{value === 'yes' ? 'Yes' : 'No'}</span>
        </label>
      ))}
    </div>
  );
}

/**
 * The warning-sign step: every question answered yes or no before any pressing or ball step
 * shows (contracts.md §1). Short rows that fit one phone screen; pain drawn below the knee
 * puts the numbness and weakness questions first. Once all are answered, "Done" folds it to one
 * line, from which it opens again to change an answer.
 */
export function WarningSignStep() {
  const redFlags = useApp((s) => s.redFlags);
  const redFlagsNo = useApp((s) => s.redFlagsNo);
  const belowKnee = useApp((s) => isBelowKnee(s.summary.map((m) => m.region)));
  const [editing, setEditing] = useState(false);
  const [full, setFull] = useState(false);
  const open = unansweredCount({ redFlags, redFlagsNo });
  // Open while any question is unanswered and, after the last answer, until "Done": the rows
  // never move away under the finger that gave it. Saved answers open it folded.
  if (open > 0 && !editing) setEditing(true);
  const answerOf = (id: RedFlagId): Answer => (redFlags.includes(id) ? 'yes' : redFlagsNo.includes(id) ? 'no' : undefined);

  if (open === 0 && !editing) {
    return (
      <section id={WARNING_SIGNS_ID} className={`panel ws-done${redFlags.length ? ' has-yes' : ''}`} aria-labelledby="ws-title">
        <h2 id="ws-title">Warning signs</h2>
        <p role="status">
          {redFlags.length === 0
            ? `All ${RED_FLAG_IDS.length} answered “no”.`
            : `You answered “yes” to ${redFlags.length === 1 ? 'one' : redFlags.length}: please follow the advice above before any self-help.`}{' '}
          <button type="button" className="text-button" onClick={() => setEditing(true)}>
            Change answers
          </button>
        </p>
      </section>
    );
  }

  const order = warningSignOrder(belowKnee);
  return (
    <section id={WARNING_SIGNS_ID} className="panel ws-step" aria-labelledby="ws-title" aria-describedby="ws-intro">
      <div className="ws-head">
        <h2 id="ws-title">Warning signs first</h2>
        <span className="ws-count" role="status">
          {RED_FLAG_IDS.length - open} of {RED_FLAG_IDS.length} answered
        </span>
      </div>
      <p id="ws-intro" className="ws-intro">
        Answer each before any self-help. A “yes” means see a doctor first.{' '}
        <button type="button" className="text-button" aria-pressed={full} onClick={() => setFull(!full)}>
          {full ? 'Short questions' : 'Full questions'}
        </button>
      </p>
      {belowKnee && <p className="ws-note">Pain below the knee: nerve questions first.</p>}
      <div className="ws-rows">
        {order.map((id) => (
          <Row key={id} id={id} answer={answerOf(id)} full={full} prominent={belowKnee && NERVE_QUESTIONS.includes(id)} />
        ))}
      </div>
      {open > 0 && (
        // Most people have none of these: one tap answers every open question "no", after they are all in view.
        <button
          type="button"
          className="button primary ws-finish"
          onClick={() => order.forEach((id) => answerOf(id) === undefined && answerRedFlag(id, 'no'))}
        >
          {open === RED_FLAG_IDS.length ? 'None of these: all “no”' : `“No” to the ${open} left`}
        </button>
      )}
      {editing && open === 0 && (
        <button type="button" className="button primary ws-finish" onClick={() => setEditing(false)}>
          Done
        </button>
      )}
    </section>
  );
}
