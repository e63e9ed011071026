import { gluteusMaximus } from './muscles/gluteus_maximus.ts';
import { gluteusMedius } from './muscles/gluteus_medius.ts';
import { gluteusMinimus } from './muscles/gluteus_minimus.ts';
import { iliocostalisLumborum } from './muscles/iliocostalis_lumborum.ts';
import { iliocostalisThoracis } from './muscles/iliocostalis_thoracis.ts';
import { iliopsoas } from './muscles/iliopsoas.ts';
import { longissimusThoracis } from './muscles/longissimus_thoracis.ts';
import { multifidus } from './muscles/multifidus.ts';
import { piriformis } from './muscles/piriformis.ts';
import { quadratusLumborum } from './muscles/quadratus_lumborum.ts';
import { rectusAbdominis } from './muscles/rectus_abdominis.ts';
import { tensorFasciaeLatae } from './muscles/tensor_fasciae_latae.ts';
import { MUSCLE_IDS, type Muscle, type MuscleId, type TriggerPoint } from './types.ts';

const BY_ID: Readonly<Record<MuscleId, Muscle>> = {
  gluteus_medius: gluteusMedius,
  gluteus_minimus: gluteusMinimus,
  gluteus_maximus: gluteusMaximus,
  piriformis,
  quadratus_lumborum: quadratusLumborum,
  iliopsoas,
  iliocostalis_lumborum: iliocostalisLumborum,
  iliocostalis_thoracis: iliocostalisThoracis,
  longissimus_thoracis: longissimusThoracis,
  multifidus,
  tensor_fasciae_latae: tensorFasciaeLatae,
  rectus_abdominis: rectusAbdominis,
};

/** The pattern library: every muscle, in MUSCLE_IDS order. */
export const MUSCLES: readonly Muscle[] = MUSCLE_IDS.map((id) => BY_ID[id]);

/** Every trigger point of every muscle, in library order. */
export const ALL_TRPS: readonly TriggerPoint[] = MUSCLES.flatMap((muscle) => muscle.trps);

const TRP_BY_ID: ReadonlyMap<string, TriggerPoint> = new Map(ALL_TRPS.map((trp) => [trp.id, trp]));

export function muscleById(id: MuscleId): Muscle {
  return BY_ID[id];
}

export function trpById(id: string): TriggerPoint | undefined {
  return TRP_BY_ID.get(id);
}
