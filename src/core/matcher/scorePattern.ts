import { regionIndex } from '../regions/regionIds.ts';
import type { SidedPattern } from './patternTables.ts';
import type { PreparedMarks } from './preparedMarks.ts';
import { OPPOSITE_SIDE_WEIGHT, PRECISION_EXPONENT, RECALL_EXPONENT, SINGLE_REGION_RECALL, SPILLOVER_ONLY_RECALL } from './weights.ts';

export interface PatternFit {
  /** Share of the person's (intensity-weighted) pain that the pattern accounts for. */
  readonly precision: number;
  /** Share of the pattern's essential zone that is marked. */
  readonly recall: number;
  /** precision^a × recall^b, before priors and nudges. */
  readonly fit: number;
}

/** How many marked regions lie anywhere in the patterns' zones, counting up to two. */
function supportingRegions(patterns: readonly SidedPattern[], marks: PreparedMarks): number {
  let count = 0;
  for (const id of marks.regions) {
    const i = regionIndex(id);
    if (patterns.some((p) => p.weight[i]! > 0) && ++count >= 2) break;
  }
  return count;
}

function recallOf(pattern: SidedPattern, marks: PreparedMarks): number {
  let covered = 0;
  for (const id of pattern.essentialRegions) covered += marks.coverage[regionIndex(id)]!;
  if (covered > 0) return covered / pattern.essentialRegions.length;
  let spilled = 0;
  for (const id of pattern.spilloverRegions) spilled += marks.coverage[regionIndex(id)]!;
  return pattern.spilloverRegions.length === 0 ? 0 : (SPILLOVER_ONLY_RECALL * spilled) / pattern.spilloverRegions.length;
}

/**
 * How well several patterns taken together explain the marks (one pattern is the usual case).
 * A marked region counts at the best zone weight any pattern gives it. Against the patterns
 * count all marks, marks on the far side of a one-sided pattern at OPPOSITE_SIDE_WEIGHT, and
 * marks where sources say every pattern does not reach count twice: they are evidence for
 * something else. Recall is the mean of the patterns' recalls, times
 * SINGLE_REGION_RECALL when only one marked region supports them.
 */
export function scoreTogether(patterns: readonly SidedPattern[], marks: PreparedMarks): PatternFit {
  if (marks.total <= 0 || patterns.length === 0) return { precision: 0, recall: 0, fit: 0 };
  let explained = 0;
  let against = 0;
  for (const id of marks.regions) {
    const i = regionIndex(id);
    let best = 0;
    let excluded = true;
    let opposite = true;
    for (const pattern of patterns) {
      best = Math.max(best, pattern.weight[i]!);
      excluded &&= pattern.excluded[i] === 1;
      opposite &&= pattern.opposite[i] === 1;
    }
    const weight = marks.weight[i]!;
    explained += weight * best;
    against += best === 0 && opposite ? weight * OPPOSITE_SIDE_WEIGHT : weight;
    if (excluded) against += weight;
  }
  let recall = 0;
  for (const pattern of patterns) recall += recallOf(pattern, marks);
  recall /= patterns.length;
  // One supporting region cannot tell these patterns from the others that share it.
  if (supportingRegions(patterns, marks) < 2) recall *= SINGLE_REGION_RECALL;
  const precision = explained / against;
  return { precision, recall, fit: Math.pow(precision, PRECISION_EXPONENT) * Math.pow(recall, RECALL_EXPONENT) };
}

/** How well one pattern explains the marks. */
export function scorePattern(pattern: SidedPattern, marks: PreparedMarks): PatternFit {
  return scoreTogether([pattern], marks);
}
