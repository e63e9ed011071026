import { beforeAll, describe, expect, it } from 'vitest';
import { loadBodyFile } from '../../src/body/loadBodyFile.ts';
import { FOOTPRINTS } from '../../src/core/anatomy/footprints.ts';
import { footprintWeights, type FootprintSide } from '../../src/core/anatomy/footprintWeights.ts';
import { ASIS, PSIS, TROCHANTER_TOP_Y } from '../../src/core/atlas/landmarks.ts';
import { MUSCLES } from '../../src/core/library/index.ts';
import { SOURCES } from '../../src/core/library/sources.ts';
import type { MuscleId } from '../../src/core/library/types.ts';
import { regionAt, type RegionId } from '../../src/core/regions/regionIds.ts';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';

let body: BodyMesh;
beforeAll(async () => {
  body = await loadBodyFile();
});

/** Skin area of each region, m². */
function regionAreas(): Map<RegionId, number> {
  const areas = new Map<RegionId, number>();
  for (let v = 0; v < body.vertexCount; v++) {
    const id = regionAt(body.regions[v]!);
    areas.set(id, (areas.get(id) ?? 0) + body.areas[v]!);
  }
  return areas;
}

/** What a person sees as the muscle: the skin where the tint is at least half strength. */
interface Coverage {
  /** Area under the footprint, m². */
  readonly area: number;
  /** Share of each region's skin the footprint covers. */
  readonly ofRegion: (id: RegionId) => number;
  /** Share of the footprint's area that lies in the given regions. */
  readonly within: (ids: readonly RegionId[]) => number;
  /** Area-weighted centre of the footprint. */
  readonly centre: { readonly x: number; readonly y: number; readonly z: number };
  /** Share of the footprint's area on its own side of the body or on the midline (x ≥ 0 for the left). */
  readonly onOwnSide: number;
  readonly weights: Float32Array;
}

const coverageCache = new Map<string, Coverage>();
function coverage(muscle: MuscleId, side: FootprintSide = 'left'): Coverage {
  const key = `${muscle}:${side}`;
  const cached = coverageCache.get(key);
  if (cached) return cached;
  const weights = footprintWeights(muscle, side, body.positions);
  const inRegion = new Map<RegionId, number>();
  let area = 0;
  let cx = 0;
  let cy = 0;
  let cz = 0;
  let ownSideArea = 0;
  const ownSign = side === 'right' ? -1 : 1;
  for (let v = 0; v < body.vertexCount; v++) {
    if (weights[v]! < 0.5) continue;
    const a = body.areas[v]!;
    const id = regionAt(body.regions[v]!);
    inRegion.set(id, (inRegion.get(id) ?? 0) + a);
    area += a;
    cx += a * body.positions[3 * v]!;
    cy += a * body.positions[3 * v + 1]!;
    cz += a * body.positions[3 * v + 2]!;
    if (ownSign * body.positions[3 * v]! >= 0) ownSideArea += a;
  }
  const totals = regionAreas();
  const result: Coverage = {
    area,
    ofRegion: (id) => (inRegion.get(id) ?? 0) / totals.get(id)!,
    within: (ids) => ids.reduce((sum, id) => sum + (inRegion.get(id) ?? 0), 0) / area,
    centre: { x: cx / area, y: cy / area, z: cz / area },
    onOwnSide: ownSideArea / area,
    weights,
  };
  coverageCache.set(key, result);
  return result;
}

/** Share of footprint A's skin that footprint B covers too. */
function overlap(a: MuscleId, b: MuscleId): number {
  const wa = coverage(a).weights;
  const wb = coverage(b).weights;
  let both = 0;
  let total = 0;
  for (let v = 0; v < body.vertexCount; v++) {
    if (wa[v]! < 0.5) continue;
    total += body.areas[v]!;
    if (wb[v]! >= 0.5) both += body.areas[v]!;
  }
  return both / total;
}

