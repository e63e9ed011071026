/**
 * Every weight the matcher uses, in one place, with the reason for its value.
 *
 * The evidence sets the shape, not the numbers: referral maps are clinical composites
 * (clinical-facts.md §15.2), referred pain is only moderately reliable between examiners
 * (§15.1), and drawing-only classification is right about half the time (peers.md E(b)).
 * So the zones are soft templates, the score ranks and explains, and nothing here is tuned to
 * make a diagnosis. Tests in tests/unit/matcher*.test.ts pin the behaviour these values give.
 */

/** How much a marked region counts when it lies in each part of a pattern (§16.3 proposal). */
export const ZONE_WEIGHT = {
  /** Where nearly everyone with the trigger point feels it. */
  essential: 1,
  /** Where some people feel it. Half: it fits, but it is weaker evidence. */
  spillover: 0.5,
  /** The trigger point's own spot: local tenderness, not referral. */
  site: 0.3,
} as const;

/**
 * A mark's weight is its intensity scaled by how much of the region is painted.
 * A region painted over half its area counts fully; a dab counts at least half.
 */
export const MARK = {
  minimumCoverageFactor: 0.5,
  fullCoverageShare: 0.5,
  /** A mark made in the region picker (no painted share) covers the whole region. */
  defaultShare: 1,
} as const;

/**
 * score = precision^PRECISION_EXPONENT × recall^RECALL_EXPONENT, both in [0, 1].
 * precision: the share of the person's pain (weighted by intensity) the pattern accounts for,
 *   essential counting more than spillover: marks it cannot explain pull it down.
 * recall: the share of the pattern's essential zone that is marked: missing essential zone
 *   pulls it down. Precision weighs a little more, because people under-report areas
 *   (Michigan Body Map errors were mostly under-reporting, §15.3).
 */
export const PRECISION_EXPONENT = 0.6;
export const RECALL_EXPONENT = 0.4;

/**
 * A mark on the other side of the body from a one-sided pattern counts at this weight against
 * it: pain on both sides often has a cause on each side, so a perfect left-sided pattern should
 * not sink because the right side also hurts. Midline marks count in full.
 */
export const OPPOSITE_SIDE_WEIGHT = 0.5;

/**
 * Recall when none of a pattern's essential zone is marked but some of its spillover zone is:
 * this weight times the share of the spillover zone marked. It lets a muscle known to refer
 * occasionally to the painful spot appear, low in the list (coccyx pain: gluteus maximus TrP3,
 * and also multifidus, §16.3).
 */
export const SPILLOVER_ONLY_RECALL = 0.25;

/**
 * Recall is multiplied by this when only one marked region supports a pattern (lies anywhere
 * in its zones, or in those of the patterns scored together). One region cannot tell apart the
 * patterns that share it (clinical-facts.md §1 point 3: the crest, SI joint, sacrum and side of
 * the hip are reached by half a dozen muscles), so it earns a third of the credit, as one region
 * of the three-region essential zones that do set the look-alikes apart (gluteus medius
 * TrP1–3, gluteus maximus TrP1, piriformis). Without it a pattern whose essential zone is one
 * region (quadratus lumborum on the crest, multifidus beside the spine) scored 1 from that
 * region alone, and 23 of the 70 regions alone scored at least 0.70. With it, one region scores
 * at most (1/3)^0.4 ≈ 0.644, the largest symptom boost (× 1.08) keeps it under 0.70 (a
 * single-region map is never a strong fit, contracts.md §1), and since every pattern on a
 * one-region map is cut alike, their order is unchanged. Press-to-test answers are evidence
 * beyond the map and may still lift a score. A second supporting region lifts the cut.
 */
export const SINGLE_REGION_RECALL = 1 / 3;

/**
 * Muscle roll-up: when several trigger points of one muscle together explain the map better
 * than the best one alone, the muscle earns part of the difference.
 */
export const ROLL_UP_SHARE = 0.5;

/** A muscle's trigger points scoring at least this share of its best one also count in what it explains. */
export const CONTRIBUTING_SHARE = 0.5;

/**
 * Symptoms nudge, never dominate: the score is multiplied by at most 1 + SYMPTOM_MAX_BOOST
 * (all reported symptoms match) and at least 1 - SYMPTOM_MAX_PENALTY (none do).
 */
export const SYMPTOM_MAX_BOOST = 0.08;
export const SYMPTOM_MAX_PENALTY = 0.04;

/**
 * Prevalence prior: among people with low back pain, active trigger points are found more
 * often in some muscles (QL, gluteus medius, piriformis, iliocostalis; psoas less, §1).
 * Scales the score between 1 - PRIOR_SPAN (no data or rare) and 1 (commonest). Small on
 * purpose: it only orders near-ties.
 */
export const PRIOR_SPAN = 0.06;
/** Within a muscle, a trigger point sources call least common loses a little. */
export const LEAST_COMMON_FACTOR = 0.96;

/**
 * Two muscles together are reported when their joint fit beats the best single muscle by
 * this much, and each explains at least one marked region the other does not.
 */
export const COMBINATION_MARGIN = 0.08;
/** How many of the top suggestions are tried in pairs. */
export const COMBINATION_CANDIDATES = 6;

/**
 * The words a person reads beside a score: at least STRONG_FIT is a "strong fit", at least
 * FAIR_FIT a "fair fit", below it a "weak fit". STRONG_FIT is the contract's line (contracts.md
 * §1) that a one-region map never reaches (SINGLE_REGION_RECALL); FAIR_FIT sits under one region
 * fully in an essential zone (≈0.64), so the best lone region reads "fair", not "weak".
 */
export const STRONG_FIT = 0.7;
export const FAIR_FIT = 0.45;

/** Suggestions scoring below this are not worth showing. */
export const MINIMUM_SCORE = 0.05;

/**
 * Press-to-test (clinical-facts.md §15.1): recognising one's own pain is among the most
 * reliable trigger-point signs (κ≈0.58), local tenderness the most reliable (κ≈0.68);
 * no referral on pressure does not rule a trigger point out (Hong 1997, §15.2).
 * Applied as likelihood ratios to the odds of a muscle's rolled-up score, once per trigger point
 * answered, so a score stays inside (0, 1):
 * "familiar" lifts a lot, "tender" a little, "nothing" lowers without discarding.
 */
export const PRESS_TEST_LIKELIHOOD_RATIO = {
  familiar: 3,
  tender: 1.3,
  nothing: 0.5,
} as const;

/** Decimal places of a score, in output and for ordering (keeps mirrored maps in step). */
export const SCORE_DECIMALS = 3;
