import { RED_FLAG_ORDER, RED_FLAGS } from '../../core/library/redFlagData.ts';
import { useState } from 'react';
import type { RedFlagId } from '../../core/redFlags.ts';
import { SYMPTOM_IDS, SYMPTOM_LABELS, type SymptomId } from '../../core/symptoms.ts';
import { setRedFlag, toggleSymptom } from '../../store/uiActions.ts';
import { useApp } from '../../store/useApp.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function statusLine(redFlags: number, symptoms: number): string {
  if (redFlags > 0) return `${plural(redFlags, 'warning sign', 'warning signs')} ticked: see a doctor first (advice above).`;
  if (symptoms > 0) return `No warning signs ticked · ${plural(symptoms, 'thing makes', 'things make')} it worse.`;
  return 'Please check these before any self-help. Then, if you like, what makes it worse.';
}

/** Once a warning sign is ticked, the advice appears above this list: bring it into view. */
function showAdvice(): void {
  requestAnimationFrame(() => document.querySelector('.safety')?.scrollIntoView?.({ behavior: 'smooth', block: 'nearest' }));
}

/**
 * Warning signs first (any "yes" leads with seeing a doctor), then what makes the pain worse
 * (which nudges the ranking). Placed above the suggestions: red flags come before self-help.
 */
export function Questionnaire() {
  const symptoms = useApp((s) => s.symptoms);
  const redFlags = useApp((s) => s.redFlags);
  // The questions are built once opened: the page's first paint does not wait for them.
  const [open, setOpen] = useState(false);
  return (
    <details className="panel questionnaire" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>Warning signs and what makes it worse</h2>
        <span className={redFlags.length > 0 ? 'status-alert' : 'muted'}>{statusLine(redFlags.length, symptoms.length)}</span>
      </summary>
      {open && <Questions symptoms={symptoms} redFlags={redFlags} />}
    </details>
  );
}

function Questions({ symptoms, redFlags }: { readonly symptoms: readonly SymptomId[]; readonly redFlags: readonly RedFlagId[] }) {
  return (
    <>
      <fieldset>
        <legend>Warning signs: does any of this apply to you?</legend>
        {RED_FLAG_ORDER.map((id) => (
          <label key={id} className="check">
            <input
              type="checkbox"
              checked={redFlags.includes(id)}
              onChange={(e) => {
                setRedFlag(id, e.target.checked);
                if (e.target.checked) showAdvice();
              }}
            />
            <span>{RED_FLAGS[id].question}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>What makes the pain worse?</legend>
        <div className="symptom-grid">
          {SYMPTOM_IDS.map((id) => (
            <label key={id} className="check">
              <input type="checkbox" checked={symptoms.includes(id)} onChange={() => toggleSymptom(id)} />
              <span>{SYMPTOM_LABELS[id]}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
