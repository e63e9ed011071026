import { describe, expect, it } from 'vitest';
import {
  GLUTEAL_TENDONS,
  HOLD_SECONDS,
  PREGNANCY_POSITIONS,
  SESSIONS_PER_DAY,
  SIJ_ITSELF,
  SPINE_RIBS_KIDNEYS,
  STOP_NERVE,
} from '../../src/core/guides/common.ts';
import { GUIDES, guideFor } from '../../src/core/guides/index.ts';
import { withSide } from '../../src/core/guides/sideWording.ts';
import { muscleById, MUSCLES, trpById } from '../../src/core/library/index.ts';
import { SOURCES } from '../../src/core/library/sources.ts';
import type { Guide, MuscleId, SourcedText } from '../../src/core/library/types.ts';

/** Every text a guide shows, filled for the left side, lower-cased. */
function shown(guide: Guide): string {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') for (const [key, child] of Object.entries(value)) if (key !== 'sources') walk(child);
  };
  walk(withSide(guide, 'L'));
  return texts.join(' \n ').toLowerCase();
}

const says = (items: readonly SourcedText[]) => items.map((i) => i.text.toLowerCase()).join(' ');
const placementOf = (muscle: MuscleId, trp: string) => guideFor(muscle).sections.find((s) => s.trp === `${muscle}.${trp}`)!.placement.text;

describe('one dose in every guide', () => {
  it('holds about 30 seconds at most, two or three sessions a day at most to start, up to 5 out of 10', () => {
    for (const guide of GUIDES) {
      const { release } = guide;
      expect(release.holdSeconds.max, guide.muscle).toBeLessThanOrEqual(HOLD_SECONDS.max);
      expect(release.sessionsPerDay.max, guide.muscle).toBeLessThanOrEqual(SESSIONS_PER_DAY.max);
      expect(release.discomfortMax.value, guide.muscle).toBeLessThanOrEqual(5);
      expect(release.repetitions.text, guide.muscle).toMatch(/about (20|30) seconds/);
    }
  });

  it('never offers a long hold or many sessions anywhere in a guide’s text', () => {
    for (const guide of GUIDES) {
      const text = shown(guide);
      // Stretches follow ACSM (up to 60 s for older adults); pressure holds never go that long.
      const pressure = shown({ ...guide, stretches: [] });
      expect(text, guide.muscle).not.toMatch(/\b90 ?(s|sec|seconds)\b|90-second/);
      expect(pressure, guide.muscle).not.toMatch(/\b60 ?(s|sec|seconds)\b/);
      expect(text, guide.muscle).not.toMatch(/\b3 ?(to|–|-) ?6\b|six (times|sessions)/);
      expect(text, guide.muscle).not.toMatch(/\bstrokes?\b|\bpasses\b/);
    }
  });

  it('gives the breath ceiling beside the hold wherever the usual dose is used', () => {
    for (const guide of GUIDES)
      if (guide.release.holdSeconds === HOLD_SECONDS) expect(guide.release.repetitions.text).toMatch(/10 to 12 slow breaths/);
  });
});

describe('piriformis: near the sciatic nerve', () => {
  const guide = guideFor('piriformis');

  it('puts the ball on the outer half of the line only, and says to find the spot there too', () => {
    const placement = placementOf('piriformis', 'lateral_medial').toLowerCase();
    expect(placement).toMatch(/outer half/);
    expect(placement).toMatch(/never nearer the spine/);
    expect(says(guide.sections[0]!.find)).toMatch(/only on the outer half/);
    expect(says(guide.sections[0]!.find)).not.toMatch(/press in slowly along the line/);
  });

  it('starts at a wall, before the floor', () => {
    for (const text of [placementOf('piriformis', 'lateral_medial'), guide.release.position.text]) {
      const lower = text.toLowerCase();
      expect(lower.indexOf('wall')).toBeGreaterThanOrEqual(0);
      expect(lower.indexOf('wall')).toBeLessThan(lower.indexOf('floor'));
    }
  });

  it('starts with shorter holds and fewer sessions than the usual dose', () => {
    expect(guide.release.holdSeconds.max).toBeLessThan(HOLD_SECONDS.min);
    expect(guide.release.sessionsPerDay.max).toBeLessThan(SESSIONS_PER_DAY.max);
    expect(guide.release.sessionsPerDay.uncertain).toBeTruthy();
  });

  it('stops (not just moves the ball) on any nerve feeling, in every guide', () => {
    for (const word of ['tingling', 'burning', 'shooting', 'numbness']) expect(STOP_NERVE.text.toLowerCase()).toContain(word);
    expect(STOP_NERVE.text).toMatch(/Stop the session/);
    for (const g of GUIDES) {
      expect(g.stopIf, g.muscle).toContain(STOP_NERVE);
      expect(shown(g), g.muscle).not.toMatch(/move (the ball )?off (the|that) spot/);
    }
    expect(says(guide.cautions)).toMatch(/stop the session/);
  });
});

