import { RED_FLAGS } from '../library/redFlagData.ts';
import { RED_FLAG_IDS, type RedFlagId } from '../redFlags.ts';
import { baseName, sideOf, type RegionId } from '../regions/regionIds.ts';
import type { DoctorReason } from './types.ts';

/**
 * Regions that count as "the leg" for the both-legs warning: the back of the thigh and
 * everything below the knee, where sciatica-type pain runs (clinical-facts.md §14.1).
 * The front and outer upper thigh are left out: hip pain there is common on both sides.
 */
const LEG_REGIONS: ReadonlySet<string> = new Set([
  'thigh_posterior_upper',
  'thigh_posterior_lower',
  'thigh_lateral_lower',
  'knee_posterior',
  'knee_lateral',
  'calf',
  'leg_lateral',
  'ankle_lateral',
  'shin',
  'foot',
]);

/** Below the knee: gluteus minimus can refer here, and so can a nerve root (§1, §3, §16.3). */
const BELOW_KNEE: ReadonlySet<string> = new Set(['calf', 'leg_lateral', 'ankle_lateral', 'shin', 'foot']);

/** Some marked region lies below the knee, where a nerve root can send pain too. */
export function isBelowKnee(markedRegions: readonly RegionId[]): boolean {
  return markedRegions.some((id) => BELOW_KNEE.has(baseName(id)));
}

export interface DoctorScreen {
  readonly reasons: readonly DoctorReason[];
  readonly nerveCaution: boolean;
}

export function screenForDoctor(markedRegions: readonly RegionId[], redFlags: readonly RedFlagId[]): DoctorScreen {
  const given = new Set(redFlags);
  const reasons: DoctorReason[] = RED_FLAG_IDS.filter((id) => given.has(id)).map((id) => ({ type: 'red_flag', id }));
  const legSides = new Set(markedRegions.filter((id) => LEG_REGIONS.has(baseName(id))).map(sideOf));
  const bothLegs = legSides.has('L') && legSides.has('R');
  if (bothLegs) reasons.push({ type: 'pain_in_both_legs' });
  const nerveCaution = bothLegs || isBelowKnee(markedRegions) || [...given].some((id) => RED_FLAGS[id].neurological);
  return { reasons, nerveCaution };
}
