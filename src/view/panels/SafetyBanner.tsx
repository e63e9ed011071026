import { BOTH_LEGS_ADVICE, NERVE_ROOT_CAUTION } from '../../core/library/cautions.ts';
import { RED_FLAGS } from '../../core/library/redFlagData.ts';
import type { DoctorReason } from '../../core/matcher/types.ts';
import { useApp } from '../../store/useApp.ts';

function reasonText(reason: DoctorReason): { text: string; emergency: boolean } {
  if (reason.type === 'pain_in_both_legs') return { text: BOTH_LEGS_ADVICE.text, emergency: false };
  const flag = RED_FLAGS[reason.id];
  return { text: flag.advice, emergency: flag.urgency === 'emergency' };
}

/** Red flags come before any self-help: shown above the suggestions whenever one applies. */
export function SafetyBanner() {
  const reasons = useApp((s) => s.result.doctorReasons);
  const nerveCaution = useApp((s) => s.result.nerveCaution);
  if (reasons.length === 0 && !nerveCaution) return null;
  const texts = reasons.map(reasonText);
  const emergency = texts.some((t) => t.emergency);
  return (
    <section className={`safety${emergency ? ' emergency' : ''}`} role="alert" aria-labelledby="safety-title">
      {reasons.length > 0 ? (
        <>
          <h2 id="safety-title">{emergency ? 'Get medical help now' : 'See a doctor first'}</h2>
          <ul>
            {[...new Set(texts.map((t) => t.text))].map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      ) : (
        <h2 id="safety-title">A word of caution about leg symptoms</h2>
      )}
      {nerveCaution && <p>{NERVE_ROOT_CAUTION.text}</p>}
    </section>
  );
}
