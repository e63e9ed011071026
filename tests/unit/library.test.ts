import { beforeAll, describe, expect, it } from 'vitest';
import { loadBodyFile } from '../../src/body/loadBodyFile.ts';
import { FOOTPRINTS } from '../../src/core/anatomy/footprints.ts';
import { GUIDES } from '../../src/core/guides/index.ts';
import { ALL_TRPS, MUSCLES, muscleById, trpById } from '../../src/core/library/index.ts';
import { RED_FLAG_ORDER, RED_FLAGS } from '../../src/core/library/redFlagData.ts';
import { SOURCES } from '../../src/core/library/sources.ts';
import { MUSCLE_IDS, type ZoneRegion } from '../../src/core/library/types.ts';
import { RED_FLAG_IDS } from '../../src/core/redFlags.ts';
import { isRegionId, REGION_IDS } from '../../src/core/regions/regionIds.ts';
import { SYMPTOM_IDS } from '../../src/core/symptoms.ts';

const SOURCE_KEYS = new Set(Object.keys(SOURCES));

/** The full id `L_<name>` (the marker side) of a side-relative zone name. */
function leftRegion(name: ZoneRegion): string {
  return name === 'M_coccyx' ? name : `L_${name}`;
}

function isZoneRegion(name: string): boolean {
  return name === 'M_coccyx' || (isRegionId(`L_${name}`) && isRegionId(`R_${name}`));
}

interface Problem {
  readonly path: string;
  readonly problem: string;
}

/**
 * Walks any data generically and reports sourcing problems: every object with `sources` must list
 * at least one known source; every text, range or stretch object must carry `sources`; every
 * `uncertain` note must say something.
 */
function sourcingProblems(value: unknown, path = '$', out: Problem[] = []): Problem[] {
  if (Array.isArray(value)) {
    value.forEach((item, index) => sourcingProblems(item, `${path}[${index}]`, out));
    return out;
  }
  if (value === null || typeof value !== 'object') return out;
  const record = value as Record<string, unknown>;
  const needsSources =
    'text' in record ||
    ('min' in record && 'max' in record) ||
    'steps' in record ||
    'essential' in record ||
    ('value' in record && typeof record.value === 'number');
  if (needsSources && !('sources' in record)) out.push({ path, problem: 'no sources' });
  if ('sources' in record) {
    const sources = record.sources;
    if (!Array.isArray(sources) || sources.length === 0) out.push({ path, problem: 'empty sources' });
    else
      for (const key of sources) if (typeof key !== 'string' || !SOURCE_KEYS.has(key)) out.push({ path, problem: `unknown source ${String(key)}` });
  }
  if ('uncertain' in record && (typeof record.uncertain !== 'string' || record.uncertain.trim() === ''))
    out.push({ path, problem: 'empty uncertain note' });
  if ('text' in record && (typeof record.text !== 'string' || record.text.trim() === '')) out.push({ path, problem: 'empty text' });
  for (const [key, child] of Object.entries(record)) if (key !== 'sources') sourcingProblems(child, `${path}.${key}`, out);
  return out;
}

function usedSources(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) usedSources(item, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) for (const source of child) out.add(String(source));
      else usedSources(child, out);
    }
  }
  return out;
}

describe('pattern library: muscles', () => {
  it('has exactly one muscle per muscle id, in MUSCLE_IDS order', () => {
    expect(MUSCLES.map((m) => m.id)).toEqual([...MUSCLE_IDS]);
    for (const id of MUSCLE_IDS) {
      expect(MUSCLES.filter((m) => m.id === id)).toHaveLength(1);
      expect(muscleById(id).id).toBe(id);
    }
  });

  it('gives every muscle a name, a summary and at least one trigger point', () => {
    for (const muscle of MUSCLES) {
      expect(muscle.name.trim(), muscle.id).not.toBe('');
      expect(muscle.summary.text.trim(), muscle.id).not.toBe('');
      expect(muscle.trps.length, muscle.id).toBeGreaterThan(0);
    }
  });

  it('records the prevalence figures of the review where they are known', () => {
    const expected: Record<string, [number, number]> = {
      quadratus_lumborum: [30, 55],
      gluteus_medius: [34, 45],
      piriformis: [42, 42],
      iliocostalis_lumborum: [33, 38],
      iliopsoas: [5, 10],
    };
    for (const muscle of MUSCLES) {
      const range = expected[muscle.id];
      if (range) expect([muscle.prevalence?.min, muscle.prevalence?.max], muscle.id).toEqual(range);
      if (muscle.prevalence) {
        expect(muscle.prevalence.min).toBeGreaterThanOrEqual(0);
        expect(muscle.prevalence.max).toBeLessThanOrEqual(100);
        expect(muscle.prevalence.min).toBeLessThanOrEqual(muscle.prevalence.max);
      }
    }
  });
});

