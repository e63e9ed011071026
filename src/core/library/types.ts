import type { SidedRegionName } from '../regions/regionIds.ts';
import type { SymptomId } from '../symptoms.ts';
import type { SourceKey } from './sources.ts';

/**
 * The pattern library's types. Zones are written side-relative (the trigger point's own side),
 * with region names without their L_/R_ prefix; `M_coccyx` is the one midline region used.
 */
export type ZoneRegion = SidedRegionName | 'M_coccyx';

export const MUSCLE_IDS = [
  'gluteus_medius',
  'gluteus_minimus',
  'gluteus_maximus',
  'piriformis',
  'quadratus_lumborum',
  'iliopsoas',
  'iliocostalis_lumborum',
  'iliocostalis_thoracis',
  'longissimus_thoracis',
  'multifidus',
  'tensor_fasciae_latae',
  'rectus_abdominis',
] as const;

export type MuscleId = (typeof MUSCLE_IDS)[number];

/** `<muscle>.<name>`, e.g. `gluteus_medius.trp1`. */
export type TrpId = `${MuscleId}.${string}`;

/** A statement for people to read, with where it comes from. */
export interface SourcedText {
  readonly text: string;
  readonly sources: readonly SourceKey[];
  /** Set when sources disagree or the statement is our own inference; says why. */
  readonly uncertain?: string;
}

export interface SourcedRange {
  readonly min: number;
  readonly max: number;
  readonly sources: readonly SourceKey[];
  readonly uncertain?: string;
}

export interface ReferralZones {
  /** Where (nearly) everyone with this trigger point feels the pain. */
  readonly essential: readonly ZoneRegion[];
  /** Where some people feel it too. */
  readonly spillover: readonly ZoneRegion[];
  /** Zones on the other side of the body, only where sources say so. */
  readonly contralateralEssential?: readonly ZoneRegion[];
  readonly contralateralSpillover?: readonly ZoneRegion[];
  /** Regions sources say this pattern does not reach (e.g. the coccyx for gluteus maximus TrP2). */
  readonly excludes?: readonly ZoneRegion[];
  readonly sources: readonly SourceKey[];
  readonly uncertain?: string;
}

export interface TriggerPoint {
  readonly id: TrpId;
  readonly muscle: MuscleId;
  /** Short name shown in lists, e.g. "TrP1 (back of the crest)". */
  readonly name: string;
  /** Where it lies, in plain words with landmarks a person can find. */
  readonly location: SourcedText;
  /**
   * Marker position on the patient's LEFT side of the body model (metres, model frame: Y up,
   * facing +Z, left at +X), on the skin over the trigger point. The right side mirrors x.
   */
  readonly marker: readonly [number, number, number];
  /** Region(s) the trigger point itself sits in. */
  readonly sitsIn: readonly ZoneRegion[];
  readonly zones: ReferralZones;
  /** 'same_side' unless sources say the pain also reaches the other side. */
  readonly sideRule: 'same_side' | 'both_sides';
  /** Signs that tell this trigger point apart from its look-alikes. */
  readonly cues: readonly SourcedText[];
  /** Activities that make this pain worse, by symptom id (contracts.md). */
  readonly symptoms: readonly { readonly id: SymptomId; readonly sources: readonly SourceKey[] }[];
  /** How often it is found relative to the muscle's other trigger points, where sources say. */
  readonly frequency?: { readonly value: 'most_common' | 'common' | 'least_common'; readonly sources: readonly SourceKey[] };
  /** Whether a ball or fingers reach it through skin and fat ('superficial'), through other muscle ('deep'), or through the belly ('abdominal'). */
  readonly depth: 'superficial' | 'deep' | 'abdominal';
}

export interface Muscle {
  readonly id: MuscleId;
  /** "Gluteus medius". */
  readonly name: string;
  /** Where it is and what it does, in one or two plain sentences. */
  readonly summary: SourcedText;
  /** Share of people with low back pain found with active trigger points here, in percent. */
  readonly prevalence?: SourcedRange;
  readonly trps: readonly TriggerPoint[];
}

/** How to release a trigger point with pressure. */
export interface ReleaseDose {
  /** "A tennis ball or a lacrosse ball". */
  readonly tool: SourcedText;
  /** Where the person is: against a wall, lying on the floor, side-lying... */
  readonly position: SourcedText;
  /** Highest discomfort to aim for on a 0–10 scale. */
  readonly discomfortMax: { readonly value: number; readonly sources: readonly SourceKey[]; readonly uncertain?: string };
  readonly holdSeconds: SourcedRange;
  /** How many spots, strokes or holds per session. */
  readonly repetitions: SourcedText;
  readonly sessionsPerDay: SourcedRange;
}

export interface Stretch {
  readonly name: string;
  /** Numbered steps, in order. */
  readonly steps: readonly string[];
  readonly holdSeconds: SourcedRange;
  readonly sources: readonly SourceKey[];
  readonly caution?: SourcedText;
}

export interface GuideSection {
  readonly trp: TrpId;
  /** How to find it: landmarks, in order. */
  readonly find: readonly SourcedText[];
  /** Where the ball goes for this trigger point (or, with `noBall`, why none does and what instead). */
  readonly placement: SourcedText;
  /** No ball or pressing on this spot (our safety rule, said in `placement`): the guide leads with the stretches. */
  readonly noBall?: true;
}

export interface Guide {
  readonly muscle: MuscleId;
  /** Where the person works, for the title: "release guide for your LEFT hip". */
  readonly area: string;
  /** Gluteus medius is written in full depth; others are complete but shorter. */
  readonly depth: 'full' | 'short';
  readonly intro: SourcedText;
  readonly sections: readonly GuideSection[];
  readonly release: ReleaseDose;
  readonly stretches: readonly Stretch[];
  readonly aggravators: readonly SourcedText[];
  readonly perpetuators: readonly SourcedText[];
  readonly dailyLife: readonly SourcedText[];
  /** Stop at once if... */
  readonly stopIf: readonly SourcedText[];
  /** See a professional instead if... */
  readonly seeAProfessional: readonly SourcedText[];
  /** Muscle-specific cautions (e.g. pressing over the belly). */
  readonly cautions: readonly SourcedText[];
  /** What release can and cannot be expected to do. */
  readonly expectations: SourcedText;
}
