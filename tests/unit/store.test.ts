import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBodyFile } from '../../src/body/loadBodyFile.ts';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import { regionIndex } from '../../src/core/regions/regionIds.ts';
import { appStore, initialState } from '../../src/store/appStore.ts';
import { bodyReady } from '../../src/store/bodyActions.ts';
import { refreshDerived } from '../../src/store/derived.ts';
import { beginStroke, clearAll, dab, endStroke, redo, setRegionIntensity, undo } from '../../src/store/paintActions.ts';
import { loadSavedMap, MAP_KEY, saveNow } from '../../src/store/persistence.ts';
import { setRedFlag, toggleSymptom } from '../../src/store/uiActions.ts';
import { MemoryStorage } from '../support/memoryStorage.ts';

let body: BodyMesh;
beforeAll(async () => {
  body = await loadBodyFile();
});

function verticesOf(region: Parameters<typeof regionIndex>[0]): number[] {
  const index = regionIndex(region);
  return Array.from(body.regions.keys()).filter((v) => body.regions[v] === index);
}

function marked(): Record<string, number> {
  refreshDerived.flush();
  return Object.fromEntries(appStore.getState().summary.map((s) => [s.region, s.intensity]));
}

/** A fresh app: empty store, then the saved map (if any), then the body, as at start-up. */
function startApp(storage: Storage): void {
  appStore.setState(initialState(), true);
  loadSavedMap(storage);
  bodyReady(body);
  refreshDerived.flush();
}

beforeEach(() => startApp(new MemoryStorage()));

describe('marking and undo', () => {
  it('makes one stroke of many dabs one undo step', () => {
    const crest = verticesOf('L_iliac_crest');
    beginStroke();
    dab(crest.slice(0, 10), 7);
    dab(crest.slice(10, 20), 7);
    endStroke();
    expect(marked()).toEqual({ L_iliac_crest: 7 });
    expect(appStore.getState().undo).toHaveLength(1);
    undo();
    expect(marked()).toEqual({});
    redo();
    expect(marked()).toEqual({ L_iliac_crest: 7 });
  });

  it('sets a whole region from the region picker, and clears it with 0', () => {
    setRegionIntensity('R_sij', 4);
    refreshDerived.flush();
    expect(appStore.getState().summary).toEqual([{ region: 'R_sij', intensity: 4, share: 1 }]);
    setRegionIntensity('R_sij', 0);
    expect(marked()).toEqual({});
  });

  it('makes clear all undoable', () => {
    setRegionIntensity('L_sij', 5);
    setRegionIntensity('L_sacrum', 3);
    clearAll();
    expect(marked()).toEqual({});
    undo();
    expect(marked()).toEqual({ L_sij: 5, L_sacrum: 3 });
  });

  it('drops the redo history when something new is painted', () => {
    setRegionIntensity('L_sij', 5);
    undo();
    setRegionIntensity('L_flank', 2);
    redo();
    expect(marked()).toEqual({ L_flank: 2 });
  });

  it('updates the suggestions from the marks', () => {
    for (const region of ['L_iliac_crest', 'L_sij', 'L_sacrum'] as const) setRegionIntensity(region, 7);
    refreshDerived.flush();
    expect(appStore.getState().result.suggestions[0]).toMatchObject({ muscle: 'gluteus_medius', side: 'L' });
  });
});

describe('saving on the device', () => {
  it('keeps the map, the answers and the exact strokes across a reload', () => {
    const storage = new MemoryStorage();
    startApp(storage);
    const crest = verticesOf('L_iliac_crest').slice(0, 25);
    dab(crest, 8);
    toggleSymptom('walking');
    setRedFlag('fever', true);
    saveNow(storage);

    startApp(storage);
    const state = appStore.getState();
    expect(marked()).toEqual({ L_iliac_crest: 8 });
    expect(Array.from(state.paint!.values).filter((v) => v > 0)).toHaveLength(25);
    expect(state.symptoms).toEqual(['walking']);
    expect(state.redFlags).toEqual(['fever']);
    expect(state.notices).toEqual([]);
  });

  it('sets a corrupt saved map aside with a clear message and starts empty', () => {
    const storage = new MemoryStorage();
    storage.setItem(MAP_KEY, '{"format":"painmap-map","schemaVersion":1,"body":{"vertexCount":53514},"paint":"@@@not base64"}');
    startApp(storage);
    const { notices } = appStore.getState();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toMatch(/could not be opened.*paint data is damaged.*set aside, not deleted/);
    expect(marked()).toEqual({});
    const aside = storage.keys().find((k) => k.startsWith('painmap:map:set-aside:'));
    expect(storage.getItem(aside!)).toContain('@@@not base64');
    expect(storage.getItem(MAP_KEY)).toBeNull();
  });

  it('never overwrites a saved map it could not read when it cannot set it aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(MAP_KEY, 'not json at all');
    storage.full = true;
    startApp(storage);
    setRegionIntensity('L_sij', 6);
    storage.full = false;
    saveNow(storage);
    expect(storage.getItem(MAP_KEY)).toBe('not json at all');
    expect(appStore.getState().notices[0]!.text).toMatch(/left where it was/);
  });

  it('tells the person when the device will not store the map', () => {
    const storage = new MemoryStorage();
    startApp(storage);
    storage.full = true;
    setRegionIntensity('L_sij', 6);
    saveNow(storage);
    expect(appStore.getState().notices.at(-1)!.text).toMatch(/could not be saved on this device/);
  });

  it('does not save an empty map over a good one before the body has loaded', () => {
    const storage = new MemoryStorage();
    startApp(storage);
    setRegionIntensity('L_sij', 6);
    saveNow(storage);
    const saved = storage.getItem(MAP_KEY);
    appStore.setState(initialState(), true);
    loadSavedMap(storage);
    saveNow(storage);
    expect(storage.getItem(MAP_KEY)).toBe(saved);
  });
});