describe('pattern library: trigger points', () => {
  it('gives unique ids of the form <muscle>.<snake_name> that match their muscle', () => {
    const ids = ALL_TRPS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const muscle of MUSCLES) {
      for (const trp of muscle.trps) {
        const match = /^([a-z_]+)\.([a-z0-9]+(?:_[a-z0-9]+)*)$/.exec(trp.id);
        expect(match, trp.id).not.toBeNull();
        expect(match![1]).toBe(muscle.id);
        expect(trp.muscle).toBe(muscle.id);
      }
    }
  });

  it('covers the trigger points the brief names', () => {
    for (const id of [
      'gluteus_medius.trp1',
      'gluteus_medius.trp2',
      'gluteus_medius.trp3',
      'gluteus_minimus.anterior',
      'gluteus_minimus.posterior',
      'gluteus_maximus.trp1',
      'gluteus_maximus.trp2',
      'gluteus_maximus.trp3',
      'quadratus_lumborum.superficial_upper',
      'quadratus_lumborum.superficial_lower',
      'quadratus_lumborum.deep_upper',
      'quadratus_lumborum.deep_lower',
    ]) {
      expect(trpById(id)?.id, id).toBe(id);
    }
    expect(muscleById('gluteus_medius').trps.map((t) => t.id)).toEqual(['gluteus_medius.trp1', 'gluteus_medius.trp2', 'gluteus_medius.trp3']);
    expect(muscleById('multifidus').trps.length).toBeGreaterThanOrEqual(2);
  });

  it('finds trigger points by id and returns undefined for an unknown id', () => {
    for (const trp of ALL_TRPS) expect(trpById(trp.id)).toBe(trp);
    expect(trpById('gluteus_medius.trp9')).toBeUndefined();
    expect(trpById('')).toBeUndefined();
  });

  it('names only real regions in sitsIn and in every zone list', () => {
    for (const trp of ALL_TRPS) {
      const { zones } = trp;
      const lists = {
        sitsIn: trp.sitsIn,
        essential: zones.essential,
        spillover: zones.spillover,
        contralateralEssential: zones.contralateralEssential ?? [],
        contralateralSpillover: zones.contralateralSpillover ?? [],
        excludes: zones.excludes ?? [],
      };
      for (const [list, names] of Object.entries(lists)) {
        for (const name of names) expect(isZoneRegion(name), `${trp.id} ${list}: ${name}`).toBe(true);
        expect(new Set(names).size, `${trp.id} ${list} has duplicates`).toBe(names.length);
      }
      expect(trp.sitsIn.length, trp.id).toBeGreaterThan(0);
      expect(zones.essential.length, trp.id).toBeGreaterThan(0);
    }
  });

  it('keeps essential, spillover and excluded zones apart', () => {
    for (const trp of ALL_TRPS) {
      const { zones } = trp;
      const essential = new Set(zones.essential);
      expect(
        zones.spillover.filter((z) => essential.has(z)),
        trp.id,
      ).toEqual([]);
      const contraEssential = new Set(zones.contralateralEssential ?? []);
      expect(
        (zones.contralateralSpillover ?? []).filter((z) => contraEssential.has(z)),
        trp.id,
      ).toEqual([]);
      const included = new Set([...zones.essential, ...zones.spillover]);
      expect(
        (zones.excludes ?? []).filter((z) => included.has(z)),
        trp.id,
      ).toEqual([]);
    }
  });

  it('keeps gluteus maximus TrP2 off the coccyx and TrP3 on it', () => {
    expect(trpById('gluteus_maximus.trp2')!.zones.excludes).toContain('M_coccyx');
    expect(trpById('gluteus_maximus.trp3')!.zones.essential).toContain('M_coccyx');
  });

  it('spreads to both sides only where sources say so', () => {
    const bothSides = ALL_TRPS.filter((t) => t.sideRule === 'both_sides').map((t) => t.id);
    expect(bothSides).toEqual(['rectus_abdominis.lower']);
    const rectus = trpById('rectus_abdominis.lower')!;
    expect(rectus.zones.contralateralEssential).toEqual(rectus.zones.essential);
    // Gluteus medius TrP3's spread to the other side is uncertain: occasional only, and flagged.
    const trp3 = trpById('gluteus_medius.trp3')!;
    expect(trp3.sideRule).toBe('same_side');
    expect(trp3.zones.contralateralEssential ?? []).toEqual([]);
    expect(trp3.zones.uncertain).toBeTruthy();
    for (const trp of ALL_TRPS) {
      if (trp.sideRule === 'same_side' && trp.id !== 'gluteus_medius.trp3') {
        expect(trp.zones.contralateralEssential ?? [], trp.id).toEqual([]);
        expect(trp.zones.contralateralSpillover ?? [], trp.id).toEqual([]);
      }
    }
  });

  it('sends gluteus minimus below the knee and keeps gluteus medius above it', () => {
    const belowKnee = new Set(['calf', 'leg_lateral', 'ankle_lateral', 'shin', 'foot']);
    for (const trp of muscleById('gluteus_medius').trps) {
      expect(
        [...trp.zones.essential, ...trp.zones.spillover].filter((z) => belowKnee.has(z)),
        trp.id,
      ).toEqual([]);
    }
    for (const trp of muscleById('gluteus_minimus').trps) {
      expect(
        trp.zones.essential.some((z) => belowKnee.has(z)),
        trp.id,
      ).toBe(true);
    }
  });

  it('lists only known symptoms, never cough or sneeze, and car/chair only where sourced', () => {
    const known = new Set<string>(SYMPTOM_IDS);
    for (const trp of ALL_TRPS) {
      const ids = trp.symptoms.map((s) => s.id as string);
      for (const id of ids) expect(known.has(id), `${trp.id}: ${id}`).toBe(true);
      expect(ids, trp.id).not.toContain('cough_sneeze_pain');
      expect(new Set(ids).size, `${trp.id} repeats a symptom`).toBe(ids.length);
    }
    for (const trp of muscleById('gluteus_medius').trps) {
      const ids = trp.symptoms.map((s) => s.id);
      expect(ids).not.toContain('getting_in_out_of_car');
      expect(ids).not.toContain('rising_from_sitting');
      expect(ids).toContain('walking');
      expect(ids).toContain('lying_on_affected_side');
    }
    for (const trp of muscleById('gluteus_minimus').trps) {
      const ids = trp.symptoms.map((s) => s.id);
      expect(ids).toContain('getting_in_out_of_car');
      expect(ids).toContain('rising_from_sitting');
    }
  });

  it('orders gluteus medius trigger points by how often they are found', () => {
    expect(trpById('gluteus_medius.trp1')!.frequency?.value).toBe('common');
    expect(trpById('gluteus_medius.trp2')!.frequency?.value).toBe('common');
    expect(trpById('gluteus_medius.trp3')!.frequency?.value).toBe('least_common');
    expect(trpById('gluteus_maximus.trp2')!.frequency?.value).toBe('most_common');
  });

  it('gives every trigger point a location, a name, a depth and at least two cues', () => {
    for (const trp of ALL_TRPS) {
      expect(trp.name.trim(), trp.id).not.toBe('');
      expect(trp.location.text.trim(), trp.id).not.toBe('');
      expect(trp.cues.length, trp.id).toBeGreaterThanOrEqual(2);
      expect(['superficial', 'deep', 'abdominal']).toContain(trp.depth);
    }
    expect(trpById('iliopsoas.psoas_iliacus')!.depth).toBe('abdominal');
  });
});

