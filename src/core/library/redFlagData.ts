import type { RedFlag, RedFlagId } from '../redFlags.ts';

/**
 * The red-flag questions (clinical-facts §14). Any "yes" means: see a doctor before any self-help.
 * 'emergency' = go to A&E or call emergency services now; 'urgent' = a doctor the same day;
 * 'soon' = book a doctor's appointment.
 */
export const RED_FLAGS: Readonly<Record<RedFlagId, RedFlag>> = {
  saddle_numbness: {
    id: 'saddle_numbness',
    short: 'New numbness around your bottom or genitals?',
    question:
      'Do you have new numbness, tingling or an odd feeling around your bottom, genitals or inner thighs (for example, it feels different when you wipe, or during sex)?',
    urgency: 'emergency',
    advice:
      'Go to A&E or call emergency services now: this can be a sign of pressure on the nerves at the base of the spine, which needs treatment within hours.',
    neurological: true,
    sources: ['nhs-gloucestershire-red-flags', 'nhs-norfolk-waveney-back-pain', 'northern-trust-lbp', 'redflagsymptoms-back-pain', 'ahcpr-red-flags'],
  },
  bladder_bowel_change: {
    id: 'bladder_bowel_change',
    short: 'New trouble controlling your bladder or bowels?',
    question:
      'Since the pain started, have you had new trouble passing urine, leaking, or losing control of your bladder or bowels, or not noticed when you need to go?',
    urgency: 'emergency',
    advice:
      'Go to A&E or call emergency services now: this can be a sign of pressure on the nerves at the base of the spine, which needs treatment within hours.',
    neurological: true,
    sources: ['nhs-gloucestershire-red-flags', 'nhs-norfolk-waveney-back-pain', 'northern-trust-lbp', 'redflagsymptoms-back-pain', 'ahcpr-red-flags'],
  },
  both_legs_weakness_or_numbness: {
    id: 'both_legs_weakness_or_numbness',
    short: 'Pain, weakness or numbness in both legs?',
    question: 'Do you have pain, weakness or numbness in both legs, or do your legs feel heavy or not go where you want when you walk?',
    urgency: 'emergency',
    advice: 'Go to A&E or call emergency services now: nerve trouble in both legs needs to be checked straight away.',
    neurological: true,
    sources: [
      'nhs-gloucestershire-red-flags',
      'nhs-norfolk-waveney-back-pain',
      'northern-trust-lbp',
      'redflagsymptoms-back-pain',
      'sheffield-msk-back-pain',
    ],
  },
  recent_trauma: {
    id: 'recent_trauma',
    short: 'Did it start after a fall, crash or injury?',
    question:
      'Did the pain start after a serious accident, such as a car crash or a fall from a height, or after a small fall or strain if you have thin bones (osteoporosis) or take steroid tablets long term?',
    urgency: 'emergency',
    advice: 'Go to A&E now to rule out a broken bone in the spine, and do not press on or stretch the area until you have been checked.',
    neurological: false,
    sources: ['nhs-gloucestershire-red-flags', 'verhagen-2016', 'ahcpr-red-flags', 'hull-neurosurgery-red-flags'],
  },
  leg_weakness: {
    id: 'leg_weakness',
    short: 'Is a leg or foot weak, or does it give way?',
    question: 'Is one of your legs or feet weak, for example does your foot slap down or catch when you walk, or does the leg give way?',
    urgency: 'urgent',
    advice: 'See a doctor today (or call NHS 111), and go to A&E now if the weakness is getting worse or affects both legs.',
    neurological: true,
    sources: ['redflagsymptoms-back-pain', 'sheffield-msk-back-pain', 'nhs-gloucestershire-red-flags', 'chcp-msk-back'],
  },
  fever: {
    id: 'fever',
    short: 'A fever, chills, or feeling unwell?',
    question: 'Do you have a high temperature or fever, chills, or do you feel generally unwell along with the back pain?',
    urgency: 'urgent',
    advice: 'See a doctor today (or call NHS 111): back pain with a fever can be a sign of an infection.',
    neurological: false,
    sources: ['redflagsymptoms-back-pain', 'sheffield-msk-back-pain', 'chcp-msk-back', 'nhs-gloucestershire-red-flags', 'verhagen-2016'],
  },
  cancer_history: {
    id: 'cancer_history',
    short: 'Have you ever had cancer?',
    question: 'Have you ever had cancer?',
    urgency: 'urgent',
    advice: 'See a doctor today and tell them about your cancer, so they can check the back pain is not linked to it before you try self-help.',
    neurological: false,
    sources: ['nhs-gloucestershire-red-flags', 'verhagen-2016', 'ahcpr-red-flags', 'hull-neurosurgery-red-flags'],
  },
  unexplained_weight_loss: {
    id: 'unexplained_weight_loss',
    short: 'Losing weight without trying?',
    question: 'Have you lost weight recently without trying?',
    urgency: 'urgent',
    advice: 'See a doctor today (or call NHS 111) to find out why you are losing weight before you try self-help for the pain.',
    neurological: false,
    sources: ['redflagsymptoms-back-pain', 'sheffield-msk-back-pain', 'nhs-gloucestershire-red-flags', 'verhagen-2016'],
  },
  night_pain_not_eased_by_rest: {
    id: 'night_pain_not_eased_by_rest',
    short: 'Pain at rest or at night that nothing eases?',
    question: 'Is the pain there all the time, even when you rest, or worse at night, and not eased by changing position?',
    urgency: 'urgent',
    advice: 'See a doctor today (or call NHS 111): pain that rest and changing position do not ease needs checking before self-help.',
    neurological: false,
    sources: ['redflagsymptoms-back-pain', 'sheffield-msk-back-pain', 'nhs-gloucestershire-red-flags', 'hull-neurosurgery-red-flags'],
  },
  cough_sneeze_pain: {
    id: 'cough_sneeze_pain',
    short: 'Worse when you cough, sneeze or strain?',
    question: 'Is the back pain made worse when you cough, sneeze, strain or open your bowels?',
    urgency: 'urgent',
    advice: 'See a doctor today (or call NHS 111) to have the back checked before you try self-help.',
    neurological: false,
    sources: ['redflagsymptoms-back-pain', 'sheffield-msk-back-pain', 'chcp-msk-back'],
  },
  leg_numbness_or_tingling: {
    id: 'leg_numbness_or_tingling',
    short: 'Numbness or pins and needles in a leg or foot?',
    question: 'Do you have numbness, pins and needles or tingling in one leg or foot?',
    urgency: 'soon',
    advice:
      'Book a doctor’s appointment soon and leave out pressing on the buttock until then; go to A&E now if it spreads to both legs or around your bottom or genitals.',
    neurological: true,
    sources: ['nhs-gloucestershire-red-flags', 'adelmanesh-2015', 'adelmanesh-2016', 'namtpt-gluteus-minimus'],
  },
  chest_pain: {
    id: 'chest_pain',
    short: 'Any chest pain as well?',
    question: 'Do you have pain in your chest as well as the back pain?',
    urgency: 'emergency',
    advice: 'Call emergency services (999 in the UK) or go to A&E now: back pain with chest pain must be checked at once.',
    neurological: false,
    sources: ['nhs-gloucestershire-red-flags', 'redflagsymptoms-back-pain', 'bmj-best-practice-lbp'],
  },
  sexual_dysfunction: {
    id: 'sexual_dysfunction',
    short: 'New loss of feeling or function during sex?',
    question:
      'Since the pain started, have you lost feeling in your genitals, or had new trouble getting an erection or ejaculating, that you cannot explain?',
    urgency: 'emergency',
    advice:
      'Go to A&E or call emergency services now: this can be a sign of pressure on the nerves at the base of the spine, which needs treatment within hours.',
    neurological: true,
    sources: ['nhs-gloucestershire-red-flags', 'nhs-norfolk-waveney-back-pain', 'northern-trust-lbp'],
  },
  weakened_immune_system: {
    id: 'weakened_immune_system',
    short: 'Weak immune system, or on steroid tablets?',
    question:
      'Is your immune system weakened (for example by HIV, a transplant or cancer treatment), or have you taken steroid tablets for a long time?',
    urgency: 'urgent',
    advice:
      'See a doctor today (or call NHS 111): with a weak immune system or long-term steroids, back pain needs checking for infection or a weak bone before self-help.',
    neurological: false,
    sources: ['nhs-gloucestershire-red-flags', 'verhagen-2016', 'ahcpr-red-flags'],
  },
  iv_drug_use: {
    id: 'iv_drug_use',
    short: 'Do you inject drugs, now or in the past?',
    question: 'Do you inject drugs into a vein, or have you done so in the past?',
    urgency: 'urgent',
    advice: 'See a doctor today (or call NHS 111): back pain after injecting drugs needs checking for an infection in the spine before self-help.',
    neurological: false,
    sources: ['nhs-gloucestershire-red-flags', 'ahcpr-red-flags', 'verhagen-2016'],
  },
  new_pain_age_over_50: {
    id: 'new_pain_age_over_50',
    short: 'Is this new pain, and are you over 50?',
    question: 'Is this back pain new (you have not had it before), and are you over 50?',
    urgency: 'soon',
    advice: 'Book a doctor’s appointment soon: new back pain after 50 is worth a check before you start self-help, even though it is usually harmless.',
    neurological: false,
    sources: ['nhs-gloucestershire-red-flags', 'verhagen-2016', 'ahcpr-red-flags', 'hull-neurosurgery-red-flags'],
  },
  new_pain_age_under_20: {
    id: 'new_pain_age_under_20',
    short: 'Is this new pain, and are you under 20?',
    question: 'Is this back pain new (you have not had it before), and are you under 20?',
    urgency: 'soon',
    advice: 'Book a doctor’s appointment soon: new back pain before 20 is worth a check before you start self-help, even though it is usually harmless.',
    neurological: false,
    sources: ['nhs-gloucestershire-red-flags', 'verhagen-2016', 'hull-neurosurgery-red-flags'],
  },
  inflammatory_back_pain: {
    id: 'inflammatory_back_pain',
    short: 'Stiff back for months that eases as you move?',
    question:
      'Did the back pain start before you were 45 and has it lasted over 3 months, and does it ease when you move but not when you rest, or wake you in the second half of the night?',
    urgency: 'soon',
    advice:
      'Book a doctor’s appointment soon and ask whether it could be inflammatory back pain (axial spondyloarthritis), which needs its own treatment.',
    neurological: false,
    sources: ['nice-ng65', 'nhs-lanarkshire-axspa', 'bjgp-axspa-2018'],
  },
};

