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
] as const;

export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export type Urgency = 'emergency' | 'urgent' | 'soon';

export interface RedFlag {
  readonly id: RedFlagId;
  /** The question as a person reads it. */
  readonly question: string;
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
