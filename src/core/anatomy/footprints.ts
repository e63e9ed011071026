import { ASIS, PSIS, PUBIC_TUBERCLE, SPINE, TROCHANTER_TOP_Y, UMBILICUS_Y } from '../atlas/landmarks.ts';
import type { MuscleId } from '../library/types.ts';
import { FOOTPRINT_NOTES, type FootprintNote } from './footprintNotes.ts';
import { aroundThigh, aroundTorso, onBack, onCrest, onFront, type ChartKind, type ChartPoint } from './surfaceChart.ts';

/**
 * Where each muscle of the library lies under the skin, from origin to insertion: its
 * footprint on the body's surface, drawn when a suggestion or guide about it is open.
 *
 * Outlines are built from the surface landmarks of the region atlas (landmarks.ts) plus a
 * few more below, on the patient's left; the right side mirrors them. They are a surface
 * projection of the muscle as anatomy texts draw it, approximate as surface anatomy always
 * is, and were checked by eye on renders (docs/footprints/).
 */
export interface FootprintPart {
  readonly chart: ChartKind;
  readonly outline: readonly ChartPoint[];
}

export interface Footprint extends FootprintNote {
  readonly muscle: MuscleId;
  readonly parts: readonly FootprintPart[];
}

// ---- Landmarks the region atlas does not need (this body, metres; approximate) ----

/** Vertebral levels between those of the atlas, spaced evenly. */
const T12_Y = SPINE.L1 + (SPINE.T10 - SPINE.L1) / 3;
const L5_Y = SPINE.sacralBase + 0.015;
/** The twelfth rib slopes down and out from T12 to its free tip beside the waist. */
const RIB12_TIP = { x: 0.095, y: 1.095 } as const;
/** Angles of the upper ribs, where the back muscles' outer column ends (about T2–T6). */
const UPPER_RIBS_Y = 1.36;
/** Xiphoid (bottom of the breastbone) and the 5th–7th costal cartilages beside it. */
const XIPHOID_Y = 1.245;
const RIB5_CARTILAGE = { x: 0.075, y: 1.29 } as const;
/** Greater trochanter: its top is level with the hip joint; its outer face is below and behind the side line. */
const TROCHANTER = { frontAngle: 103, backAngle: 76, lowY: 0.83 } as const;
/** Midpoint of the inguinal ligament, where psoas and iliacus pass into the thigh. */
const MID_INGUINAL = { x: (ASIS.x + PUBIC_TUBERCLE.x) / 2, y: (ASIS.y + PUBIC_TUBERCLE.y) / 2 } as const;

const torso = (...outline: ChartPoint[]): FootprintPart => ({ chart: 'torso', outline });
const thigh = (...outline: ChartPoint[]): FootprintPart => ({ chart: 'leg', outline });

