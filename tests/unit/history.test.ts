import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBodyFile } from '../../src/body/loadBodyFile.ts';
import { compareMaps, regionChanges } from '../../src/core/history/compare.ts';
import { mapFigures, overlap, paintOnBody } from '../../src/core/history/figures.ts';
import { HistoryRestoreError, restoreHistory } from '../../src/core/history/restoreHistory.ts';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import type { PaintableBody } from '../../src/core/paint/paintLayer.ts';
import { toMapDocument, type PainMap } from '../../src/core/persistence/mapDocument.ts';
import { regionIndex, type RegionId } from '../../src/core/regions/regionIds.ts';
import { appStore, initialState } from '../../src/store/appStore.ts';
import { bodyReady } from '../../src/store/bodyActions.ts';
import { refreshDerived } from '../../src/store/derived.ts';
import { deleteEntry, HISTORY_KEY, loadHistory, saveToHistory, startFromEntry, togglePick, undoDelete } from '../../src/store/historyActions.ts';
import { comparedPair, historyStore } from '../../src/store/historyStore.ts';
import { setRegionIntensity, undo } from '../../src/store/paintActions.ts';
import { MemoryStorage } from '../support/memoryStorage.ts';

/** Four vertices with skin areas 1, 2, 3 and 4 (10 in all): two in region 0, two in region 1. */
const SMALL: PaintableBody = { vertexCount: 4, areas: Float32Array.from([1, 2, 3, 4]), regions: Uint8Array.from([0, 0, 1, 1]) };
const paint = (...values: number[]) => Uint8Array.from(values);

function map(overrides: Partial<PainMap> = {}): PainMap {
  return { savedAt: '2026-11-20T09:00:00.000Z', paint: null, marks: [], symptoms: [], redFlags: [], pressTests: {}, ...overrides };
}

describe('the figures of one map', () => {
  it('measures extent as the painted share of the skin area and mean intensity over the painted skin only', () => {
    const figures = mapFigures(SMALL, paint(0, 5, 0, 10));
    expect(figures.extent).toBeCloseTo(6 / 10);
    // Area-weighted: (2 × 5 + 4 × 10) / (2 + 4).
    expect(figures.mean).toBeCloseTo(50 / 6);
    expect(figures.peak).toBe(10);
  });

  it('weighs by skin area, not by the number of vertices', () => {
    expect(mapFigures(SMALL, paint(9, 0, 0, 0)).extent).toBeCloseTo(0.1);
    expect(mapFigures(SMALL, paint(0, 0, 0, 9)).extent).toBeCloseTo(0.4);
    expect(mapFigures(SMALL, paint(2, 0, 0, 8)).mean).toBeCloseTo((1 * 2 + 4 * 8) / 5);
  });

  it('gives zeros for a map with nothing painted', () => {
    expect(mapFigures(SMALL, paint(0, 0, 0, 0))).toEqual({ extent: 0, mean: 0, peak: 0 });
  });

  it('fills marked regions whole for a map that has only region marks or was painted on another body', () => {
    const marks = [{ region: 'L_thoracolumbar_paraspinal' as RegionId, intensity: 4 }];
    expect(regionIndex('L_thoracolumbar_paraspinal')).toBe(0);
    expect(Array.from(paintOnBody(SMALL, map({ marks })))).toEqual([4, 4, 0, 0]);
    expect(Array.from(paintOnBody(SMALL, map({ marks, paint: paint(1, 2, 3) })))).toEqual([4, 4, 0, 0]);
    const own = paint(0, 3, 3, 0);
    expect(paintOnBody(SMALL, map({ marks, paint: own }))).toBe(own);
  });
});

describe('the overlap of two maps (Jaccard index of the painted areas)', () => {
  it('is the skin painted in both over the skin painted in either', () => {
    // Painted in both: vertex 1 (area 2); in either: vertices 0, 1, 2 (area 6).
    expect(overlap(SMALL, paint(3, 3, 0, 0), paint(0, 7, 7, 0))).toBeCloseTo(2 / 6);
  });

  it('is 1 for the same area whatever the intensities, and the same either way round', () => {
    expect(overlap(SMALL, paint(1, 0, 2, 0), paint(9, 0, 4, 0))).toBe(1);
    expect(overlap(SMALL, paint(3, 3, 0, 0), paint(0, 7, 7, 7))).toBeCloseTo(overlap(SMALL, paint(0, 7, 7, 7), paint(3, 3, 0, 0)));
  });

  it('is 0 for maps painted in different places, and 0 when neither map is painted', () => {
    expect(overlap(SMALL, paint(5, 5, 0, 0), paint(0, 0, 5, 5))).toBe(0);
    expect(overlap(SMALL, paint(0, 0, 0, 0), paint(0, 0, 0, 0))).toBe(0);
  });
});