describe('pattern library: markers on the body', () => {
  let body: Awaited<ReturnType<typeof loadBodyFile>>;
  beforeAll(async () => {
    body = await loadBodyFile();
  });

  function nearestVertex(point: readonly [number, number, number]): { vertex: number; distance: number } {
    const { positions, vertexCount } = body;
    let vertex = -1;
    let best = Infinity;
    for (let v = 0; v < vertexCount; v++) {
      const dx = positions[3 * v]! - point[0];
      const dy = positions[3 * v + 1]! - point[1];
      const dz = positions[3 * v + 2]! - point[2];
      const d = dx * dx + dy * dy + dz * dz;
      if (d < best) {
        best = d;
        vertex = v;
      }
    }
    return { vertex, distance: Math.sqrt(best) };
  }

  it('puts every marker on the skin of the left side, in a region the trigger point sits in', () => {
    for (const trp of ALL_TRPS) {
      expect(trp.marker[0], `${trp.id} is on the patient's left`).toBeGreaterThan(0);
      const { vertex, distance } = nearestVertex(trp.marker);
      expect(distance, `${trp.id} is on the skin`).toBeLessThanOrEqual(0.015);
      const region = REGION_IDS[body.regions[vertex]!];
      expect(trp.sitsIn.map(leftRegion), `${trp.id} marker region ${region}`).toContain(region);
    }
  });

  it('lines up the three gluteus medius markers from back to front under the crest', () => {
    const [trp1, trp2, trp3] = ['gluteus_medius.trp1', 'gluteus_medius.trp2', 'gluteus_medius.trp3'].map((id) => trpById(id)!.marker);
    expect(trp1![2]).toBeLessThan(trp2![2]);
    expect(trp2![2]).toBeLessThan(trp3![2]);
    for (const marker of [trp1!, trp2!, trp3!]) {
      // Below the top of the iliac crest (y≈1.005) and above the trochanter (y≈0.865).
      expect(marker[1]).toBeLessThan(1.005);
      expect(marker[1]).toBeGreaterThan(0.865);
    }
  });
});

