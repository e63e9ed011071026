import { place } from '../library/patternRegions.ts';
import type { Muscle, TriggerPoint } from '../library/types.ts';
import { otherSide, REGION_IDS, regionIndex, sideOf, type RegionId, type Side } from '../regions/regionIds.ts';
import type { SuggestionSide } from './types.ts';
import { ZONE_WEIGHT } from './weights.ts';

/** A trigger point's pattern laid out on one side (or both) of the body, ready to score. */
export interface SidedPattern {
  readonly trp: TriggerPoint;
  readonly side: SuggestionSide;
  /** Zone weight per region index: essential 1, spillover 0.5, trigger-point site 0.3, else 0. */
  readonly weight: Float64Array;
  /** 1 where the region is essential, per region index. */
  readonly essential: Uint8Array;
  readonly essentialRegions: readonly RegionId[];
  /** 1 where sources say the pattern does not reach. */
  readonly excluded: Uint8Array;
  /** For a one-sided pattern, 1 for regions on the other side of the body. */
  readonly opposite: Uint8Array;
  /** Spillover regions (not essential, not the site), for the spillover-only recall. */
  readonly spilloverRegions: readonly RegionId[];
}

function layOut(trp: TriggerPoint, sides: readonly Side[], tableSide: SuggestionSide): SidedPattern {
  const weight = new Float64Array(REGION_IDS.length);
  const essential = new Uint8Array(REGION_IDS.length);
  const excluded = new Uint8Array(REGION_IDS.length);
  const essentialRegions = new Set<RegionId>();
  const spilloverRegions = new Set<RegionId>();
  const raise = (id: RegionId, value: number) => {
    const i = regionIndex(id);
    weight[i] = Math.max(weight[i]!, value);
  };
  const { zones } = trp;
  for (const side of sides) {
    for (const name of trp.sitsIn) raise(place(name, side), ZONE_WEIGHT.site);
    const spillovers = [
      ...zones.spillover.map((name) => place(name, side)),
      ...(zones.contralateralSpillover ?? []).map((name) => place(name, otherSide(side))),
    ];
    for (const id of spillovers) {
      raise(id, ZONE_WEIGHT.spillover);
      spilloverRegions.add(id);
    }
    const essentials = [
      ...zones.essential.map((name) => place(name, side)),
      ...(zones.contralateralEssential ?? []).map((name) => place(name, otherSide(side))),
    ];
    for (const id of essentials) {
      raise(id, ZONE_WEIGHT.essential);
      essential[regionIndex(id)] = 1;
      essentialRegions.add(id);
    }
    for (const name of zones.excludes ?? []) excluded[regionIndex(place(name, side))] = 1;
  }
  const opposite = new Uint8Array(REGION_IDS.length);
  if (sides.length === 1) REGION_IDS.forEach((id, i) => (opposite[i] = sideOf(id) === otherSide(sides[0]!) ? 1 : 0));
  return {
    trp,
    side: tableSide,
    weight,
    essential,
    essentialRegions: [...essentialRegions],
    excluded,
    opposite,
    spilloverRegions: [...spilloverRegions].filter((id) => !essentialRegions.has(id)),
  };
}

/** Every trigger point of the library on the left, on the right, and on both sides. */
export function buildPatternTables(muscles: readonly Muscle[]): readonly SidedPattern[] {
  return muscles.flatMap((muscle) => muscle.trps.flatMap((trp) => [layOut(trp, ['L'], 'L'), layOut(trp, ['R'], 'R'), layOut(trp, ['L', 'R'], 'B')]));
}
