import { baseName, sideOf, type RegionId } from './regionIds.ts';

/**
 * Plain-words names for people, with the clinical term in brackets where it helps a
 * therapist. Always shown with the patient's side ("Left belt line (iliac crest)").
 */
const NAMES: Readonly<Record<string, string>> = {
  thoracolumbar_paraspinal: 'lower ribs beside the spine (T10–L1)',
  lumbar_paraspinal_upper: 'low back beside the spine, upper part (L1–L3)',
  lumbar_paraspinal_lower: 'low back beside the spine, at belt level (L4–S1)',
  flank: 'side of the waist (flank)',
  iliac_crest: 'belt line (iliac crest)',
  sij: 'sacroiliac joint (SIJ dimple)',
  sacrum: 'sacrum',
  buttock_upper_medial: 'upper inner buttock',
  buttock_upper_lateral: 'upper outer buttock',
  buttock_lower_medial: 'lower inner buttock (sitting bone)',
  buttock_lower_lateral: 'lower outer buttock (behind the hip)',
  thigh_posterior_upper: 'back of the thigh, upper half',
  thigh_posterior_lower: 'back of the thigh, lower half',
  knee_posterior: 'back of the knee',
  calf: 'calf',
  hip_lateral: 'side of the hip (greater trochanter)',
  thigh_lateral_upper: 'outer thigh, upper half (IT band)',
  thigh_lateral_lower: 'outer thigh, lower half (IT band)',
  knee_lateral: 'outer knee',
  leg_lateral: 'outer lower leg',
  ankle_lateral: 'outer ankle',
  abdomen_upper: 'upper abdomen',
  abdomen_lower: 'lower abdomen',
  asis: 'front hip bone (ASIS)',
  groin: 'groin (inguinal crease)',
  thigh_anterior_upper: 'front of the thigh, upper half',
  thigh_anterior_lower: 'front of the thigh, lower half',
  thigh_medial: 'inner thigh',
  knee_anterior: 'kneecap',
  M_coccyx: 'Tailbone (coccyx)',
  M_head_neck: 'Head and neck',
  upper_back: 'upper back and shoulder blade',
  chest: 'chest',
  arm: 'arm and hand',
  shin: 'shin and inner lower leg',
  foot: 'foot and inner ankle',
};

/** "Left belt line (iliac crest)"; midline regions have no side word. */
export function regionLabel(id: RegionId): string {
  const name = NAMES[baseName(id)]!;
  const side = sideOf(id);
  if (side === undefined) return name;
  return `${side === 'L' ? 'Left' : 'Right'} ${name}`;
}

/** The label without the side word, for lists that are already grouped by side. */
export function regionPlainName(id: RegionId): string {
  const name = NAMES[baseName(id)]!;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Short names for running text ("explains your belt line and sacrum pain"). */
const SHORT: Readonly<Record<string, string>> = {
  thoracolumbar_paraspinal: 'lower ribs beside the spine',
  lumbar_paraspinal_upper: 'upper low back',
  lumbar_paraspinal_lower: 'low back beside the spine',
  flank: 'flank',
  iliac_crest: 'belt line',
  sij: 'sacroiliac joint',
  hip_lateral: 'side of the hip',
  thigh_lateral_upper: 'outer thigh',
  thigh_lateral_lower: 'outer thigh above the knee',
  thigh_posterior_upper: 'back of the thigh',
  thigh_posterior_lower: 'back of the thigh above the knee',
  thigh_anterior_upper: 'front of the thigh',
  thigh_anterior_lower: 'front of the thigh above the knee',
  asis: 'front hip bone',
  groin: 'groin',
  buttock_lower_medial: 'lower inner buttock',
  buttock_lower_lateral: 'lower outer buttock',
  M_coccyx: 'tailbone',
  M_head_neck: 'head and neck',
  upper_back: 'upper back',
  arm: 'arm',
  shin: 'shin',
  foot: 'foot',
};

/** A short name without side, for sentences. */
export function regionShortName(id: RegionId): string {
  const key = baseName(id);
  return SHORT[key] ?? NAMES[key]!;
}
