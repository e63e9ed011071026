import { useState } from 'react';
import { SYMPTOM_IDS, SYMPTOM_LABELS, type SymptomId } from '../../core/symptoms.ts';
import { toggleSymptom } from '../../store/uiActions.ts';
import { useApp } from '../../store/useApp.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What makes the pain worse (which nudges the ranking), in a box opened on demand. The
 * warning-sign questions are not here: they are a required step of their own (WarningSignStep).
 */
export function Questionnaire() {
  const symptoms = useApp((s) => s.symptoms);
  // The questions are built once opened: the page's first paint does not wait for them.
  const [open, setOpen] = useState(false);
  return (
    <details className="panel questionnaire" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>What makes it worse</h2>
        <span className="muted">
          {symptoms.length > 0 ? `${plural(symptoms.length, 'thing makes', 'things make')} it worse.` : 'Optional: it helps sort the suggestions.'}
        </span>
      </summary>
      {open && <Symptoms symptoms={symptoms} />}
    </details>
  );
}

function Symptoms({ symptoms }: { readonly symptoms: readonly SymptomId[] }) {
  return (
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
  );
}
