import { RED_FLAG_ORDER, RED_FLAGS } from '../../core/library/redFlagData.ts';
import { SYMPTOM_IDS, SYMPTOM_LABELS } from '../../core/symptoms.ts';
import { setRedFlag, toggleSymptom } from '../../store/uiActions.ts';
import { useApp } from '../../store/useApp.ts';

/** Optional questions: what makes it worse (nudges the ranking) and warning signs (lead to a doctor). */
export function Questionnaire() {
  const symptoms = useApp((s) => s.symptoms);
  const redFlags = useApp((s) => s.redFlags);
  return (
    <details className="panel questionnaire">
      <summary>
        <h2>Questions (optional)</h2>
        <span className="muted">
          {symptoms.length + redFlags.length > 0
            ? `${symptoms.length} worse-with, ${redFlags.length} warning signs answered`
            : 'Sharpen the suggestions and check for warning signs.'}
        </span>
      </summary>
      <fieldset>
        <legend>Warning signs: does any of this apply to you?</legend>
        {RED_FLAG_ORDER.map((id) => (
          <label key={id} className="check">
            <input type="checkbox" checked={redFlags.includes(id)} onChange={(e) => setRedFlag(id, e.target.checked)} />
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
    </details>
  );
}
