import type { MuscleId, TrpId } from '../library/types.ts';
import type { RedFlagId } from '../redFlags.ts';
import type { RegionId } from '../regions/regionIds.ts';
import type { SymptomId } from '../symptoms.ts';

/** One marked region as the matcher reads it (the per-region summary of the paint). */
export interface RegionMark {
  readonly region: RegionId;
  /** 1–10 on the numeric rating scale. */
  readonly intensity: number;
  /** Painted share of the region's skin area, 0–1. Absent means the whole region. */
  readonly share?: number;
}

export const PRESS_ANSWERS = ['familiar', 'tender', 'nothing'] as const;
export type PressAnswer = (typeof PRESS_ANSWERS)[number];
export const isPressAnswer = (value: unknown): value is PressAnswer => PRESS_ANSWERS.includes(value as PressAnswer);
/** Press-to-test answers keyed by `<trp id>@<side>`, e.g. `gluteus_medius.trp1@L`. */
export type PressTests = Readonly<Record<string, PressAnswer>>;

export interface MatchInput {
  readonly marks: readonly RegionMark[];
  readonly symptoms?: readonly SymptomId[];
  readonly redFlags?: readonly RedFlagId[];
  readonly pressTests?: PressTests;
  /** Every warning-sign question answered; a red flag not in `redFlags` was answered "no". */
  readonly screened?: boolean;
}

/**
 * Whether release steps (pressing, ball work) may be offered (contracts.md §1): never with a
 * warning sign, and not before every warning-sign question is answered.
 */
export type SelfHelp = 'see_doctor' | 'screen_first' | 'ok';

export type SuggestionSide = 'L' | 'R' | 'B';

export interface Suggestion {
  readonly muscle: MuscleId;
  /** The muscle's trigger point that best explains the map. */
  readonly trp: TrpId;
  readonly side: SuggestionSide;
  /** In [0, 1], comparable within one answer. */
  readonly score: number;
  /** Marked regions this suggestion accounts for. */
  readonly explains: readonly RegionId[];
  /** Essential regions of the pattern that are not marked. */
  readonly missing: readonly RegionId[];
  /** Of `explains`, those in the essential zone and those in the spillover zone or at the trigger point. */
  readonly explainsEssential: readonly RegionId[];
  readonly explainsSpillover: readonly RegionId[];
  /** Every trigger point of the muscle on this side, best first. */
  readonly trps: readonly { readonly trp: TrpId; readonly score: number }[];
  /** Reported symptoms this muscle's trigger points are known to be worsened by. */
  readonly matchingSymptoms: readonly SymptomId[];
  /** The score before press-to-test answers, where any were given for this muscle (0: it was not suggested). */
  readonly scoreBeforePressTest?: number;
  /** Its place in the list (1 first) before press-to-test answers; absent if it was not suggested. */
  readonly rankBeforePressTest?: number;
}

export interface Combination {
  readonly muscles: readonly [Suggestion, Suggestion];
  readonly score: number;
  readonly explains: readonly RegionId[];
}

/** Why the answer leads with seeing a doctor. */
export type DoctorReason = { readonly type: 'red_flag'; readonly id: RedFlagId } | { readonly type: 'pain_in_both_legs' };

export interface MatchResult {
  readonly redFlag: boolean;
  readonly selfHelp: SelfHelp;
  readonly doctorReasons: readonly DoctorReason[];
  /** Leg symptoms that call for the nerve-root caution beside any suggestion. */
  readonly nerveCaution: boolean;
  readonly suggestions: readonly Suggestion[];
  /** Marked regions that no suggestion in the top three explains. */
  readonly unexplained: readonly RegionId[];
  /** Two muscles that together explain the map clearly better than either alone. */
  readonly combination?: Combination;
}