describe('red flags', () => {
  it('has one entry per red-flag id, with a yes/no question and one-sentence advice', () => {
    expect(Object.keys(RED_FLAGS).sort()).toEqual([...RED_FLAG_IDS].sort());
    for (const id of RED_FLAG_IDS) {
      const flag = RED_FLAGS[id];
      expect(flag.id).toBe(id);
      expect(flag.question.trim().endsWith('?'), id).toBe(true);
      expect(flag.advice.trim(), id).not.toBe('');
      expect(flag.advice.trim().endsWith('.'), id).toBe(true);
      expect(flag.advice.replace(/\.$/, ''), `${id} advice is one sentence`).not.toMatch(/\.\s+[A-Z]/);
      expect(['emergency', 'urgent', 'soon']).toContain(flag.urgency);
    }
  });

  it('marks the nerve signs as neurological and nothing else', () => {
    const neurological = RED_FLAG_IDS.filter((id) => RED_FLAGS[id].neurological).sort();
    expect(neurological).toEqual(
      ['both_legs_weakness_or_numbness', 'bladder_bowel_change', 'leg_numbness_or_tingling', 'leg_weakness', 'saddle_numbness', 'sexual_dysfunction'].sort(),
    );
  });

  it('sends possible cauda equina, both-leg signs and serious trauma to emergency care', () => {
    for (const id of ['saddle_numbness', 'bladder_bowel_change', 'sexual_dysfunction', 'both_legs_weakness_or_numbness', 'chest_pain', 'recent_trauma'] as const) {
      expect(RED_FLAGS[id].urgency, id).toBe('emergency');
    }
    expect(RED_FLAGS.cough_sneeze_pain.urgency).toBe('urgent');
    expect(RED_FLAGS.fever.urgency).toBe('urgent');
  });

  it('gives every question a short form that fits one line of the phone step', () => {
    for (const id of RED_FLAG_IDS) {
      const { short } = RED_FLAGS[id];
      expect(short.endsWith('?'), id).toBe(true);
      expect(short.length, id).toBeLessThanOrEqual(50);
    }
  });

  it('asks the NICE/NHS signs: age, weak immune system, injected drugs, chest pain, sexual function, inflammatory pain', () => {
    for (const id of ['new_pain_age_over_50', 'new_pain_age_under_20', 'weakened_immune_system', 'iv_drug_use', 'chest_pain', 'sexual_dysfunction', 'inflammatory_back_pain'] as const) {
      expect(RED_FLAGS[id].sources.some((key) => key.startsWith('nhs-') || key.startsWith('nice-')), id).toBe(true);
    }
  });

  it('orders red flags most urgent first and lists each once', () => {
    expect([...RED_FLAG_ORDER].sort()).toEqual([...RED_FLAG_IDS].sort());
    const rank = { emergency: 0, urgent: 1, soon: 2 } as const;
    const ranks = RED_FLAG_ORDER.map((id) => rank[RED_FLAGS[id].urgency]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('sources', () => {
  it('cites a known source for every statement, range, stretch and zone list', () => {
    expect(sourcingProblems(MUSCLES)).toEqual([]);
    expect(sourcingProblems(RED_FLAGS)).toEqual([]);
    expect(sourcingProblems(GUIDES)).toEqual([]);
  });

  it('uses every source at least once', () => {
    const used = usedSources([MUSCLES, GUIDES, RED_FLAGS, Object.values(FOOTPRINTS)]);
    expect([...SOURCE_KEYS].filter((key) => !used.has(key))).toEqual([]);
  });

  it('gives every source a citation, a tier and a well-formed address', () => {
    for (const [key, source] of Object.entries(SOURCES)) {
      expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(source.citation.trim(), key).not.toBe('');
      expect(['A', 'B', 'C']).toContain(source.tier);
      const url: unknown = (source as { url?: unknown }).url;
      if (url !== undefined) expect(() => new URL(String(url)), key).not.toThrow();
    }
  });

  it('cites Travell & Simons together with a page that reports it', () => {
    const chapterKeys = Object.keys(SOURCES).filter((key) => /^ts[12]-ch\d+$/.test(key));
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (value === null || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if (Array.isArray(record.sources)) {
        const keys = record.sources as string[];
        if (keys.some((k) => chapterKeys.includes(k))) {
          expect(
            keys.some((k) => !chapterKeys.includes(k)),
            `T&S alone in ${JSON.stringify(keys)}`,
          ).toBe(true);
        }
      }
      Object.values(record).forEach(walk);
    };
    walk([MUSCLES, GUIDES]);
  });
});
