/**
 * The warning-sign step's rules, without a browser: when a person counts as screened, how the
 * answers travel with a saved map, export file or share link, and which questions come first.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NERVE_QUESTIONS, RED_FLAG_ORDER, warningSignOrder } from '../../src/core/library/redFlagData.ts';
import { toMapDocument, type PainMap } from '../../src/core/persistence/mapDocument.ts';
import { restoreMap } from '../../src/core/persistence/restoreMap.ts';
import { decodeShareData, encodeShareData } from '../../src/core/persistence/transfer.ts';
import { isScreened, RED_FLAG_IDS, unansweredCount, type RedFlagId } from '../../src/core/redFlags.ts';

const allBut = (...left: RedFlagId[]) => RED_FLAG_IDS.filter((id) => !left.includes(id));

describe('isScreened', () => {
  it('is false with no answers, and with every question but one answered', () => {
    expect(isScreened({ redFlags: [], redFlagsNo: [] })).toBe(false);
    for (const id of RED_FLAG_IDS) expect(isScreened({ redFlags: [], redFlagsNo: allBut(id) }), id).toBe(false);
    expect(unansweredCount({ redFlags: [], redFlagsNo: allBut('fever') })).toBe(1);
  });

  it('is true once every question is answered, whether yes or no', () => {
    expect(isScreened({ redFlags: [], redFlagsNo: [...RED_FLAG_IDS] })).toBe(true);
    expect(isScreened({ redFlags: ['chest_pain'], redFlagsNo: allBut('chest_pain') })).toBe(true);
    expect(unansweredCount({ redFlags: ['chest_pain'], redFlagsNo: allBut('chest_pain') })).toBe(0);
  });
});

describe('the order of the questions', () => {
  it('puts the numbness and weakness questions first when pain reaches below the knee, and keeps every question', () => {
    const below = warningSignOrder(true);
    expect(below.slice(0, NERVE_QUESTIONS.length)).toEqual(NERVE_QUESTIONS);
    expect([...below].sort()).toEqual([...RED_FLAG_IDS].sort());
    expect(warningSignOrder(false)).toEqual(RED_FLAG_ORDER);
    expect(NERVE_QUESTIONS).toEqual(expect.arrayContaining(['leg_numbness_or_tingling', 'leg_weakness']));
  });
});

const MAP: PainMap = {
  savedAt: '2026-12-02T08:00:00.000Z',
  paint: null,
  marks: [{ region: 'L_sij', intensity: 6 }],
  symptoms: [],
  redFlags: ['new_pain_age_over_50'],
  redFlagsNo: allBut('new_pain_age_over_50'),
  pressTests: {},
};

describe('the answers travel with the map', () => {
  it('keeps the "yes" and the "no" answers through the saved format and a share link', async () => {
    const saved = (await restoreMap(JSON.parse(JSON.stringify(await toMapDocument(MAP, '0.1.0'))))).map;
    expect(saved.redFlags).toEqual(MAP.redFlags);
    expect([...saved.redFlagsNo!].sort()).toEqual([...MAP.redFlagsNo!].sort());
    expect(isScreened({ redFlags: saved.redFlags, redFlagsNo: saved.redFlagsNo! })).toBe(true);
    const shared = (await restoreMap(await decodeShareData(await encodeShareData(await toMapDocument(MAP, '0.1.0'))))).map;
    expect([...shared.redFlagsNo!].sort()).toEqual([...MAP.redFlagsNo!].sort());
  });

  it('opens a map saved before the step (no "no" answers) with the questions unanswered', async () => {
    const old = JSON.parse(readFileSync(new URL('../fixtures/map-v1.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const { map, warnings } = await restoreMap(old);
    expect(warnings).toEqual([]);
    expect(map.redFlagsNo).toEqual([]);
    expect(isScreened({ redFlags: map.redFlags, redFlagsNo: map.redFlagsNo! })).toBe(false);
  });

  it('reads a question answered both "yes" and "no" as "yes"', async () => {
    const document = { ...(await toMapDocument(MAP, '0.1.0')), redFlags: ['fever'], redFlagsNo: [...RED_FLAG_IDS] };
    const { map } = await restoreMap(document);
    expect(map.redFlags).toEqual(['fever']);
    expect(map.redFlagsNo).not.toContain('fever');
  });

  it('drops an unknown id in the "no" answers with a warning, keeping the rest', async () => {
    const { map, warnings } = await restoreMap({ ...(await toMapDocument(MAP, '0.1.0')), redFlagsNo: ['fever', 'headache_on_mondays'] });
    expect(map.redFlagsNo).toEqual(['fever']);
    expect(warnings.join(' ')).toMatch(/headache_on_mondays/);
  });
});