describe('what changed region by region', () => {
  it('calls a region that went from 7 to 3 better, and one that went up worse', () => {
    const changes = regionChanges(
      [
        { region: 'L_sij', intensity: 7 },
        { region: 'L_sacrum', intensity: 4 },
      ],
      [
        { region: 'L_sij', intensity: 3 },
        { region: 'L_sacrum', intensity: 6 },
      ],
    );
    expect(changes).toEqual([
      { region: 'L_sij', kind: 'better', before: 7, after: 3 },
      { region: 'L_sacrum', kind: 'worse', before: 4, after: 6 },
    ]);
  });

  it('calls a region no longer marked gone and a newly marked one new, and leaves unchanged ones out', () => {
    const changes = regionChanges(
      [
        { region: 'R_calf', intensity: 5 },
        { region: 'L_flank', intensity: 2 },
      ],
      [
        { region: 'L_flank', intensity: 2 },
        { region: 'L_groin', intensity: 4 },
      ],
    );
    // In REGION_IDS order: the calf comes before the groin.
    expect(changes.map((c) => [c.region, c.kind])).toEqual([
      ['R_calf', 'gone'],
      ['L_groin', 'new'],
    ]);
  });

  it('lists better and worse regions with the biggest change first, gone among the better and new among the worse', () => {
    const earlier = map({
      marks: [
        { region: 'L_sij', intensity: 7 },
        { region: 'L_sacrum', intensity: 6 },
        { region: 'R_calf', intensity: 5 },
      ],
    });
    const later = map({
      marks: [
        { region: 'L_sij', intensity: 6 },
        { region: 'L_sacrum', intensity: 2 },
        { region: 'L_groin', intensity: 3 },
        { region: 'L_flank', intensity: 1 },
      ],
    });
    const comparison = compareMaps(SMALL, earlier, later);
    expect(comparison.better.map((c) => c.region)).toEqual(['R_calf', 'L_sacrum', 'L_sij']);
    expect(comparison.worse.map((c) => c.region)).toEqual(['L_groin', 'L_flank']);
  });

  it('gives the change in extent and mean intensity, later minus earlier', () => {
    const comparison = compareMaps(SMALL, map({ paint: paint(4, 4, 0, 0) }), map({ paint: paint(2, 2, 2, 2) }));
    expect(comparison.earlier.extent).toBeCloseTo(0.3);
    expect(comparison.later.extent).toBeCloseTo(1);
    expect(comparison.extentChange).toBeCloseTo(0.7);
    expect(comparison.meanChange).toBeCloseTo(-2);
    expect(comparison.overlap).toBeCloseTo(0.3);
  });
});

describe('the figures on the real body', () => {
  let body: BodyMesh;
  let totalArea = 0;
  beforeAll(async () => {
    body = await loadBodyFile();
    totalArea = body.areas.reduce((sum, a) => sum + a, 0);
  });

  const regionPaint = (regions: readonly RegionId[], value = 6) => {
    const values = new Uint8Array(body.vertexCount);
    const indices = new Set(regions.map(regionIndex));
    for (let v = 0; v < body.vertexCount; v++) if (indices.has(body.regions[v]!)) values[v] = value;
    return values;
  };
  const areaOf = (regions: readonly RegionId[]) => {
    const indices = new Set(regions.map(regionIndex));
    let area = 0;
    for (let v = 0; v < body.vertexCount; v++) if (indices.has(body.regions[v]!)) area += body.areas[v]!;
    return area;
  };

  it('gives a whole painted region an extent equal to its share of the body surface', () => {
    const figures = mapFigures(body, regionPaint(['L_iliac_crest'], 7));
    expect(figures.extent).toBeCloseTo(areaOf(['L_iliac_crest']) / totalArea, 6);
    expect(figures.extent).toBeGreaterThan(0.002);
    expect(figures.extent).toBeLessThan(0.05);
    expect(figures.mean).toBeCloseTo(7);
    expect(figures.peak).toBe(7);
  });

  it('gives identical maps an overlap of 1 and maps in different regions an overlap of 0', () => {
    const back = regionPaint(['L_sij', 'L_sacrum']);
    expect(overlap(body, back, back.slice())).toBe(1);
    expect(overlap(body, back, regionPaint(['R_calf']))).toBe(0);
  });

  it('gives a map and a larger one that contains it an overlap of the smaller area over the larger', () => {
    const small = regionPaint(['L_sij']);
    const large = regionPaint(['L_sij', 'L_sacrum', 'L_iliac_crest'], 3);
    const expected = areaOf(['L_sij']) / areaOf(['L_sij', 'L_sacrum', 'L_iliac_crest']);
    expect(overlap(body, small, large)).toBeCloseTo(expected, 6);
    expect(expected).toBeGreaterThan(0.05);
    expect(expected).toBeLessThan(0.95);
  });
});

