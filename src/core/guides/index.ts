import { MUSCLE_IDS, type Guide, type MuscleId } from '../library/types.ts';
import { gluteusMaximusGuide } from './gluteus_maximus.ts';
import { gluteusMediusGuide } from './gluteus_medius.ts';
import { gluteusMinimusGuide } from './gluteus_minimus.ts';
import { iliocostalisLumborumGuide } from './iliocostalis_lumborum.ts';
import { iliocostalisThoracisGuide } from './iliocostalis_thoracis.ts';
import { iliopsoasGuide } from './iliopsoas.ts';
import { longissimusThoracisGuide } from './longissimus_thoracis.ts';
import { multifidusGuide } from './multifidus.ts';
import { piriformisGuide } from './piriformis.ts';
import { quadratusLumborumGuide } from './quadratus_lumborum.ts';
import { rectusAbdominisGuide } from './rectus_abdominis.ts';
import { tensorFasciaeLataeGuide } from './tensor_fasciae_latae.ts';

const BY_MUSCLE: Readonly<Record<MuscleId, Guide>> = {
  gluteus_medius: gluteusMediusGuide,
  gluteus_minimus: gluteusMinimusGuide,
  gluteus_maximus: gluteusMaximusGuide,
  piriformis: piriformisGuide,
  quadratus_lumborum: quadratusLumborumGuide,
  iliopsoas: iliopsoasGuide,
  iliocostalis_lumborum: iliocostalisLumborumGuide,
  iliocostalis_thoracis: iliocostalisThoracisGuide,
  longissimus_thoracis: longissimusThoracisGuide,
  multifidus: multifidusGuide,
  tensor_fasciae_latae: tensorFasciaeLataeGuide,
  rectus_abdominis: rectusAbdominisGuide,
};

/** One release guide per muscle, in MUSCLE_IDS order. */
export const GUIDES: readonly Guide[] = MUSCLE_IDS.map((id) => BY_MUSCLE[id]);

export function guideFor(muscle: MuscleId): Guide {
  return BY_MUSCLE[muscle];
}
