import { RED_FLAGS } from '../../core/library/redFlagData.ts';
import type { DoctorReason } from '../../core/matcher/types.ts';
import { useApp } from '../../store/useApp.ts';

function reasonText(reason: DoctorReason): { text: string; emergency: boolean } {
  if (reason.type === 'pain_in_both_legs') {
    return {
      text: 'You marked pain in both legs. Pain in both legs can come from pressure on nerves in the spine: see a doctor before trying self-help, and go to A&E at once if you also have numbness, weakness, or bladder or bowel changes.',
      emergency: false,
    };
  }
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
      {nerveCaution && (
        <p>
          Pain that runs below the knee, or numbness, tingling or weakness in the leg, can come from a nerve root in the back rather than a muscle. A
          tender spot in the buttock is common with nerve-root pain too. If you have these, let a doctor or physiotherapist check you before relying
          on self-release.
        </p>
      )}
    </section>
  );
}
