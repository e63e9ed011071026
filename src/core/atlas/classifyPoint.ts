import { sidedRegion, type RegionId, type Side } from '../regions/regionIds.ts';
import { legAngle, torsoAngle } from './bodyFrame.ts';
import {
  ANKLE,
  ASIS,
  BUTTOCK_MEDIAL_LATERAL_X,
  COSTAL_MARGIN,
  CROTCH_Y,
  ERECTOR_SPINAE_HALF_WIDTH,
  GLUTEAL_FOLD_Y,
  GROIN_DEPTH,
  HIP_LATERAL_BOTTOM_Y,
  HIP_LATERAL_FRONT_ANGLE,
  ILIAC_CREST,
  KNEE,
  MID_THIGH_Y,
  NECK_BASE,
  PSIS,
  PUBIC_TUBERCLE,
  SIJ_LOWER_END,
  SIJ_RADIUS,
  SPINE,
  TROCHANTER_BACK_ANGLE,
  TROCHANTER_TOP_Y,
  UMBILICUS_Y,
} from './landmarks.ts';

/**
 * Which region of regions.md a point on the body's surface belongs to.
 *
 * Regions are laid out by surface landmarks (landmarks.ts). The order of the tests below is
 * the priority where definitions touch: a point in the SIJ capsule is SIJ even though it is
 * also "below the crest", and so on. Every point gets exactly one region.
 *
 * `side` is the patient's side of the point; callers decide it for points on the midline.
 */
export function classifyPoint(x: number, y: number, z: number, side: Side): RegionId {
  const ax = Math.abs(x);
  const region = (name: string) => sidedRegion(side, name);

  if (isHeadOrNeck(y, z)) return 'M_head_neck';
  if (isArm(ax, y)) return region('arm');
  if (y < CROTCH_Y) return region(classifyLeg(ax, y, z));
  return classifyTrunk(ax, y, z, region);
}

function isHeadOrNeck(y: number, z: number): boolean {
  // The neck's base slopes: C7 behind sits higher than the top of the breastbone in front.
  const t = Math.min(Math.max((z + 0.03) / 0.1, 0), 1);
  return y > NECK_BASE.backY + (NECK_BASE.frontY - NECK_BASE.backY) * t;
}

export function isArm(ax: number, y: number): boolean {
  if (y > 1.0) return ax > 0.158 && y < 1.42;
  // Below the waist only the hands reach out this far; the hips stay inside 0.19.
  return ax > 0.3;
}

/** Below the crotch: thigh, knee, lower leg, ankle and foot, by angle around the leg. */
function classifyLeg(ax: number, y: number, z: number): string {
  const angle = legAngle(ax, y, z);
  const front = angle > -40 && angle <= 50;
  const lateral = angle > 50 && angle <= 125;
  const back = angle > 125 || angle <= -140;

  if (y < ANKLE.footTop) return lateral && y > 0.035 && angle < 115 ? 'ankle_lateral' : 'foot';
  if (y < ANKLE.lateralMalleolusTop && lateral) return 'ankle_lateral';
  if (y < ANKLE.medialTop && !back) return 'foot';
  if (y < KNEE.bottom) {
    if (back) return 'calf';
    if (lateral) return 'leg_lateral';
    return 'shin';
  }
  if (y < KNEE.top) {
    if (back) return 'knee_posterior';
    if (lateral) return 'knee_lateral';
    if (front) return 'knee_anterior';
    return y >= KNEE.joint ? 'thigh_medial' : 'shin';
  }
  const upper = y >= MID_THIGH_Y;
  if (back) {
    if (y >= GLUTEAL_FOLD_Y) return ax < BUTTOCK_MEDIAL_LATERAL_X ? 'buttock_lower_medial' : 'buttock_lower_lateral';
    return upper ? 'thigh_posterior_upper' : 'thigh_posterior_lower';
  }
  if (lateral) {
    if (y >= HIP_LATERAL_BOTTOM_Y) return 'hip_lateral';
    return upper ? 'thigh_lateral_upper' : 'thigh_lateral_lower';
  }
  if (front) {
    if (y >= inguinalY(ax) - GROIN_DEPTH) return 'groin';
    return upper ? 'thigh_anterior_upper' : 'thigh_anterior_lower';
  }
  return 'thigh_medial';
}