const BACK_REGIONS: readonly RegionId[] = [
  'L_thoracolumbar_paraspinal',
  'L_lumbar_paraspinal_upper',
  'L_lumbar_paraspinal_lower',
  'L_sacrum',
  'L_sij',
  'L_buttock_upper_medial',
  'L_buttock_upper_lateral',
  'L_buttock_lower_medial',
  'L_buttock_lower_lateral',
  'R_thoracolumbar_paraspinal',
  'R_lumbar_paraspinal_upper',
  'R_lumbar_paraspinal_lower',
];

describe('muscle footprints: every muscle', () => {
  it('has a footprint with a plain span, known sources and skin on each side', () => {
    for (const muscle of MUSCLES) {
      const footprint = FOOTPRINTS[muscle.id];
      expect(footprint.muscle).toBe(muscle.id);
      expect(footprint.span.length, muscle.id).toBeGreaterThan(20);
      expect(footprint.sources.length, muscle.id).toBeGreaterThan(0);
      for (const key of footprint.sources) expect(Object.keys(SOURCES), muscle.id).toContain(key);
      // At least a palm's worth of skin (about 40 cm²), on both sides.
      expect(coverage(muscle.id, 'left').area, muscle.id).toBeGreaterThan(0.004);
      expect(coverage(muscle.id, 'right').area, muscle.id).toBeCloseTo(coverage(muscle.id, 'left').area, 3);
    }
  });

  it('puts the left footprint on the left of the body and the right one on the right', () => {
    for (const muscle of MUSCLES) {
      const left = coverage(muscle.id, 'left');
      const right = coverage(muscle.id, 'right');
      // Bands beside the midline may just cross it; all the rest stays on its own side.
      expect(left.onOwnSide, muscle.id).toBeGreaterThan(0.95);
      expect(right.onOwnSide, muscle.id).toBeGreaterThan(0.95);
      expect(left.centre.x, muscle.id).toBeGreaterThan(0);
      expect(right.centre.x, muscle.id).toBeCloseTo(-left.centre.x, 2);
      expect(right.centre.y, muscle.id).toBeCloseTo(left.centre.y, 2);
    }
  });

  it('says where a muscle lies deep under others, and only for those', () => {
    const deep = MUSCLES.filter((m) => FOOTPRINTS[m.id].deep !== undefined).map((m) => m.id);
    expect(deep).toEqual(expect.arrayContaining(['piriformis', 'iliopsoas', 'quadratus_lumborum', 'gluteus_minimus']));
    expect(deep).not.toContain('gluteus_maximus');
    expect(deep).not.toContain('rectus_abdominis');
    expect(FOOTPRINTS.piriformis.deep).toMatch(/^deep: under gluteus maximus/);
    expect(FOOTPRINTS.gluteus_minimus.deep).toMatch(/under gluteus medius/);
  });

  it('fades at its edge instead of stopping hard', () => {
    for (const muscle of MUSCLES) {
      const weights = coverage(muscle.id).weights;
      const partial = weights.filter((w) => w > 0.05 && w < 0.95).length;
      expect(partial, muscle.id).toBeGreaterThan(20);
    }
  });
});

