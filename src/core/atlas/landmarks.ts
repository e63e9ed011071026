/**
 * Surface landmarks of MakeHuman's default human (the body in public/models/body.glb),
 * in the model's own frame: metres, Y up, facing +Z, patient's left at +X, feet at y≈0.
 *
 * The mesh has no bony landmarks of its own, so these were placed by measuring its surface
 * (slices, depth maps) against surface anatomy and checked by eye on renders (docs/atlas-*.png):
 * - the waist is narrowest at y≈1.065 and the umbilicus (a shallow dimple) sits at y≈1.022;
 *   the top of the iliac crest is a little below it, at about L4;
 * - the visible top of the gluteal cleft is at y≈0.945, so the PSIS dimples go just above and
 *   to either side of it, at about S2;
 * - the buttocks bulge most at y≈0.87, the level of the hip joints and so of the top of the
 *   greater trochanter; the gluteal fold is at y≈0.77 and the crotch at y≈0.775.
 * Vertebral levels follow from spacing the spine between the crest (L4) and C7 (y≈1.41).
 * All values are for this one body and are approximate, as surface anatomy always is.
 */

/** Heights on the back midline, by vertebral level. */
export const SPINE = {
  T10: 1.19,
  L1: 1.105,
  /** Between L3 and L4: where the belt-line region begins. */
  L3L4: 1.025,
  /** Top of the sacrum (S1). */
  sacralBase: 0.975,
  /** Sacrococcygeal junction, inside the upper gluteal cleft. */
  sacrococcygeal: 0.895,
  /** Tip of the coccyx. */
  coccyxTip: 0.855,
} as const;

/** Lateral edge of the erector spinae, measured from the midline. */
export const ERECTOR_SPINAE_HALF_WIDTH = 0.065;

/** Posterior superior iliac spine: the dimple beside the top of the sacrum. */
export const PSIS = { x: 0.044, y: 0.955 } as const;
/** The sacroiliac joint line runs from the PSIS down and slightly inward. */
export const SIJ_LOWER_END = { x: 0.035, y: 0.915 } as const;
export const SIJ_RADIUS = 0.016;

/** Iliac crest: rises from the PSIS to its top at the mid-axillary line, falls to the ASIS. */
export const ILIAC_CREST = {
  psisAngle: 16,
  topY: 1.005,
  /** Half the height of the crest band (regions.md: a band about 3 cm high). */
  halfBand: 0.015,
} as const;

/** Anterior superior iliac spine, the front hip bone. */
export const ASIS = { x: 0.115, y: 0.935, angle: 138, radius: 0.03 } as const;
/** Pubic tubercle: the inner end of the inguinal ligament. */
export const PUBIC_TUBERCLE = { x: 0.025, y: 0.845 } as const;
/** The groin band reaches this far below the inguinal line (crease and femoral triangle). */
export const GROIN_DEPTH = 0.06;

export const UMBILICUS_Y = 1.022;
/** Costal margin: from the xiphoid on the midline down to the lowest ribs at the side. */
export const COSTAL_MARGIN = { midlineY: 1.24, sideY: 1.1 } as const;

/** Top of the greater trochanter, level with the hip joint centre: splits the buttock. */
export const TROCHANTER_TOP_Y = 0.865;
/** Back edge of the trochanter, as an angle around the torso (0 back, 90 side, 180 front). */
export const TROCHANTER_BACK_ANGLE = 66;
/** Front edge of the side-of-hip region. */
export const HIP_LATERAL_FRONT_ANGLE = 114;
/** Halfway between the gluteal cleft and the back edge of the trochanter. */
export const BUTTOCK_MEDIAL_LATERAL_X = 0.078;
/** The side-of-hip region reaches about 5 cm below the trochanter. */
export const HIP_LATERAL_BOTTOM_Y = 0.75;

export const GLUTEAL_FOLD_Y = 0.77;
export const CROTCH_Y = 0.775;

export const MID_THIGH_Y = 0.64;
export const KNEE = { top: 0.53, joint: 0.475, bottom: 0.425 } as const;
export const ANKLE = { lateralMalleolusTop: 0.105, footTop: 0.085, medialTop: 0.1 } as const;

/** Base of the neck: C7 behind, the top of the breastbone in front. */
export const NECK_BASE = { backY: 1.405, frontY: 1.37 } as const;

/**
 * Torso cross-sections: [y, half-width, back z, front z, z of the mid-axillary line].
 * Used to turn a point into an angle around the torso.
 */
export const TORSO_SECTIONS: ReadonlyArray<readonly [number, number, number, number, number]> = [
  [0.74, 0.187, -0.01, 0.07, 0.035],
  [0.78, 0.182, -0.036, 0.08, 0.035],
  [0.82, 0.175, -0.077, 0.105, 0.03],
  [0.86, 0.165, -0.091, 0.121, 0.035],
  [0.9, 0.155, -0.085, 0.128, 0.035],
  [0.94, 0.148, -0.07, 0.134, 0.037],
  [0.98, 0.141, -0.051, 0.139, 0.039],
  [1.02, 0.131, -0.041, 0.135, 0.045],
  [1.06, 0.124, -0.038, 0.137, 0.05],
  [1.1, 0.128, -0.04, 0.139, 0.05],
  [1.14, 0.132, -0.045, 0.14, 0.042],
  [1.18, 0.141, -0.048, 0.139, 0.042],
  [1.22, 0.154, -0.057, 0.136, 0.035],
  [1.26, 0.168, -0.061, 0.124, 0.035],
  [1.3, 0.167, -0.059, 0.109, 0.03],
  [1.34, 0.17, -0.052, 0.088, 0.02],
  [1.38, 0.154, -0.04, 0.069, 0.015],
  [1.42, 0.063, -0.025, 0.08, 0.02],
];

/** Centre of the left leg's cross-section by height: [y, x, z]. The right leg mirrors it. */
export const LEG_AXIS: ReadonlyArray<readonly [number, number, number]> = [
  [0.0, 0.187, 0.03],
  [0.08, 0.185, 0.026],
  [0.11, 0.185, 0.018],
  [0.15, 0.182, 0.014],
  [0.2, 0.177, 0.011],
  [0.25, 0.172, 0.009],
  [0.3, 0.167, 0.007],
  [0.35, 0.164, 0.007],
  [0.4, 0.159, 0.011],
  [0.45, 0.148, 0.024],
  [0.475, 0.14, 0.034],
  [0.5, 0.133, 0.041],
  [0.55, 0.126, 0.043],
  [0.6, 0.119, 0.044],
  [0.65, 0.114, 0.046],
  [0.7, 0.108, 0.045],
  [0.74, 0.102, 0.04],
  [0.8, 0.1, 0.03],
  [0.9, 0.1, 0.02],
];