/** Height of the inguinal ligament line, from the pubic tubercle out to the ASIS. */
function inguinalY(ax: number): number {
  const slope = (ASIS.y - PUBIC_TUBERCLE.y) / (ASIS.x - PUBIC_TUBERCLE.x);
  return PUBIC_TUBERCLE.y + (ax - PUBIC_TUBERCLE.x) * slope;
}

/** Height of the iliac crest at an angle around the torso (0 back, 90 side, 180 front). */
export function crestY(angle: number): number {
  if (angle <= 90) {
    const t = Math.max(0, (angle - ILIAC_CREST.psisAngle) / (90 - ILIAC_CREST.psisAngle));
    return PSIS.y + (ILIAC_CREST.topY - PSIS.y) * Math.sin((t * Math.PI) / 2);
  }
  const t = Math.min(1, (angle - 90) / (ASIS.angle - 90));
  return ILIAC_CREST.topY - (ILIAC_CREST.topY - ASIS.y) * t * t;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + dx * t), py - (ay + dy * t));
}

/** Half-width of the sacrum: between the PSIS at its top, narrowing to the coccyx. */
function sacrumHalfWidth(y: number): number {
  const t = (y - SPINE.sacrococcygeal) / (SPINE.sacralBase - SPINE.sacrococcygeal);
  return 0.016 + (PSIS.x + 0.004 - 0.016) * Math.min(1, Math.max(0, t));
}

function classifyTrunk(ax: number, y: number, z: number, region: (name: string) => RegionId): RegionId {
  const angle = torsoAngle(ax, y, z);
  const onBack = angle < 90;
  const crest = crestY(angle);
  const inCrestBand = Math.abs(y - crest) <= ILIAC_CREST.halfBand;

  if (onBack) {
    if (y >= SPINE.T10) return region('upper_back');
    if (y > crest + ILIAC_CREST.halfBand || (angle < ILIAC_CREST.psisAngle && y >= SPINE.sacralBase)) {
      if (ax > ERECTOR_SPINAE_HALF_WIDTH) return region('flank');
      if (y >= SPINE.L1) return region('thoracolumbar_paraspinal');
      if (y >= SPINE.L3L4) return region('lumbar_paraspinal_upper');
      return region('lumbar_paraspinal_lower');
    }
    if (distanceToSegment(ax, y, PSIS.x, PSIS.y, SIJ_LOWER_END.x, SIJ_LOWER_END.y) <= SIJ_RADIUS) return region('sij');
    if (inCrestBand && angle >= ILIAC_CREST.psisAngle) return region('iliac_crest');
    if (y >= SPINE.sacrococcygeal && ax <= sacrumHalfWidth(y)) return region('sacrum');
    if (y >= SPINE.coccyxTip && y < SPINE.sacrococcygeal && ax <= 0.016) return 'M_coccyx';
    if (angle >= TROCHANTER_BACK_ANGLE) {
      return y >= HIP_LATERAL_BOTTOM_Y ? region('hip_lateral') : region('thigh_lateral_upper');
    }
    if (y < GLUTEAL_FOLD_Y) return region('thigh_posterior_upper');
    const upper = y >= TROCHANTER_TOP_Y;
    const medial = ax < BUTTOCK_MEDIAL_LATERAL_X;
    return region(`buttock_${upper ? 'upper' : 'lower'}_${medial ? 'medial' : 'lateral'}`);
  }

  // Front half.
  const costalY = COSTAL_MARGIN.midlineY + (COSTAL_MARGIN.sideY - COSTAL_MARGIN.midlineY) * Math.min(1, ax / 0.13);
  if (y >= costalY) return region('chest');
  if (y > crest + ILIAC_CREST.halfBand || angle > ASIS.angle + 10) {
    if (y >= UMBILICUS_Y) return region('abdomen_upper');
    if (y >= inguinalY(ax)) return region('abdomen_lower');
  }
  const nearAsis = Math.hypot(ax - ASIS.x, y - ASIS.y) <= ASIS.radius;
  // In front of the mid-axillary line the crest band is the front of the hip bone.
  if (nearAsis || inCrestBand) return region('asis');
  if (angle < HIP_LATERAL_FRONT_ANGLE) {
    return y >= HIP_LATERAL_BOTTOM_Y ? region('hip_lateral') : region('thigh_lateral_upper');
  }
  if (y >= inguinalY(ax) - GROIN_DEPTH || ax < PUBIC_TUBERCLE.x + 0.01) return region('groin');
  return region('thigh_anterior_upper');
}
