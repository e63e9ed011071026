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
import { RED_FLAG_IDS } from '../../src/core/redFlags.ts';

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
async function startApp(storage: Storage): Promise<void> {
  appStore.setState(initialState(), true);
  await loadSavedMap(storage);
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
  it('keeps the map, the answers and the exact strokes across a reload', async () => {
    const storage = new MemoryStorage();
    await startApp(storage);
    const crest = verticesOf('L_iliac_crest').slice(0, 25);
    dab(crest, 8);
    toggleSymptom('walking');
    setRedFlag('fever', true);
    setRedFlag('chest_pain', false);
    saveNow(storage);

    await startApp(storage);
    const state = appStore.getState();
    expect(state.redFlagsNo).toEqual(['chest_pain']);
    expect(marked()).toEqual({ L_iliac_crest: 8 });
    expect(Array.from(state.paint!.values).filter((v) => v > 0)).toHaveLength(25);
    expect(state.symptoms).toEqual(['walking']);
    expect(state.redFlags).toEqual(['fever']);
    expect(state.notices).toEqual([]);
  });

  it('keeps the warning-sign step answered across a reload, so release steps stay offered', async () => {
    const storage = new MemoryStorage();
    await startApp(storage);
    for (const id of RED_FLAG_IDS) setRedFlag(id, false);
    refreshDerived.flush();
    expect(appStore.getState().result.selfHelp).toBe('ok');
    saveNow(storage);

    await startApp(storage);
    expect(appStore.getState().result.selfHelp).toBe('ok');
    setRedFlag('iv_drug_use', true);
    refreshDerived.flush();
    expect(appStore.getState().result.selfHelp).toBe('see_doctor');
  });

  it('sets a corrupt saved map aside with a clear message and starts empty', async () => {
    const storage = new MemoryStorage();
    storage.setItem(MAP_KEY, '{"format":"painmap-map","schemaVersion":1,"body":{"vertexCount":53514},"paint":"@@@not base64"}');
    await startApp(storage);
    const { notices } = appStore.getState();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toMatch(/could not be opened.*paint data is damaged.*set aside, not deleted/);
    expect(marked()).toEqual({});
    const aside = storage.keys().find((k) => k.startsWith('painmap:map:set-aside:'));
    expect(storage.getItem(aside!)).toContain('@@@not base64');
    expect(storage.getItem(MAP_KEY)).toBeNull();
  });

  it('never overwrites a saved map it could not read when it cannot set it aside', async () => {
    const storage = new MemoryStorage();
    storage.setItem(MAP_KEY, 'not json at all');
    storage.full = true;
    await startApp(storage);
    setRegionIntensity('L_sij', 6);
    storage.full = false;
    saveNow(storage);
    expect(storage.getItem(MAP_KEY)).toBe('not json at all');
    expect(appStore.getState().notices[0]!.text).toMatch(/left where it was/);
  });

  it('tells the person when the device will not store the map', async () => {
    const storage = new MemoryStorage();
    await startApp(storage);
    storage.full = true;
    setRegionIntensity('L_sij', 6);
    saveNow(storage);
    expect(appStore.getState().notices.at(-1)!.text).toMatch(/could not be saved on this device/);
    // Room again: the map saves, and the warning that it could not goes away.
    storage.full = false;
    setRegionIntensity('L_sij', 7);
    saveNow(storage);
    expect(storage.getItem(MAP_KEY)).toContain('L_sij');
    expect(appStore.getState().notices.map((n) => n.text).join(' ')).not.toMatch(/could not be saved/);
  });

  it('keeps answers given while the body cannot load, when nothing was saved before', async () => {
    const storage = new MemoryStorage();
    appStore.setState(initialState(), true);
    await loadSavedMap(storage);
    appStore.setState({ body: { status: 'error', message: 'The body model could not be loaded.' } });
    toggleSymptom('sitting_long');
    saveNow(storage);
    appStore.setState(initialState(), true);
    await loadSavedMap(storage);
    expect(appStore.getState().symptoms).toEqual(['sitting_long']);
  });

  it('does not save an empty map over a good one before the body has loaded', async () => {
    const storage = new MemoryStorage();
    await startApp(storage);
    setRegionIntensity('L_sij', 6);
    saveNow(storage);
    const saved = storage.getItem(MAP_KEY);
    appStore.setState(initialState(), true);
    await loadSavedMap(storage);
    saveNow(storage);
    expect(storage.getItem(MAP_KEY)).toBe(saved);
  });
});

describe('taking a map along: export, import, share links', () => {
  it('opens an exported map in an app with no map yet, paint, answers and all, as one undo step', async () => {
    const { exportMap, importMap } = await import('../../src/store/transferActions.ts');
    setRegionIntensity('L_iliac_crest', 7);
    toggleSymptom('stairs');
    const file = await exportMap();
    expect(file.filename).toMatch(/^painmap-\d{4}-\d{2}-\d{2}\.json$/);

    await startApp(new MemoryStorage());
    expect(await importMap({ file: file.text })).toBe(true);
    expect(marked()).toEqual({ L_iliac_crest: 7 });
    expect(appStore.getState().symptoms).toEqual(['stairs']);
    undo();
    expect(marked()).toEqual({});
  });

  it('fills in the marked regions of a map painted on a different body, and says the strokes could not be kept', async () => {
    const { importMap } = await import('../../src/store/transferActions.ts');
    const { toMapDocument } = await import('../../src/core/persistence/mapDocument.ts');
    const otherBody = {
      savedAt: '2026-11-01T10:00:00.000Z',
      paint: Uint8Array.from([0, 8, 8, 0, 0]),
      marks: [{ region: 'R_hip_lateral' as const, intensity: 8 }],
      symptoms: [],
      redFlags: [],
      pressTests: {},
    };
    expect(await importMap({ file: JSON.stringify(await toMapDocument(otherBody, '0.0.0')) })).toBe(true);
    expect(marked()).toEqual({ R_hip_lateral: 8 });
    expect(appStore.getState().notices.some((n) => /different body model.+strokes could not be kept/.test(n.text))).toBe(true);
  });

  it('leaves the current map exactly as it was when an import is bad, and says why', async () => {
    const { importMap } = await import('../../src/store/transferActions.ts');
    setRegionIntensity('L_sij', 5);
    toggleSymptom('walking');
    const before = appStore.getState().paint!.values.slice();
    for (const bad of [
      '{"format":"painmap-map","schemaVersion":9}',
      'garbage',
      '{"format":"painmap-map","schemaVersion":2,"body":{"vertexCount":53514},"paint":"%%%"}',
    ]) {
      expect(await importMap({ file: bad })).toBe(false);
      expect(appStore.getState().notices.at(-1)!.text).toMatch(/could not be opened: .+ Your current map is unchanged\./);
    }
    expect(await importMap({ link: 'not-a-map' })).toBe(false);
    expect(Array.from(appStore.getState().paint!.values)).toEqual(Array.from(before));
    expect(appStore.getState().symptoms).toEqual(['walking']);
    expect(appStore.getState().undo).toHaveLength(1);
  });

  it('carries the map in a share link', async () => {
    const { importMap, shareLink } = await import('../../src/store/transferActions.ts');
    setRegionIntensity('L_buttock_upper_lateral', 8);
    const link = await shareLink('https://painmap.example/');
    expect(link).toMatch(/^https:\/\/painmap\.example\/#\/map\/[A-Za-z0-9_-]+$/);
    await startApp(new MemoryStorage());
    expect(await importMap({ link: link.split('#/map/')[1]! })).toBe(true);
    expect(marked()).toEqual({ L_buttock_upper_lateral: 8 });
  });
});