describe('restoring a stored history', () => {
  const documents = async () => [
    await toMapDocument(map({ savedAt: '2026-11-01T08:00:00.000Z', paint: paint(0, 1, 2), note: 'first' }), '0.1.0'),
    await toMapDocument(map({ savedAt: '2026-11-08T08:00:00.000Z', paint: paint(3, 0, 0), note: 'second' }), '0.1.0'),
    await toMapDocument(map({ savedAt: '2026-11-15T08:00:00.000Z', marks: [{ region: 'L_sij', intensity: 5 }], note: 'third' }), '0.1.0'),
  ];

  it('keeps the good entries when one is damaged, and says why that one was dropped', async () => {
    const stored: unknown[] = await documents();
    stored[1] = { ...(stored[1] as object), paint: '%%% not base64' };
    const history = await restoreHistory(JSON.parse(JSON.stringify(stored)));
    expect(history.entries.map((e) => e.map.note)).toEqual(['first', 'third']);
    expect(history.dropped).toHaveLength(1);
    expect(history.dropped[0]!.reason).toMatch(/paint data is damaged/);
    expect((history.dropped[0]!.value as { note: string }).note).toBe('second');
  });

  it('drops entries that are not maps at all and keeps the rest', async () => {
    const history = await restoreHistory([null, 42, 'text', { format: 'something else' }, ...(await documents())]);
    expect(history.entries).toHaveLength(3);
    expect(history.dropped).toHaveLength(4);
  });

  it('orders entries oldest first and gives entries saved at the same moment different ids', async () => {
    const [first, second] = await documents();
    const history = await restoreHistory([second, first, first]);
    expect(history.entries.map((e) => e.id)).toEqual(['2026-11-01T08:00:00.000Z', '2026-11-01T08:00:00.000Z#2', '2026-11-08T08:00:00.000Z']);
  });

  it('refuses a history that is not a list', async () => {
    await expect(restoreHistory({ entries: [] })).rejects.toThrow(HistoryRestoreError);
  });
});