export const FOOTPRINTS: Readonly<Record<MuscleId, Footprint>> = {
  gluteus_maximus: {
    muscle: 'gluteus_maximus',
    ...FOOTPRINT_NOTES.gluteus_maximus,
    parts: [
      torso(
        onBack(PSIS.x - 0.012, PSIS.y + 0.012),
        onCrest(30, 0.004),
        aroundTorso(55, 0.925),
        aroundTorso(80, TROCHANTER_TOP_Y + 0.012),
        aroundTorso(94, TROCHANTER_TOP_Y - 0.02),
        aroundTorso(96, 0.75),
        onBack(0.02, 0.75),
        onBack(0.014, SPINE.coccyxTip),
        onBack(0.02, SPINE.sacrococcygeal + 0.01),
      ),
      // Below the crotch: the lower fibres pass over the outer thigh into the band there and the gluteal tuberosity.
      thigh(
        aroundThigh(86, 0.8),
        aroundThigh(96, 0.7),
        aroundThigh(140, 0.69),
        aroundThigh(190, 0.74),
        aroundThigh(232, 0.77),
        aroundThigh(240, 0.8),
      ),
    ],
  },
  gluteus_medius: {
    muscle: 'gluteus_medius',
    ...FOOTPRINT_NOTES.gluteus_medius,
    parts: [
      torso(
        onCrest(22, -0.004),
        onCrest(35, -0.004),
        onCrest(45, -0.004),
        onCrest(60, -0.004),
        onCrest(75, -0.004),
        onCrest(90, -0.004),
        onCrest(105, -0.004),
        onCrest(120, -0.004),
        aroundTorso(113, 0.9),
        aroundTorso(TROCHANTER.frontAngle, TROCHANTER_TOP_Y - 0.01),
        aroundTorso(92, TROCHANTER.lowY),
        aroundTorso(TROCHANTER.backAngle, TROCHANTER.lowY + 0.01),
        aroundTorso(68, TROCHANTER_TOP_Y + 0.01),
        aroundTorso(44, 0.915),
        aroundTorso(28, 0.945),
      ),
    ],
  },
  gluteus_minimus: {
    muscle: 'gluteus_minimus',
    ...FOOTPRINT_NOTES.gluteus_minimus,
    parts: [
      torso(
        onCrest(46, -0.035),
        onCrest(65, -0.03),
        onCrest(80, -0.025),
        onCrest(100, -0.022),
        onCrest(120, -0.018),
        aroundTorso(116, 0.9),
        aroundTorso(TROCHANTER.frontAngle + 2, TROCHANTER_TOP_Y - 0.012),
        aroundTorso(94, TROCHANTER.lowY + 0.008),
        aroundTorso(84, TROCHANTER_TOP_Y - 0.008),
        aroundTorso(66, 0.874),
        aroundTorso(50, 0.888),
        aroundTorso(44, 0.91),
      ),
    ],
  },
  piriformis: {
    muscle: 'piriformis',
    ...FOOTPRINT_NOTES.piriformis,
    parts: [
      // From the sacrum's edge at S2–S4 (the PSIS is at about S2) to the top of the trochanter. Its
      // lower border follows the line from midway between the PSIS and the coccyx tip to the trochanter's top.
      torso(
        onBack(PSIS.x - 0.01, PSIS.y - 0.01),
        aroundTorso(58, 0.905),
        aroundTorso(TROCHANTER.backAngle + 4, TROCHANTER_TOP_Y + 0.012),
        aroundTorso(TROCHANTER.backAngle + 8, TROCHANTER_TOP_Y - 0.006),
        aroundTorso(58, 0.872),
        onBack(0.02, (PSIS.y + SPINE.coccyxTip) / 2),
      ),
    ],
  },
  tensor_fasciae_latae: {
    muscle: 'tensor_fasciae_latae',
    ...FOOTPRINT_NOTES.tensor_fasciae_latae,
    parts: [
      torso(
        onCrest(118, -0.002),
        aroundTorso(ASIS.angle + 2, ASIS.y + 0.005),
        aroundTorso(134, 0.87),
        aroundTorso(126, 0.75),
        aroundTorso(98, 0.75),
        aroundTorso(100, 0.84),
        aroundTorso(105, 0.9),
      ),
      // The belly ends about a third of the way down the thigh, where the band carries on alone.
      thigh(aroundThigh(60, 0.8), aroundThigh(58, 0.76), aroundThigh(66, 0.725), aroundThigh(82, 0.72), aroundThigh(86, 0.8)),
    ],
  },
  iliopsoas: {
    muscle: 'iliopsoas',
    ...FOOTPRINT_NOTES.iliopsoas,
    parts: [
      torso(
        onFront(0.022, SPINE.L1),
        onFront(0.055, SPINE.L1),
        onFront(0.075, 1.03),
        // Iliacus fills the inside of the hip bone's wing, out to just inside the ASIS.
        onFront(0.112, 0.99),
        onFront(ASIS.x + 0.002, ASIS.y + 0.012),
        onFront(ASIS.x - 0.01, MID_INGUINAL.y - 0.01),
        // Below the inguinal ligament, over the front of the hip joint about 6.5–11 cm from the
        // midline. Where the thighs begin the torso is no ellipse, so these are angles measured
        // on the body's surface there rather than distances from the midline.
        aroundTorso(146, 0.85),
        aroundTorso(151, 0.82),
        aroundTorso(162, 0.78),
        aroundTorso(162, 0.75),
        aroundTorso(170, 0.75),
        aroundTorso(168, 0.78),
        aroundTorso(161, 0.82),
        aroundTorso(160, MID_INGUINAL.y - 0.03),
        onFront(0.04, 0.95),
        onFront(0.028, UMBILICUS_Y),
      ),
      // Past the groin it turns inward and back to the lesser trochanter.
      thigh(aroundThigh(-26, 0.8), aroundThigh(-30, 0.75), aroundThigh(-14, 0.735), aroundThigh(2, 0.75), aroundThigh(6, 0.8)),
    ],
  },
  quadratus_lumborum: {
    muscle: 'quadratus_lumborum',
    ...FOOTPRINT_NOTES.quadratus_lumborum,
    parts: [
      torso(
        onBack(0.035, T12_Y),
        onBack(0.062, T12_Y - 0.008),
        onBack(RIB12_TIP.x, RIB12_TIP.y),
        onBack(0.108, 1.05),
        onCrest(52, 0.004),
        onCrest(40, 0.004),
        onCrest(28, 0.004),
        onBack(0.04, L5_Y),
        onBack(0.035, 1.04),
      ),
    ],
  },
  iliocostalis_lumborum: {
    muscle: 'iliocostalis_lumborum',
    ...FOOTPRINT_NOTES.iliocostalis_lumborum,
    parts: [
      torso(
        onBack(0.05, 1.25),
        onBack(0.077, 1.25),
        onBack(0.085, 1.12),
        onBack(0.082, 1.03),
        onCrest(34, 0.003),
        onBack(PSIS.x + 0.004, PSIS.y + 0.02),
        onBack(0.045, 1.05),
        onBack(0.05, 1.15),
      ),
    ],
  },
  iliocostalis_thoracis: {
    muscle: 'iliocostalis_thoracis',
    ...FOOTPRINT_NOTES.iliocostalis_thoracis,
    parts: [
      torso(
        onBack(0.05, UPPER_RIBS_Y),
        onBack(0.072, UPPER_RIBS_Y),
        onBack(0.085, 1.25),
        onBack(0.086, 1.11),
        onBack(0.054, 1.11),
        onBack(0.05, 1.25),
      ),
    ],
  },
  longissimus_thoracis: {
    muscle: 'longissimus_thoracis',
    ...FOOTPRINT_NOTES.longissimus_thoracis,
    parts: [
      torso(
        onBack(0.02, UPPER_RIBS_Y),
        onBack(0.045, UPPER_RIBS_Y),
        onBack(0.05, 1.2),
        onBack(0.055, 1.06),
        onBack(0.05, 0.985),
        onBack(0.034, SPINE.sacrococcygeal + 0.04),
        onBack(0.02, SPINE.sacrococcygeal + 0.045),
        onBack(0.02, 1.06),
        onBack(0.018, 1.2),
      ),
    ],
  },
  multifidus: {
    muscle: 'multifidus',
    ...FOOTPRINT_NOTES.multifidus,
    parts: [
      torso(
        onBack(0.005, SPINE.T10 - 0.03),
        onBack(0.022, SPINE.T10 - 0.03),
        onBack(0.028, SPINE.L3L4),
        onBack(PSIS.x - 0.004, PSIS.y + 0.005),
        onBack(0.034, SPINE.sacrococcygeal + 0.025),
        onBack(0.016, SPINE.sacrococcygeal + 0.005),
        onBack(0.005, SPINE.sacrococcygeal + 0.005),
      ),
    ],
  },
  rectus_abdominis: {
    muscle: 'rectus_abdominis',
    ...FOOTPRINT_NOTES.rectus_abdominis,
    parts: [
      torso(
        onFront(-0.002, XIPHOID_Y),
        onFront(0.04, RIB5_CARTILAGE.y - 0.012),
        onFront(RIB5_CARTILAGE.x, RIB5_CARTILAGE.y),
        onFront(0.086, 1.2),
        onFront(0.082, 1.06),
        onFront(0.068, 0.95),
        onFront(PUBIC_TUBERCLE.x + 0.01, PUBIC_TUBERCLE.y + 0.005),
        onFront(-0.002, PUBIC_TUBERCLE.y + 0.005),
      ),
    ],
  },
};

export function footprintOf(muscle: MuscleId): Footprint {
  return FOOTPRINTS[muscle];
}
