import { regionIndex } from '../regions/regionIds.ts';
import type { SidedPattern } from './patternTables.ts';
import type { PreparedMarks } from './preparedMarks.ts';
import { PRECISION_EXPONENT, RECALL_EXPONENT } from './weights.ts';

export interface PatternFit {
  /** Share of the person's (intensity-weighted) pain that the pattern accounts for. */
  readonly precision: number;
  /** Share of the pattern's essential zone that is marked. */
  readonly recall: number;
  /** precision^a × recall^b, before priors and nudges. */
  readonly fit: number;
}

/**
 * How well one pattern explains the marks. Marks in a region the sources say the pattern
 * does not reach count twice against it: they are evidence for something else.
 */
export function scorePattern(pattern: SidedPattern, marks: PreparedMarks): PatternFit {
  if (marks.total <= 0) return { precision: 0, recall: 0, fit: 0 };
  let explained = 0;
  let against = marks.total;
  for (const id of marks.regions) {
    const i = regionIndex(id);
    explained += marks.weight[i]! * pattern.weight[i]!;
    if (pattern.excluded[i]) against += marks.weight[i]!;
  }
  let covered = 0;
  for (const id of pattern.essentialRegions) covered += marks.coverage[regionIndex(id)]!;
  const precision = explained / against;
  const recall = pattern.essentialRegions.length === 0 ? 0 : covered / pattern.essentialRegions.length;
  return { precision, recall, fit: Math.pow(precision, PRECISION_EXPONENT) * Math.pow(recall, RECALL_EXPONENT) };
}

/**
 * The fit of several patterns taken together: each marked region counts at the best zone
 * weight any of them gives it, and recall is the mean of their recalls.
 */
export function scoreTogether(patterns: readonly SidedPattern[], marks: PreparedMarks): PatternFit {
  if (marks.total <= 0 || patterns.length === 0) return { precision: 0, recall: 0, fit: 0 };
  let explained = 0;
  let against = marks.total;
  for (const id of marks.regions) {
    const i = regionIndex(id);
    let best = 0;
    let excluded = true;
    for (const pattern of patterns) {
      best = Math.max(best, pattern.weight[i]!);
      excluded &&= pattern.excluded[i] === 1;
    }
    explained += marks.weight[i]! * best;
    if (excluded) against += marks.weight[i]!;
  }
  let recall = 0;
  for (const pattern of patterns) recall += scorePattern(pattern, marks).recall;
  recall /= patterns.length;
  const precision = explained / against;
  return { precision, recall, fit: Math.pow(precision, PRECISION_EXPONENT) * Math.pow(recall, RECALL_EXPONENT) };
}
