import { SIDED_CLINICAL, SIDED_COARSE, sidedRegion, type RegionId, type Side } from './regionIds.ts';

type SidedName = (typeof SIDED_CLINICAL)[number] | (typeof SIDED_COARSE)[number];

export interface RegionGroup {
  readonly id: string;
  readonly title: string;
  /** Region names in the order a person scans the body, top to bottom. */
  readonly names: readonly SidedName[];
  /** Midline regions shown with this group. */
  readonly midline: readonly RegionId[];
}

/** Areas for the region picker, the accessible way to mark pain without the 3D body. */
export const REGION_GROUPS: readonly RegionGroup[] = [
  {
    id: 'low-back',
    title: 'Low back',
    names: ['thoracolumbar_paraspinal', 'lumbar_paraspinal_upper', 'lumbar_paraspinal_lower', 'flank', 'iliac_crest'],
    midline: [],
  },
  {
    id: 'pelvis-buttock',
    title: 'Sacrum and buttock',
    names: ['sij', 'sacrum', 'buttock_upper_medial', 'buttock_upper_lateral', 'buttock_lower_medial', 'buttock_lower_lateral'],
    midline: ['M_coccyx'],
  },
  {
    id: 'hip-thigh',
    title: 'Hip and thigh',
    names: [
      'hip_lateral',
      'thigh_lateral_upper',
      'thigh_lateral_lower',
      'thigh_posterior_upper',
      'thigh_posterior_lower',
      'thigh_anterior_upper',
      'thigh_anterior_lower',
      'thigh_medial',
    ],
    midline: [],
  },
  {
    id: 'knee-leg',
    title: 'Knee, leg and foot',
    names: ['knee_anterior', 'knee_lateral', 'knee_posterior', 'calf', 'leg_lateral', 'ankle_lateral', 'shin', 'foot'],
    midline: [],
  },
  {
    id: 'front',
    title: 'Abdomen and groin',
    names: ['abdomen_upper', 'abdomen_lower', 'asis', 'groin'],
    midline: [],
  },
  {
    id: 'rest',
    title: 'Rest of the body',
    names: ['upper_back', 'chest', 'arm'],
    midline: ['M_head_neck'],
  },
];

export function groupRegions(group: RegionGroup, side: Side): RegionId[] {
  return group.names.map((name) => sidedRegion(side, name));
}
