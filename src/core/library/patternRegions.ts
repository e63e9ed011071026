import type { SuggestionSide } from '../matcher/types.ts';
import { otherSide, sidedRegion, type RegionId, type Side } from '../regions/regionIds.ts';
import type { TriggerPoint, ZoneRegion } from './types.ts';

/** A trigger point's zones as real region ids on the body, for one side or both. */
export interface PlacedZones {
  readonly essential: readonly RegionId[];
  /** Spillover zone and the trigger point's own site, minus anything essential. */
  readonly spillover: readonly RegionId[];
  /** Where the marker goes: one point per side, patient's left at +X. */
  readonly markers: readonly (readonly [number, number, number])[];
}

/** A zone's region on one side (the coccyx is on the midline). */
export function place(name: ZoneRegion, side: Side): RegionId {
  return name === 'M_coccyx' ? 'M_coccyx' : sidedRegion(side, name);
}

export function patternRegionsFor(trp: TriggerPoint, side: SuggestionSide): PlacedZones {
  const sides: Side[] = side === 'B' ? ['L', 'R'] : [side];
  const essential = new Set<RegionId>();
  const spillover = new Set<RegionId>();
  for (const s of sides) {
    const other = otherSide(s);
    trp.zones.essential.forEach((n) => essential.add(place(n, s)));
    (trp.zones.contralateralEssential ?? []).forEach((n) => essential.add(place(n, other)));
    trp.zones.spillover.forEach((n) => spillover.add(place(n, s)));
    (trp.zones.contralateralSpillover ?? []).forEach((n) => spillover.add(place(n, other)));
    trp.sitsIn.forEach((n) => spillover.add(place(n, s)));
  }
  const [x, y, z] = trp.marker;
  return {
    essential: [...essential],
    spillover: [...spillover].filter((id) => !essential.has(id)),
    markers: sides.map((s) => [s === 'L' ? x : -x, y, z] as const),
  };
}