describe('muscle footprints: where the anatomy says', () => {
  it('gluteus medius covers the upper-outer buttock and the side of the hip, not the lower-inner buttock', () => {
    const medius = coverage('gluteus_medius');
    expect(medius.ofRegion('L_buttock_upper_lateral')).toBeGreaterThan(0.35);
    expect(medius.ofRegion('L_hip_lateral')).toBeGreaterThan(0.4);
    expect(medius.ofRegion('L_buttock_lower_medial')).toBeLessThan(0.02);
    expect(medius.ofRegion('L_buttock_upper_medial')).toBeLessThan(0.1);
    // A fan: its widest part under the crest, above the trochanter it converges on.
    expect(medius.centre.y).toBeGreaterThan(TROCHANTER_TOP_Y);
  });

  it('gluteus minimus lies under gluteus medius, lower and further forward', () => {
    const minimus = coverage('gluteus_minimus');
    const medius = coverage('gluteus_medius');
    expect(overlap('gluteus_minimus', 'gluteus_medius')).toBeGreaterThan(0.7);
    expect(minimus.centre.y).toBeLessThan(medius.centre.y);
    expect(minimus.centre.z).toBeGreaterThan(medius.centre.z);
  });

  it('gluteus maximus covers the whole buttock', () => {
    const maximus = coverage('gluteus_maximus');
    for (const id of ['L_buttock_upper_medial', 'L_buttock_upper_lateral', 'L_buttock_lower_medial', 'L_buttock_lower_lateral'] as const) {
      expect(maximus.ofRegion(id), id).toBeGreaterThan(0.6);
    }
    expect(maximus.ofRegion('L_abdomen_lower')).toBe(0);
  });

  it('piriformis runs across the middle of the buttock, between the sacrum edge and the trochanter', () => {
    const piriformis = coverage('piriformis');
    expect(
      piriformis.within(['L_buttock_upper_medial', 'L_buttock_upper_lateral', 'L_buttock_lower_lateral', 'L_sij', 'L_hip_lateral']),
    ).toBeGreaterThan(0.9);
    expect(piriformis.ofRegion('L_buttock_upper_medial')).toBeGreaterThan(0.2);
    expect(piriformis.ofRegion('L_buttock_upper_lateral')).toBeGreaterThan(0.2);
    expect(piriformis.centre.x).toBeGreaterThan(PSIS.x);
    expect(piriformis.centre.x).toBeLessThan(0.15);
    expect(piriformis.centre.y).toBeGreaterThan(TROCHANTER_TOP_Y - 0.01);
    expect(piriformis.centre.y).toBeLessThan(PSIS.y);
    expect(piriformis.ofRegion('L_iliac_crest') + piriformis.ofRegion('L_flank')).toBe(0);
    expect(overlap('piriformis', 'gluteus_maximus')).toBeGreaterThan(0.9);
  });

  it('tensor fasciae latae sits at the front-outer hip below the ASIS', () => {
    const tfl = coverage('tensor_fasciae_latae');
    expect(tfl.ofRegion('L_asis')).toBeGreaterThan(0.1);
    expect(tfl.within(['L_asis', 'L_hip_lateral', 'L_thigh_anterior_upper', 'L_thigh_lateral_upper', 'L_groin'])).toBeGreaterThan(0.95);
    expect(tfl.centre.y).toBeLessThan(ASIS.y);
    // In front of the side line of the hip, unlike gluteus medius behind it.
    expect(tfl.centre.z).toBeGreaterThan(coverage('gluteus_medius').centre.z + 0.03);
    expect(tfl.within(BACK_REGIONS)).toBe(0);
  });

  it('quadratus lumborum lies between the iliac crest and the lowest rib beside the spine, not over it', () => {
    const ql = coverage('quadratus_lumborum');
    expect(
      ql.within(['L_flank', 'L_lumbar_paraspinal_upper', 'L_lumbar_paraspinal_lower', 'L_iliac_crest', 'L_thoracolumbar_paraspinal']),
    ).toBeGreaterThan(0.95);
    expect(ql.ofRegion('L_flank')).toBeGreaterThan(0.15);
    expect(ql.centre.y).toBeGreaterThan(1.0);
    expect(ql.centre.y).toBeLessThan(1.12);
    // Nothing on the spine itself: the midline strip stays clear.
    for (let v = 0; v < body.vertexCount; v++) {
      if (Math.abs(body.positions[3 * v]!) < 0.015) expect(ql.weights[v]!).toBeLessThan(0.5);
    }
  });

  it('the long back muscles run in columns at the right levels: multifidus innermost, iliocostalis outermost', () => {
    const multifidus = coverage('multifidus');
    const longissimus = coverage('longissimus_thoracis');
    const lumborum = coverage('iliocostalis_lumborum');
    const thoracis = coverage('iliocostalis_thoracis');
    expect(multifidus.ofRegion('L_sacrum')).toBeGreaterThan(0.4);
    expect(multifidus.ofRegion('L_lumbar_paraspinal_lower')).toBeGreaterThan(0.3);
    expect(multifidus.within(['L_upper_back', 'L_flank'])).toBeLessThan(0.05);
    for (const id of ['L_lumbar_paraspinal_lower', 'L_lumbar_paraspinal_upper', 'L_thoracolumbar_paraspinal'] as const) {
      expect(longissimus.ofRegion(id), id).toBeGreaterThan(0.4);
    }
    expect(multifidus.centre.x).toBeLessThan(longissimus.centre.x);
    expect(longissimus.centre.x).toBeLessThan(lumborum.centre.x);
    expect(lumborum.ofRegion('L_flank')).toBeGreaterThan(0.1);
    // Iliocostalis lumborum starts at the crest; thoracis continues it up over the ribs.
    expect(lumborum.centre.y).toBeLessThan(thoracis.centre.y);
    expect(thoracis.within(['L_upper_back', 'L_flank', 'L_thoracolumbar_paraspinal'])).toBeGreaterThan(0.95);
    expect(lumborum.ofRegion('L_buttock_upper_medial') + longissimus.ofRegion('L_buttock_upper_medial')).toBe(0);
  });

  it('rectus abdominis runs down the front of the belly beside the midline', () => {
    const rectus = coverage('rectus_abdominis');
    expect(rectus.ofRegion('L_abdomen_upper')).toBeGreaterThan(0.5);
    expect(rectus.ofRegion('L_abdomen_lower')).toBeGreaterThan(0.5);
    expect(rectus.within(BACK_REGIONS)).toBe(0);
    expect(rectus.centre.x).toBeLessThan(0.06);
    // Both sides together cover the front midline of the belly, navel to pubis.
    const both = coverage('rectus_abdominis', 'both').weights;
    let onMidline = 0;
    let covered = 0;
    for (let v = 0; v < body.vertexCount; v++) {
      const [x, y, z] = [body.positions[3 * v]!, body.positions[3 * v + 1]!, body.positions[3 * v + 2]!];
      if (Math.abs(x) > 0.004 || y < 0.9 || y > 1.2 || z < 0.05) continue;
      onMidline++;
      if (both[v]! >= 0.5) covered++;
    }
    expect(onMidline).toBeGreaterThan(10);
    expect(covered / onMidline).toBeGreaterThan(0.8);
  });

  it('iliopsoas reaches from the lower belly through the groin to the front of the hip', () => {
    const iliopsoas = coverage('iliopsoas');
    expect(iliopsoas.ofRegion('L_groin')).toBeGreaterThan(0.25);
    expect(iliopsoas.ofRegion('L_abdomen_lower')).toBeGreaterThan(0.25);
    expect(iliopsoas.within(BACK_REGIONS)).toBe(0);
    expect(iliopsoas.within(['L_hip_lateral', 'L_flank'])).toBeLessThan(0.05);
  });
});

describe('the trigger point and its muscle', () => {
  it('draws every trigger point’s dot inside its own muscle’s outline', () => {
    for (const muscle of MUSCLES) {
      const weights = footprintWeights(muscle.id, 'left', body.positions);
      for (const trp of muscle.trps) {
        const [x, y, z] = trp.marker;
        let nearest = 0;
        let best = Infinity;
        for (let v = 0; v < body.vertexCount; v++) {
          const d = (body.positions[3 * v]! - x) ** 2 + (body.positions[3 * v + 1]! - y) ** 2 + (body.positions[3 * v + 2]! - z) ** 2;
          if (d < best) [nearest, best] = [v, d];
        }
        expect(weights[nearest], `${trp.id} at ${trp.marker.join(', ')}`).toBeGreaterThan(0.5);
      }
    }
  });
});
