import { describe, expect, it } from 'vitest';
import { GUIDES, guideFor } from '../../src/core/guides/index.ts';
import { muscleById } from '../../src/core/library/index.ts';
import { SOURCES } from '../../src/core/library/sources.ts';
import { MUSCLE_IDS, type Guide, type SourcedText } from '../../src/core/library/types.ts';

const SOURCE_KEYS = new Set(Object.keys(SOURCES));

/** All the words of a list of statements, lower-cased, for checks on what a guide says. */
function says(items: readonly SourcedText[]): string {
  return items
    .map((item) => item.text)
    .join(' ')
    .toLowerCase();
}

function allText(guide: Guide): string {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) if (key !== 'sources') walk(child);
  };
  walk(guide);
  return texts.join(' ').toLowerCase();
}

describe('release guides', () => {
  it('has exactly one guide per muscle, in MUSCLE_IDS order', () => {
    expect(GUIDES.map((g) => g.muscle)).toEqual([...MUSCLE_IDS]);
    for (const id of MUSCLE_IDS) {
      expect(GUIDES.filter((g) => g.muscle === id)).toHaveLength(1);
      expect(guideFor(id).muscle).toBe(id);
    }
  });

  it('writes gluteus medius in full and the others short', () => {
    for (const guide of GUIDES) expect(guide.depth, guide.muscle).toBe(guide.muscle === 'gluteus_medius' ? 'full' : 'short');
  });

  it('has one section per trigger point of its muscle, in the same order', () => {
    for (const guide of GUIDES) {
      expect(
        guide.sections.map((s) => s.trp),
        guide.muscle,
      ).toEqual(muscleById(guide.muscle).trps.map((t) => t.id));
      for (const section of guide.sections) {
        expect(section.find.length, section.trp).toBeGreaterThan(0);
        expect(section.placement.text.trim(), section.trp).not.toBe('');
      }
    }
  });

  it('fills every list and every text', () => {
    for (const guide of GUIDES) {
      const lists = {
        stretches: guide.stretches,
        aggravators: guide.aggravators,
        perpetuators: guide.perpetuators,
        dailyLife: guide.dailyLife,
        stopIf: guide.stopIf,
        seeAProfessional: guide.seeAProfessional,
        cautions: guide.cautions,
      };
      for (const [name, list] of Object.entries(lists)) expect(list.length, `${guide.muscle} ${name}`).toBeGreaterThan(0);
      for (const stretch of guide.stretches) {
        expect(stretch.name.trim(), guide.muscle).not.toBe('');
        expect(stretch.steps.length, `${guide.muscle} ${stretch.name}`).toBeGreaterThanOrEqual(3);
        for (const step of stretch.steps) expect(step.trim()).not.toBe('');
      }
      for (const text of [guide.intro, guide.expectations, guide.release.tool, guide.release.position, guide.release.repetitions]) {
        expect(text.text.trim(), guide.muscle).not.toBe('');
      }
    }
  });

  it('keeps doses within sensible bounds', () => {
    for (const guide of GUIDES) {
      const { release } = guide;
      expect(release.discomfortMax.value).toBeGreaterThan(0);
      expect(release.discomfortMax.value).toBeLessThanOrEqual(5);
      for (const range of [release.holdSeconds, release.sessionsPerDay, ...guide.stretches.map((s) => s.holdSeconds)]) {
        expect(range.min, guide.muscle).toBeGreaterThan(0);
        expect(range.min, guide.muscle).toBeLessThanOrEqual(range.max);
      }
      for (const stretch of guide.stretches) {
        expect([stretch.holdSeconds.min, stretch.holdSeconds.max], `${guide.muscle} ${stretch.name}`).toEqual([10, 30]);
        expect(stretch.holdSeconds.sources).toContain('acsm-2021');
      }
    }
  });

  it('cites only known sources, everywhere', () => {
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}[${i}]`));
      if (value === null || typeof value !== 'object') return;
      const record = value as Record<string, unknown>;
      if ('text' in record || 'steps' in record || ('min' in record && 'max' in record) || typeof record.value === 'number') {
        expect(Array.isArray(record.sources) && record.sources.length > 0, `${path} has sources`).toBe(true);
      }
      if (Array.isArray(record.sources)) for (const key of record.sources) expect(SOURCE_KEYS.has(String(key)), `${path}: ${String(key)}`).toBe(true);
      for (const [key, child] of Object.entries(record)) if (key !== 'sources') walk(child, `${path}.${key}`);
    };
    walk(GUIDES, 'GUIDES');
  });
});

describe('gluteus medius guide (full)', () => {
  const guide = guideFor('gluteus_medius');

  it('finds each trigger point step by step from landmarks a person can feel', () => {
    for (const section of guide.sections) {
      expect(section.find.length, section.trp).toBeGreaterThanOrEqual(4);
      expect(says(section.find), section.trp).toMatch(/hip bone/);
    }
    expect(says(guide.sections[0]!.find)).toMatch(/dimple/);
    expect(says(guide.sections[1]!.find)).toMatch(/bony bump/);
    expect(says(guide.sections[2]!.find)).toMatch(/front/);
  });

  it('doses release from the sources: ball, wall gentler than floor, 5/10 flagged, about 30 s, 2–3 sessions a day to start', () => {
    const { release } = guide;
    expect(release.tool.text.toLowerCase()).toMatch(/ball/);
    expect(release.position.text.toLowerCase()).toMatch(/wall/);
    expect(release.position.text.toLowerCase()).toMatch(/floor/);
    expect(release.discomfortMax.value).toBe(5);
    expect(release.discomfortMax.uncertain).toMatch(/7/);
    expect([release.holdSeconds.min, release.holdSeconds.max]).toEqual([30, 30]);
    expect([release.sessionsPerDay.min, release.sessionsPerDay.max]).toEqual([2, 3]);
    expect(release.repetitions.text).toMatch(/10 to 12 slow breaths/);
  });

  it('offers several numbered-step stretches', () => {
    expect(guide.stretches.length).toBeGreaterThanOrEqual(3);
  });

  it('says when to stop, when to see a professional, and warns about the sciatic nerve', () => {
    const stop = says(guide.stopIf);
    for (const word of ['shooting', 'numbness', 'pins and needles', 'pulse']) expect(stop).toContain(word);
    const see = says(guide.seeAProfessional);
    for (const word of ['blood thinners', 'clot', 'osteoporosis', 'pregnant', 'numbness', 'month']) expect(see).toContain(word);
    expect(says(guide.cautions)).toContain('sciatic nerve');
    expect(guide.perpetuators.length).toBeGreaterThanOrEqual(10);
  });

  it('sets honest expectations from the meta-analysis', () => {
    expect(guide.expectations.sources).toContain('ischemic-compression-meta-2022');
    expect(guide.expectations.text.toLowerCase()).toMatch(/did not/);
  });
});

describe('muscle-specific cautions', () => {
  it('warns about pressing over the belly for iliopsoas and rectus abdominis', () => {
    for (const id of ['iliopsoas', 'rectus_abdominis'] as const) {
      const guide = guideFor(id);
      const cautions = says(guide.cautions);
      expect(cautions, id).toMatch(/belly/);
      expect(cautions, id).toMatch(/organs/);
      expect(cautions, id).toMatch(/doctor/);
      expect(cautions, id).toMatch(/gentl/);
      expect(guide.release.discomfortMax.value, id).toBeLessThan(5);
      expect(guide.release.tool.text.toLowerCase(), id).toMatch(/fingertips/);
    }
  });

  it('treats cough or sneeze pain as a warning sign in the quadratus lumborum guide', () => {
    const guide = guideFor('quadratus_lumborum');
    const text = says([...guide.seeAProfessional, ...guide.cautions]);
    expect(text).toMatch(/cough/);
    expect(text).toMatch(/same day|urgent/);
    expect(says(guide.cautions)).toMatch(/not a sign of a trigger point/);
  });

  it('carries the nerve caution for piriformis and gluteus minimus', () => {
    for (const id of ['piriformis', 'gluteus_minimus'] as const) {
      const cautions = says(guideFor(id).cautions);
      expect(cautions, id).toMatch(/tingling|numbness/);
      expect(cautions, id).toMatch(/nerve/);
      expect(cautions, id).toMatch(/stop/);
    }
  });

  it('never tells anyone to press harder than the stop rules allow', () => {
    for (const guide of GUIDES) {
      const text = allText(guide);
      expect(text, guide.muscle).not.toMatch(/no pain,? no gain/);
      expect(says(guide.stopIf), guide.muscle).toMatch(/numbness/);
    }
  });
});
