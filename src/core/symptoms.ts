/**
 * What makes the pain worse (contracts.md §1 symptom ids), with the words the questionnaire uses.
 */
export const SYMPTOM_IDS = [
  'walking',
  'running',
  'stairs',
  'standing_long',
  'sitting_long',
  'sitting_slumped',
  'rising_from_sitting',
  'getting_in_out_of_car',
  'lying_on_back',
  'lying_on_affected_side',
  'turning_in_bed',
  'carrying_load',
  'bending_forward',
  'single_leg_standing',
] as const;

export type SymptomId = (typeof SYMPTOM_IDS)[number];

export const SYMPTOM_LABELS: Readonly<Record<SymptomId, string>> = {
  walking: 'Walking',
  running: 'Running',
  stairs: 'Climbing stairs',
  standing_long: 'Standing for a long time',
  sitting_long: 'Sitting for a long time',
  sitting_slumped: 'Sitting slumped in a chair',
  rising_from_sitting: 'Getting up from a chair',
  getting_in_out_of_car: 'Getting in or out of a car',
  lying_on_back: 'Lying on your back',
  lying_on_affected_side: 'Lying on the side that hurts',
  turning_in_bed: 'Turning over in bed',
  carrying_load: 'Carrying a load',
  bending_forward: 'Bending forward',
  single_leg_standing: 'Standing on one leg',
};

export function isSymptomId(value: unknown): value is SymptomId {
  return typeof value === 'string' && (SYMPTOM_IDS as readonly string[]).includes(value);
}
