import { BOTH_LEGS_ADVICE, NERVE_ROOT_CAUTION } from '../../core/library/cautions.ts';
import { RED_FLAGS } from '../../core/library/redFlagData.ts';
import type { DoctorReason } from '../../core/matcher/types.ts';
import type { Urgency } from '../../core/redFlags.ts';
import { useApp } from '../../store/useApp.ts';

/** Pain in both legs asks for a doctor before self-help, and A&E with other nerve signs: same day. */
function reasonAdvice(reason: DoctorReason): { text: string; urgency: Urgency } {
  if (reason.type === 'pain_in_both_legs') return { text: BOTH_LEGS_ADVICE.text, urgency: 'urgent' };
  const flag = RED_FLAGS[reason.id];
  return { text: flag.advice, urgency: flag.urgency };
}

const GRADES: readonly { urgency: Urgency; title: string; when: string }[] = [
  { urgency: 'emergency', title: 'Get medical help now', when: 'Now: A&E or emergency services' },
  { urgency: 'urgent', title: 'See a doctor today', when: 'Today: a doctor or NHS 111' },
  { urgency: 'soon', title: 'See a doctor soon', when: 'Soon: book a doctor’s appointment' },
];

/**
 * Warning signs come before any self-help: shown above everything else whenever one applies,
 * leading with what to do, most urgent first (now / today / soon). Press steps are hidden then.
 */
export function SafetyBanner() {
  const reasons = useApp((s) => s.result.doctorReasons);
  const nerveCaution = useApp((s) => s.result.nerveCaution);
  if (reasons.length === 0 && !nerveCaution) return null;
  const advice = reasons.map(reasonAdvice);
  const grades = GRADES.filter((g) => advice.some((a) => a.urgency === g.urgency));
  const top = grades[0];
  return (
    <section className={`safety${top?.urgency === 'emergency' ? ' emergency' : ''}`} role="alert" aria-labelledby="safety-title">
      {top ? (
        <>
          <h2 id="safety-title">{top.title}</h2>
          {grades.map((grade) => (
            <div key={grade.urgency} className={`safety-grade ${grade.urgency}`}>
              <h3>{grade.when}</h3>
              <ul>
                {[...new Set(advice.filter((a) => a.urgency === grade.urgency).map((a) => a.text))].map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </div>
          ))}
          <p>Pressing, ball work and stretches are hidden until a doctor has checked you.</p>
        </>
      ) : (
        <h2 id="safety-title">A word of caution about leg symptoms</h2>
      )}
      {nerveCaution && <p>{NERVE_ROOT_CAUTION.text}</p>}
    </section>
  );
}