describe('the history on the device', () => {
  let body: BodyMesh;
  let storage: MemoryStorage;
  beforeAll(async () => {
    body = await loadBodyFile();
  });
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-20T09:00:00.000Z'));
    storage = new MemoryStorage();
    appStore.setState(initialState(), true);
    bodyReady(body);
    refreshDerived.flush();
    await loadHistory(storage);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const stored = () => JSON.parse(storage.getItem(HISTORY_KEY)!) as { savedAt: string; note?: string; marks: unknown[] }[];
  const marked = () => {
    refreshDerived.flush();
    return Object.fromEntries(appStore.getState().summary.map((s) => [s.region, s.intensity]));
  };

  it('saves the current map with its note in the saved-map format and reads it back after a reload', async () => {
    setRegionIntensity('L_sij', 7);
    expect(await saveToHistory('  after the long drive  ')).toBe(true);
    expect(stored()).toEqual([expect.objectContaining({ format: 'painmap-map', savedAt: '2026-11-20T09:00:00.000Z', note: 'after the long drive' })]);
    expect(stored()[0]!.marks).toEqual([{ region: 'L_sij', intensity: 7, share: 1 }]);

    await loadHistory(storage);
    const [entry] = historyStore.getState().entries;
    expect(entry!.map.note).toBe('after the long drive');
    expect(entry!.map.paint!.filter((v) => v === 7).length).toBeGreaterThan(10);
  });

  it('keeps a note to 500 characters', async () => {
    await saveToHistory('x'.repeat(600));
    expect(stored()[0]!.note).toHaveLength(500);
  });

  it('gives two maps saved at the same moment their own ids', async () => {
    await saveToHistory('one');
    await saveToHistory('two');
    const ids = historyStore.getState().entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('keeps the other entries when one stored entry is damaged, sets the damaged one aside and says so', async () => {
    await saveToHistory('first');
    vi.setSystemTime(new Date('2026-11-21T09:00:00.000Z'));
    await saveToHistory('second');
    const list = stored() as unknown[];
    storage.setItem(
      HISTORY_KEY,
      JSON.stringify([list[0], { format: 'painmap-map', schemaVersion: 2, body: { vertexCount: 53514 }, paint: '###' }, list[1]]),
    );
    await loadHistory(storage);
    expect(historyStore.getState().entries.map((e) => e.map.note)).toEqual(['first', 'second']);
    expect(appStore.getState().notices.at(-1)!.text).toMatch(
      /One saved map in your history could not be opened .*set aside, not deleted; the others are listed/,
    );
    const aside = storage.keys().find((k) => k.startsWith('painmap:history:set-aside:'))!;
    expect(storage.getItem(aside)).toContain('###');
    // The next visits find nothing left to set aside: the damaged entry is copied once, not once per visit.
    vi.setSystemTime(new Date('2026-11-22T09:00:00.000Z'));
    await loadHistory(storage);
    await loadHistory(storage);
    expect(storage.keys().filter((k) => k.startsWith('painmap:history:set-aside:'))).toHaveLength(1);
    expect(historyStore.getState().entries.map((e) => e.map.note)).toEqual(['first', 'second']);
    expect(stored().map((d) => d.note)).toEqual(['first', 'second']);
  });

  it('sets aside a history it cannot read at all and starts an empty one, never writing over it', async () => {
    storage.setItem(HISTORY_KEY, '{ not json');
    await loadHistory(storage);
    expect(historyStore.getState().entries).toEqual([]);
    expect(appStore.getState().notices.at(-1)!.text).toMatch(/could not be opened.*set aside, not deleted/);
    const aside = storage.keys().find((k) => k.startsWith('painmap:history:set-aside:'))!;
    expect(storage.getItem(aside)).toBe('{ not json');
    await saveToHistory('fresh start');
    expect(stored().map((d) => d.note)).toEqual(['fresh start']);
    expect(storage.getItem(aside)).toBe('{ not json');
  });

  it('leaves an unreadable history where it is, and saves nothing over it, when it cannot be set aside', async () => {
    storage.setItem(HISTORY_KEY, '[broken');
    storage.full = true;
    await loadHistory(storage);
    storage.full = false;
    expect(await saveToHistory('new')).toBe(false);
    expect(storage.getItem(HISTORY_KEY)).toBe('[broken');
    expect(appStore.getState().notices.at(-1)!.text).toMatch(/cannot be changed/);
  });

  it('says so when the device will not store the history, and leaves the list as it was', async () => {
    storage.full = true;
    expect(await saveToHistory('no room')).toBe(false);
    expect(historyStore.getState().entries).toEqual([]);
    expect(appStore.getState().notices.at(-1)!.text).toMatch(/could not be saved on this device/);
  });

  it('deletes an entry, and undo brings it back in its place', async () => {
    for (const [day, note] of [
      ['01', 'a'],
      ['02', 'b'],
      ['03', 'c'],
    ] as const) {
      vi.setSystemTime(new Date(`2026-11-${day}T09:00:00.000Z`));
      await saveToHistory(note);
    }
    const b = historyStore.getState().entries[1]!.id;
    await deleteEntry(b);
    expect(stored().map((d) => d.note)).toEqual(['a', 'c']);
    await undoDelete();
    expect(stored().map((d) => d.note)).toEqual(['a', 'b', 'c']);
    expect(historyStore.getState().deleted).toBeNull();
  });

  it('picks at most two entries to compare, earlier first whatever the order they were picked in', async () => {
    for (const day of ['01', '02', '03']) {
      vi.setSystemTime(new Date(`2026-11-${day}T09:00:00.000Z`));
      await saveToHistory(day);
    }
    const [a, b, c] = historyStore.getState().entries.map((e) => e.id);
    togglePick(c!);
    togglePick(a!);
    togglePick(b!);
    const { entries, picked } = historyStore.getState();
    expect(picked).toEqual([c, a]);
    expect(comparedPair(entries, picked)!.map((e) => e.map.note)).toEqual(['01', '03']);
    togglePick(a!);
    expect(comparedPair(historyStore.getState().entries, historyStore.getState().picked)).toBeNull();
  });

  it('puts a saved map in place of the current one as one undo step', async () => {
    setRegionIntensity('L_sij', 7);
    await saveToHistory('then');
    setRegionIntensity('L_sij', 0);
    setRegionIntensity('R_calf', 3);
    const steps = appStore.getState().undo.length;
    await startFromEntry(historyStore.getState().entries[0]!.id);
    expect(marked()).toEqual({ L_sij: 7 });
    expect(appStore.getState().undo).toHaveLength(steps + 1);
    undo();
    expect(marked()).toEqual({ R_calf: 3 });
  });
});
