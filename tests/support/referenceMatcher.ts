/**
 * A slow, plain reference for how well one trigger point's pattern fits a pain map, written
 * straight from the library's zone lists and the rules in src/core/matcher/weights.ts, with no
 * precomputed tables, typed arrays or region indices. Tests compare the matcher's fast scorer
 * with it.
 *
 * The rules:
 * - a mark weighs intensity / 10 times its coverage factor (a region painted over half its area
 *   counts fully, a dab at least half); a region marked twice keeps its higher intensity and
 *   its larger share;
 * - a region's zone weight is the largest role it plays in the pattern on the chosen side(s):
 *   essential 1, spillover 0.5, the trigger point's own site 0.3; contralateral zones sit on the
 *   other side; 'B' lays the pattern out on both sides at once;
 * - precision = Σ mark × zone weight / (Σ mark + Σ marks in regions the pattern excludes), where a
 *   mark the pattern does not cover on the far side of a one-sided pattern counts at
 *   OPPOSITE_SIDE_WEIGHT in the denominator;
 * - recall = mean coverage factor over the pattern's essential regions (0 where unmarked); when
 *   none is marked, SPILLOVER_ONLY_RECALL × the mean coverage over its spillover regions;
 * - when at most one marked region lies anywhere in the pattern's zones, recall is multiplied
 *   by SINGLE_REGION_RECALL;
 * - fit = precision^PRECISION_EXPONENT × recall^RECALL_EXPONENT.
 */
import type { TriggerPoint, ZoneRegion } from '../../src/core/library/types.ts';
import type { RegionMark, SuggestionSide } from '../../src/core/matcher/types.ts';
import {
  MARK,
  OPPOSITE_SIDE_WEIGHT,
  PRECISION_EXPONENT,
  RECALL_EXPONENT,
  SINGLE_REGION_RECALL,
  SPILLOVER_ONLY_RECALL,
  ZONE_WEIGHT,
} from '../../src/core/matcher/weights.ts';
import type { RegionId, Side } from '../../src/core/regions/regionIds.ts';

export interface ReferenceFit {
  readonly precision: number;
  readonly recall: number;
  readonly fit: number;
}

function regionOn(side: Side, name: ZoneRegion): string {
  return name === 'M_coccyx' ? name : `${side}_${name}`;
}

function otherSide(side: Side): Side {
  return side === 'L' ? 'R' : 'L';
}

/** Every (region, weight) a pattern gives, as a plain list, duplicates and all. */
function zoneEntries(trp: TriggerPoint, sides: readonly Side[]): { region: string; weight: number; essential: boolean; spillover?: boolean }[] {
  const entries: { region: string; weight: number; essential: boolean; spillover?: boolean }[] = [];
  const { zones } = trp;
  for (const side of sides) {
    for (const name of trp.sitsIn) entries.push({ region: regionOn(side, name), weight: ZONE_WEIGHT.site, essential: false });
    for (const name of zones.spillover)
      entries.push({ region: regionOn(side, name), weight: ZONE_WEIGHT.spillover, essential: false, spillover: true });
    for (const name of zones.contralateralSpillover ?? []) {
      entries.push({ region: regionOn(otherSide(side), name), weight: ZONE_WEIGHT.spillover, essential: false, spillover: true });
    }
    for (const name of zones.essential) entries.push({ region: regionOn(side, name), weight: ZONE_WEIGHT.essential, essential: true });
    for (const name of zones.contralateralEssential ?? []) {
      entries.push({ region: regionOn(otherSide(side), name), weight: ZONE_WEIGHT.essential, essential: true });
    }
  }
  return entries;
}

function coverageOf(share: number | undefined): number {
  const s = share ?? MARK.defaultShare;
  const fraction = Math.min(1, s / MARK.fullCoverageShare);
  return MARK.minimumCoverageFactor + (1 - MARK.minimumCoverageFactor) * fraction;
}

/** The marks collapsed to one entry per region: highest intensity, largest coverage. */
export function referenceMarkWeights(marks: readonly RegionMark[]): Map<RegionId, { weight: number; coverage: number }> {
  const byRegion = new Map<RegionId, { intensity: number; coverage: number }>();
  for (const mark of marks) {
    if (!(mark.intensity > 0)) continue;
    const seen = byRegion.get(mark.region);
    const coverage = coverageOf(mark.share);
    byRegion.set(mark.region, {
      intensity: Math.max(seen?.intensity ?? 0, mark.intensity),
      coverage: Math.max(seen?.coverage ?? 0, coverage),
    });
  }
  const out = new Map<RegionId, { weight: number; coverage: number }>();
  for (const [region, { intensity, coverage }] of byRegion) out.set(region, { weight: (intensity / 10) * coverage, coverage });
  return out;
}

export function referenceFit(trp: TriggerPoint, side: SuggestionSide, marks: readonly RegionMark[]): ReferenceFit {
  const sides: Side[] = side === 'B' ? ['L', 'R'] : [side];
  const entries = zoneEntries(trp, sides);
  const excluded = sides.flatMap((s) => (trp.zones.excludes ?? []).map((name) => regionOn(s, name)));
  const essential = [...new Set(entries.filter((e) => e.essential).map((e) => e.region))];
  const marked = referenceMarkWeights(marks);

  let total = 0;
  for (const { weight } of marked.values()) total += weight;
  if (total <= 0) return { precision: 0, recall: 0, fit: 0 };

  const farSide = side === 'B' ? null : `${otherSide(side)}_`;
  let explained = 0;
  let against = 0;
  for (const [region, { weight }] of marked) {
    const zoneWeight = Math.max(0, ...entries.filter((e) => e.region === region).map((e) => e.weight));
    explained += weight * zoneWeight;
    against += zoneWeight === 0 && farSide !== null && region.startsWith(farSide) ? weight * OPPOSITE_SIDE_WEIGHT : weight;
    if (excluded.includes(region)) against += weight;
  }
  let covered = 0;
  for (const region of essential) covered += marked.get(region as RegionId)?.coverage ?? 0;
  const spillover = [...new Set(entries.filter((e) => e.spillover).map((e) => e.region))].filter((r) => !essential.includes(r));
  let spilled = 0;
  for (const region of spillover) spilled += marked.get(region as RegionId)?.coverage ?? 0;

  const precision = explained / against;
  const zoneRecall = covered > 0 ? covered / essential.length : spillover.length === 0 ? 0 : (SPILLOVER_ONLY_RECALL * spilled) / spillover.length;
  const supporting = [...marked.keys()].filter((region) => entries.some((e) => e.region === region && e.weight > 0)).length;
  const recall = supporting < 2 ? SINGLE_REGION_RECALL * zoneRecall : zoneRecall;
  return { precision, recall, fit: Math.pow(precision, PRECISION_EXPONENT) * Math.pow(recall, RECALL_EXPONENT) };
}
