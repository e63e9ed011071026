/**
 * The body-region vocabulary (../shared/design/regions.md): 70 ids that the atlas, the
 * pattern library, the matcher, saved maps and the command line all speak.
 *
 * Sides are the patient's own: `L_` is the patient's left (+X on the body model), whatever
 * view is on screen. The order of REGION_IDS is the index order baked into the body model's
 * `_REGION` attribute, so it only ever grows at the end.
 */

/** The 29 clinical regions that exist once per side. */
export const SIDED_CLINICAL = [
  'thoracolumbar_paraspinal',
  'lumbar_paraspinal_upper',
  'lumbar_paraspinal_lower',
  'flank',
  'iliac_crest',
  'sij',
  'sacrum',
  'buttock_upper_medial',
  'buttock_upper_lateral',
  'buttock_lower_medial',
  'buttock_lower_lateral',
  'thigh_posterior_upper',
  'thigh_posterior_lower',
  'knee_posterior',
  'calf',
  'hip_lateral',
  'thigh_lateral_upper',
  'thigh_lateral_lower',
  'knee_lateral',
  'leg_lateral',
  'ankle_lateral',
  'abdomen_upper',
  'abdomen_lower',
  'asis',
  'groin',
  'thigh_anterior_upper',
  'thigh_anterior_lower',
  'thigh_medial',
  'knee_anterior',
] as const;

/** Coarse regions for the rest of the body, once per side. */
export const SIDED_COARSE = ['upper_back', 'chest', 'arm', 'shin', 'foot'] as const;

export type SidedRegionName = (typeof SIDED_CLINICAL)[number] | (typeof SIDED_COARSE)[number];
export type Side = 'L' | 'R';

function bothSides<const T extends readonly string[]>(names: T): Array<`L_${T[number]}` | `R_${T[number]}`> {
  return names.flatMap((name) => [`L_${name}`, `R_${name}`] as const);
}

export const REGION_IDS = [...bothSides(SIDED_CLINICAL), 'M_coccyx', 'M_head_neck', ...bothSides(SIDED_COARSE)] as const;

export type RegionId = (typeof REGION_IDS)[number];

const REGION_INDEX: ReadonlyMap<string, number> = new Map(REGION_IDS.map((id, index) => [id, index]));

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && REGION_INDEX.has(value);
}

/** Index of a region in REGION_IDS (the value stored per vertex in the body model). */
export function regionIndex(id: RegionId): number {
  return REGION_INDEX.get(id)!;
}

export function regionAt(index: number): RegionId {
  const id = REGION_IDS[index];
  if (id === undefined) throw new RangeError(`No region has index ${index}`);
  return id;
}

/** 'L', 'R', or undefined for a midline region. */
export function sideOf(id: RegionId): Side | undefined {
  if (id.startsWith('L_')) return 'L';
  if (id.startsWith('R_')) return 'R';
  return undefined;
}

/** The region's name without its side prefix, e.g. 'iliac_crest'. Midline ids keep theirs. */
export function baseName(id: RegionId): string {
  return id.startsWith('M_') ? id : id.slice(2);
}

/** Builds `L_name` / `R_name`; throws for a name that has no sided region. */
export function sidedRegion(side: Side, name: string): RegionId {
  const id = `${side}_${name}`;
  if (!isRegionId(id)) throw new RangeError(`No region ${id}`);
  return id;
}

/** The same place on the other side of the body; midline regions are their own mirror. */
export function mirrorRegion(id: RegionId): RegionId {
  const side = sideOf(id);
  if (side === undefined) return id;
  return sidedRegion(otherSide(side), baseName(id));
}

export function otherSide(side: Side): Side {
  return side === 'L' ? 'R' : 'L';
}