describe('away from the ribs, kidneys and spine', () => {
  it('puts no ball under the lowest rib for quadratus lumborum, and never angles it toward the spine', () => {
    expect(placementOf('quadratus_lumborum', 'superficial_upper')).toMatch(/^No ball for this spot/);
    for (const section of guideFor('quadratus_lumborum').sections) {
      expect(section.placement.text, section.trp).not.toMatch(/angled in toward the spine|angling toward the spine/);
      expect(says(section.find), section.trp).not.toMatch(/angling toward the spine/);
    }
    for (const trp of ['superficial_lower', 'deep_upper']) expect(placementOf('quadratus_lumborum', trp)).toMatch(/hand-width below the lowest rib/);
  });

  it('uses two balls in a sock, gap over the spine, for the back muscles', () => {
    for (const id of ['multifidus', 'iliocostalis_lumborum', 'iliocostalis_thoracis', 'longissimus_thoracis'] as const) {
      const guide = guideFor(id);
      expect(guide.release.tool.text, id).toMatch(/two tennis balls in a sock/i);
      for (const section of guide.sections) expect(section.placement.text, section.trp).toMatch(/two balls in a sock/);
      expect(shown(guide), id).not.toMatch(/\bone finger-width out\b(?![^.]*never on the bumps)/);
    }
  });

  it('warns about the spine, ribs and kidneys wherever a ball goes on the back', () => {
    for (const id of ['quadratus_lumborum', 'multifidus', 'iliocostalis_lumborum', 'iliocostalis_thoracis', 'longissimus_thoracis'] as const) {
      expect(guideFor(id).cautions, id).toContain(SPINE_RIBS_KIDNEYS);
    }
    expect(SPINE_RIBS_KIDNEYS.text).toMatch(/bony bumps/);
    expect(SPINE_RIBS_KIDNEYS.text).toMatch(/ribs/);
    expect(SPINE_RIBS_KIDNEYS.text).toMatch(/kidneys/);
  });
});

describe('stretches that fit the muscle', () => {
  it('does not stretch gluteus minimus with the figure-4, and uses the cross-over behind the other leg', () => {
    const guide = withSide(guideFor('gluteus_minimus'), 'L');
    for (const stretch of guide.stretches) {
      expect(stretch.name).not.toMatch(/figure-?4/i);
      expect(stretch.steps.join(' ')).not.toMatch(/ankle on your right knee|knee over knee/);
    }
    expect(guide.stretches.some((s) => s.steps.some((step) => /cross your left leg behind your right leg/i.test(step)))).toBe(true);
  });
});

describe('cautions every guide or group of guides carries', () => {
  it('gives pregnancy positions in every guide', () => {
    for (const guide of GUIDES) expect(guide.cautions, guide.muscle).toContain(PREGNANCY_POSITIONS);
    expect(PREGNANCY_POSITIONS.text).toMatch(/side with a pillow between your knees/);
    expect(PREGNANCY_POSITIONS.text).toMatch(/flat on your back/);
    expect(PREGNANCY_POSITIONS.text).toMatch(/belly/);
  });

  it('notes gluteal tendinopathy in the outer-hip guides', () => {
    for (const id of ['gluteus_medius', 'gluteus_minimus', 'tensor_fasciae_latae'] as const)
      expect(guideFor(id).cautions, id).toContain(GLUTEAL_TENDONS);
    expect(GLUTEAL_TENDONS.text).toMatch(/tendinopathy/);
    expect(GLUTEAL_TENDONS.text).toMatch(/legs crossed/);
    expect(GLUTEAL_TENDONS.text).toMatch(/hung on one hip/);
  });

  it('says the sacroiliac joint itself may be the cause in every guide whose pain reaches it', () => {
    const reachesSij = MUSCLES.filter((m) => m.trps.some((t) => t.zones.essential.includes('sij')));
    expect(reachesSij.length).toBeGreaterThan(3);
    for (const muscle of reachesSij) expect(guideFor(muscle.id).seeAProfessional, muscle.id).toContain(SIJ_ITSELF);
  });
});

