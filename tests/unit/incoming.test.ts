/** A map opened from a link or a file over the person's own map: nothing is replaced without their say and a way back. */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBodyFile } from '../../src/body/loadBodyFile.ts';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import { appStore, initialState } from '../../src/store/appStore.ts';
import { bodyReady } from '../../src/store/bodyActions.ts';
import { refreshDerived } from '../../src/store/derived.ts';
import { HISTORY_KEY, saveToHistory, startFromEntry } from '../../src/store/historyActions.ts';
import { historyStore, initialHistoryState } from '../../src/store/historyStore.ts';
import { resolveIncoming } from '../../src/store/keepActions.ts';
import { initialKeepState, keepStore } from '../../src/store/keepStore.ts';
import { setRegionIntensity } from '../../src/store/paintActions.ts';
import { loadSavedMap } from '../../src/store/persistence.ts';
import { exportMap, importMap, shareLink } from '../../src/store/transferActions.ts';
import { setPressTest, setRedFlag, toggleSymptom } from '../../src/store/uiActions.ts';
import { MemoryStorage } from '../support/memoryStorage.ts';

let body: BodyMesh;
beforeAll(async () => {
  body = await loadBodyFile();
});

let storage: MemoryStorage;
beforeEach(async () => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('window', new EventTarget());
  appStore.setState(initialState(), true);
  historyStore.setState(initialHistoryState(), true);
  keepStore.setState(initialKeepState(), true);
  await loadSavedMap(new MemoryStorage());
  bodyReady(body);
  refreshDerived.flush();
});
afterEach(() => vi.unstubAllGlobals());

const marked = () => {
  refreshDerived.flush();
  return Object.fromEntries(appStore.getState().summary.map((s) => [s.region, s.intensity]));
};

/** Someone else's map, as a file and as a link. */
async function theirMap(): Promise<{ file: string; link: string }> {
  setRegionIntensity('R_calf', 3);
  const file = (await exportMap()).text;
  const link = (await shareLink('https://painmap.example/')).split('#/map/')[1]!;
  setRegionIntensity('R_calf', 0);
  return { file, link };
}

/** The person's own map, with an answer of every kind. */
function myMap(): void {
  setRegionIntensity('L_sij', 6);
  toggleSymptom('walking');
  setRedFlag('fever', false);
  setRedFlag('fever', true);
  setPressTest('gluteus_medius.trp1', 'L', 'familiar');
  refreshDerived.flush();
}

describe('a map opened over the person\u2019s own', () => {
  it('waits for a choice and changes nothing until then', async () => {
    const { link } = await theirMap();
    myMap();
    expect(await importMap({ link })).toBe(true);
    expect(keepStore.getState().incoming?.from).toBe('link');
    expect(marked()).toEqual({ L_sij: 6 });
  });

  it('replaces it only after keeping it in the history with every answer, and the entry brings it all back', async () => {
    const { file } = await theirMap();
    myMap();
    await importMap({ file });
    expect(await resolveIncoming('replace')).toBe(true);
    expect(marked()).toEqual({ R_calf: 3 });
    expect(appStore.getState().symptoms).toEqual([]);
    expect(appStore.getState().notices.at(-1)!.text).toMatch(/previous map, answers and all, is in your history/);

    const [entry] = historyStore.getState().entries;
    expect(entry!.map).toMatchObject({ symptoms: ['walking'], redFlags: ['fever'], pressTests: { 'gluteus_medius.trp1@L': 'familiar' } });
    expect(JSON.parse(storage.getItem(HISTORY_KEY)!)).toHaveLength(1);

    await startFromEntry(entry!.id);
    expect(marked()).toEqual({ L_sij: 6 });
    expect(appStore.getState()).toMatchObject({ symptoms: ['walking'], redFlags: ['fever'], pressTests: { 'gluteus_medius.trp1@L': 'familiar' } });
  });

  it('keeps the person\u2019s map when they say so', async () => {
    const { link } = await theirMap();
    myMap();
    await importMap({ link });
    await resolveIncoming('keep');
    expect(marked()).toEqual({ L_sij: 6 });
    expect(keepStore.getState().incoming).toBeNull();
    expect(historyStore.getState().entries).toEqual([]);
  });

  it('opens the new map beside the person\u2019s, as a history entry', async () => {
    const { link } = await theirMap();
    myMap();
    await importMap({ link });
    await resolveIncoming('beside');
    expect(marked()).toEqual({ L_sij: 6 });
    expect(historyStore.getState().entries.map((e) => e.map.marks.map((m) => m.region))).toEqual([['R_calf']]);
  });

  it('does not replace the map when its copy cannot be stored, and says so', async () => {
    const { file } = await theirMap();
    myMap();
    await importMap({ file });
    storage.full = true;
    expect(await resolveIncoming('replace')).toBe(false);
    expect(marked()).toEqual({ L_sij: 6 });
    expect(appStore.getState().notices.at(-1)!.text).toMatch(/no room on this device to keep a copy first, so nothing was changed/);
    // The choice stays open: the person can export first, or keep both once there is room.
    expect(keepStore.getState().incoming).not.toBeNull();
  });

  it('opens at once over a map with nothing in it', async () => {
    const { link } = await theirMap();
    await importMap({ link });
    expect(keepStore.getState().incoming).toBeNull();
    expect(marked()).toEqual({ R_calf: 3 });
  });

  it('counts an answer alone as something to keep', async () => {
    const { link } = await theirMap();
    toggleSymptom('stairs');
    await importMap({ link });
    expect(keepStore.getState().incoming).not.toBeNull();
  });
});

describe('a history entry used as the starting point', () => {
  it('keeps the map it replaces in the history too, answers and all', async () => {
    const { file } = await theirMap();
    myMap();
    await importMap({ file });
    await resolveIncoming('replace');
    toggleSymptom('stairs');
    await startFromEntry(historyStore.getState().entries[0]!.id);
    expect(marked()).toEqual({ L_sij: 6 });
    const kept = historyStore.getState().entries.at(-1)!.map;
    expect(kept.marks.map((m) => m.region)).toEqual(['R_calf']);
    expect(kept.symptoms).toEqual(['stairs']);
  });

  it('does not copy a map that is already in the history', async () => {
    myMap();
    expect(await saveToHistory('mine')).toBe(true);
    await startFromEntry(historyStore.getState().entries[0]!.id);
    await startFromEntry(historyStore.getState().entries[0]!.id);
    expect(historyStore.getState().entries).toHaveLength(1);
  });
});

describe('warning-sign answers in a map from a file or a link', () => {
  it('keep their "yes" answers but ask the "no" answers again: they are about the person reading now', async () => {
    setRegionIntensity('R_calf', 3);
    setRedFlag('chest_pain', true);
    setRedFlag('fever', false);
    setRedFlag('cancer_history', false);
    const link = (await shareLink('https://painmap.example/')).split('#/map/')[1]!;
    appStore.setState(initialState(), true);
    await loadSavedMap(new MemoryStorage());
    bodyReady(body);
    refreshDerived.flush();

    expect(await importMap({ link })).toBe(true);
    expect(marked()).toEqual({ R_calf: 3 });
    expect(appStore.getState().redFlags).toEqual(['chest_pain']);
    expect(appStore.getState().redFlagsNo).toEqual([]);
    expect(appStore.getState().notices.at(-1)!.text).toMatch(/answer the warning-sign questions for yourself/);
  });
});