/** Red flags, most urgent first: emergencies, then same-day, then book-a-doctor. */
export const RED_FLAG_ORDER: readonly RedFlagId[] = [
  'saddle_numbness',
  'bladder_bowel_change',
  'sexual_dysfunction',
  'both_legs_weakness_or_numbness',
  'chest_pain',
  'recent_trauma',
  'leg_weakness',
  'fever',
  'weakened_immune_system',
  'iv_drug_use',
  'cancer_history',
  'unexplained_weight_loss',
  'night_pain_not_eased_by_rest',
  'cough_sneeze_pain',
  'leg_numbness_or_tingling',
  'new_pain_age_over_50',
  'new_pain_age_under_20',
  'inflammatory_back_pain',
];

/** The numbness and weakness questions: asked first, and highlighted, when pain reaches below the knee. */
export const NERVE_QUESTIONS: readonly RedFlagId[] = ['leg_numbness_or_tingling', 'leg_weakness', 'both_legs_weakness_or_numbness', 'saddle_numbness'];

/**
 * The order of the warning-sign step: most urgent first, or, with pain drawn below the knee (a
 * nerve root's map as much as a muscle's, clinical-facts §16.3), the numbness and weakness questions first.
 */
export function warningSignOrder(belowKnee: boolean): readonly RedFlagId[] {
  return belowKnee ? [...NERVE_QUESTIONS, ...RED_FLAG_ORDER.filter((id) => !NERVE_QUESTIONS.includes(id))] : RED_FLAG_ORDER;
}