describe('pattern library, checked against clinical-facts.md', () => {
  it('keeps the sacrum as spillover of quadratus lumborum’s deep upper trigger point (§6, §16)', () => {
    const trp = trpById('quadratus_lumborum.deep_upper')!;
    expect(trp.zones.essential).toEqual(['sij']);
    expect(trp.zones.spillover).toContain('sacrum');
  });

  it('keeps gluteus medius TrP1 out of the lower inner buttock (§2.3)', () => {
    const zones = trpById('gluteus_medius.trp1')!.zones;
    expect([...zones.essential, ...zones.spillover]).not.toContain('buttock_lower_medial');
  });

  it('keeps the front hip point out of quadratus lumborum’s superficial upper pattern (§6)', () => {
    const zones = trpById('quadratus_lumborum.superficial_upper')!.zones;
    expect([...zones.essential, ...zones.spillover]).not.toContain('asis');
  });

  it('places gluteus medius TrP3 behind the front hip point, not on it', () => {
    const text = trpById('gluteus_medius.trp3')!.location.text;
    expect(text).toMatch(/behind the bony point at the front of the hip/);
    expect(text).not.toMatch(/: the bony point you feel at the front/);
  });

  it('counts only what makes the pain worse as symptoms: no plain walking for gluteus maximus, no causes for quadratus lumborum', () => {
    const ids = (id: MuscleId) => new Set(muscleById(id).trps.flatMap((t) => t.symptoms.map((s) => s.id)));
    expect(ids('gluteus_maximus').has('walking')).toBe(false);
    expect(ids('quadratus_lumborum').has('bending_forward')).toBe(false);
    expect(ids('quadratus_lumborum').has('carrying_load')).toBe(false);
    expect(says(guideFor('gluteus_maximus').aggravators)).toMatch(/walking uphill/);
    expect(says(guideFor('quadratus_lumborum').aggravators)).not.toMatch(/bending|lifting/);
    expect(says(guideFor('quadratus_lumborum').perpetuators)).toMatch(/bending and twisting/);
  });
});

describe('sources', () => {
  it('labels no blog or staging site as a study or guideline', () => {
    for (const [key, source] of Object.entries(SOURCES)) {
      const host = 'url' in source && source.url ? new URL(source.url).hostname : '';
      if (/^blogs?\.|staging|wordpress|blogspot/i.test(host) || /\bblog\b|staging/i.test(source.citation)) expect(source.tier, key).not.toBe('A');
    }
  });

  it('links to no page about something else (the chest-stretching page)', () => {
    for (const [key, source] of Object.entries(SOURCES)) if ('url' in source && source.url) expect(source.url, key).not.toMatch(/chest/i);
  });

  it('gives only the Travell & Simons chapter numbers clinical-facts.md attests (§2, §3, §4, §5, §6, §8)', () => {
    // Attested beside a fact: TS2 ch. 4 (QL), 7, 8, 9, 10 and TS1 ch. 48. A chapter seen only in
    // the sheet's source list is not evidence enough to print.
    const attested = new Set(['ts2-ch4', 'ts2-ch7', 'ts2-ch8', 'ts2-ch9', 'ts2-ch10', 'ts1-ch48']);
    for (const [key, source] of Object.entries(SOURCES)) {
      if (/chapter \d+|ch\. ?\d+/.test(source.citation) && key.startsWith('ts')) expect(attested.has(key), key).toBe(true);
      if (/^ts\d-ch\d+$/.test(key)) expect(attested.has(key), key).toBe(true);
    }
  });
});
