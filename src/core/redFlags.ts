import type { SourceKey } from './library/sources.ts';

/** Red-flag questions (contracts.md §1): any "yes" means see a doctor before any self-help. */
export const RED_FLAG_IDS = [
  'saddle_numbness',
  'bladder_bowel_change',
  'both_legs_weakness_or_numbness',
  'leg_numbness_or_tingling',
  'leg_weakness',
  'fever',
  'unexplained_weight_loss',
  'night_pain_not_eased_by_rest',
  'recent_trauma',
  'cancer_history',
  'cough_sneeze_pain',
  // NICE/NHS signs added by issue 10 (clinical-facts §14.1, §14.3).
  'new_pain_age_over_50',
  'new_pain_age_under_20',
  'weakened_immune_system',
  'iv_drug_use',
  'chest_pain',
  'sexual_dysfunction',
  // Our extension beyond contracts.md §1: NICE NG65's inflammatory back pain screen (§14.3).
  'inflammatory_back_pain',
] as const;

export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export type Urgency = 'emergency' | 'urgent' | 'soon';

export interface RedFlag {
  readonly id: RedFlagId;
  /** The question as a person reads it. */
  readonly question: string;
  /** The same question in a few plain words, for the one-screen warning-sign step. */
  readonly short: string;
  readonly urgency: Urgency;
  /** What to do, in one sentence. */
  readonly advice: string;
  /** A nerve-root or cord sign: brings the nerve caution, never self-release alone. */
  readonly neurological: boolean;
  readonly sources: readonly SourceKey[];
}

export function isRedFlagId(value: unknown): value is RedFlagId {
  return typeof value === 'string' && (RED_FLAG_IDS as readonly string[]).includes(value);
}

/**
 * The warning-sign answers: the ids answered "yes" and those answered "no". A question in
 * neither list has not been answered.
 */
export interface RedFlagAnswers {
  readonly redFlags: readonly RedFlagId[];
  readonly redFlagsNo: readonly RedFlagId[];
}

/** True when every warning-sign question has an answer: only then may press steps show. */
export function isScreened(answers: RedFlagAnswers): boolean {
  const answered = new Set<RedFlagId>([...answers.redFlags, ...answers.redFlagsNo]);
  return RED_FLAG_IDS.every((id) => answered.has(id));
}

/** How many questions are still open. */
export function unansweredCount(answers: RedFlagAnswers): number {
  const answered = new Set<RedFlagId>([...answers.redFlags, ...answers.redFlagsNo]);
  return RED_FLAG_IDS.filter((id) => !answered.has(id)).length;
}
