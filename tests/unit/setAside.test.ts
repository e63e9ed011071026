/**
 * A saved map that a migration or repair changes keeps its original; everything set aside is
 * listed and can be downloaded or restored.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBodyFile } from '../../src/body/loadBodyFile.ts';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import { toMapDocument } from '../../src/core/persistence/mapDocument.ts';
import { appStore, initialState } from '../../src/store/appStore.ts';
import { bodyReady } from '../../src/store/bodyActions.ts';
import { refreshDerived } from '../../src/store/derived.ts';
import { HISTORY_KEY, loadHistory } from '../../src/store/historyActions.ts';
import { historyStore, initialHistoryState } from '../../src/store/historyStore.ts';
import { restoreSetAside, setAsideFile } from '../../src/store/keepActions.ts';
import { initialKeepState, keepStore } from '../../src/store/keepStore.ts';
import { loadSavedMap, MAP_KEY, saveNow } from '../../src/store/persistence.ts';
import { MemoryStorage } from '../support/memoryStorage.ts';

let body: BodyMesh;
beforeAll(async () => {
  body = await loadBodyFile();
});

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('window', new EventTarget());
  historyStore.setState(initialHistoryState(), true);
  keepStore.setState(initialKeepState(), true);
});
afterEach(() => vi.unstubAllGlobals());

async function startApp(): Promise<void> {
  appStore.setState(initialState(), true);
  await loadSavedMap(storage);
  bodyReady(body);
  refreshDerived.flush();
}

const v1Text = readFileSync(new URL('../fixtures/map-v1.json', import.meta.url), 'utf8');
const marked = () => Object.fromEntries(appStore.getState().summary.map((s) => [s.region, s.intensity]));
const notices = () => appStore.getState().notices.map((n) => n.text).join('\n');
const setAsideKeys = () => storage.keys().filter((k) => k.includes(':set-aside:'));
const current = { savedAt: '2026-11-20T09:30:00.000Z', paint: null, marks: [{ region: 'L_sij' as const, intensity: 6 }], symptoms: [], redFlags: [], pressTests: {} };

describe('a saved map changed on the way in', () => {
  it('keeps an older version as it was before migrating it, says so, and lists it', async () => {
    storage.setItem(MAP_KEY, v1Text);
    await startApp();
    expect(marked()).toMatchObject({ L_sij: 6 });
    expect(notices()).toMatch(/older version of painmap \(format 1\).*kept under \u201cKeep your map\u201d/);
    const [item] = keepStore.getState().setAside;
    expect(item).toMatchObject({ kind: 'map', reason: expect.stringMatching(/format 1/) });
    expect(setAsideFile(item!)!.text).toBe(v1Text);
    // Saved in its new form at once: the next visit has nothing to set aside again.
    expect(JSON.parse(storage.getItem(MAP_KEY)!).schemaVersion).toBe(2);
    // (Its paint was for an 8-point body: filled in too, and said so, with the one copy kept.)
    expect(notices()).toMatch(/different body model/);
    saveNow(storage);
    await startApp();
    expect(setAsideKeys()).toHaveLength(1);
  });

  it('keeps a map with unknown regions as it was before leaving them out', async () => {
    const text = JSON.stringify({ ...(await toMapDocument(current, '0.1.0')), marks: [...current.marks, { region: 'L_elbow', intensity: 4 }] });
    storage.setItem(MAP_KEY, text);
    await startApp();
    expect(marked()).toEqual({ L_sij: 6 });
    expect(notices()).toMatch(/left out: Skipped an unknown region \(\u201cL_elbow\u201d\).*kept under/);
    expect(setAsideFile(keepStore.getState().setAside[0]!)!.text).toBe(text);
  });

  it('keeps a map painted on a different body as it was before filling in its regions', async () => {
    const text = JSON.stringify(await toMapDocument({ ...current, paint: Uint8Array.from([0, 6, 6, 0]) }, '0.1.0'));
    storage.setItem(MAP_KEY, text);
    await startApp();
    expect(marked()).toEqual({ L_sij: 6 });
    expect(notices()).toMatch(/different body model.*kept under/);
    expect(setAsideFile(keepStore.getState().setAside[0]!)!.text).toBe(text);
    saveNow(storage);
    await startApp();
    expect(setAsideKeys()).toHaveLength(1);
  });

  it('does not change a map it cannot keep a copy of, and saves nothing over it', async () => {
    storage.setItem(MAP_KEY, v1Text);
    storage.full = true;
    await startApp();
    storage.full = false;
    saveNow(storage);
    expect(storage.getItem(MAP_KEY)).toBe(v1Text);
    expect(notices()).toMatch(/no room on this device to keep a copy first, so nothing was changed/);
  });
});

describe('maps set aside', () => {
  it('restores a map that was set aside as made by a newer version, once the app can read it', async () => {
    const newer = JSON.stringify({ ...(await toMapDocument(current, '9.0.0')), schemaVersion: 99 });
    storage.setItem(MAP_KEY, newer);
    await startApp();
    const [item] = keepStore.getState().setAside;
    expect(item!.reason).toMatch(/newer version/);
    // Still too new: it stays set aside and the person is told why.
    expect(await restoreSetAside(item!)).toBe(false);
    expect(notices()).toMatch(/newer version/);
    // A readable one restores into the empty map.
    storage.setItem(item!.key, JSON.stringify(await toMapDocument(current, '0.1.0')));
    expect(await restoreSetAside(item!)).toBe(true);
    refreshDerived.flush();
    expect(marked()).toEqual({ L_sij: 6 });
  });

  it('puts set-aside history entries back into the history', async () => {
    storage.setItem(HISTORY_KEY, JSON.stringify([await toMapDocument(current, '0.1.0'), { format: 'painmap-map', schemaVersion: 2, paint: '###', body: { vertexCount: 9 } }]));
    await startApp();
    await loadHistory(storage);
    expect(historyStore.getState().entries).toHaveLength(1);
    const item = keepStore.getState().setAside.find((i) => i.kind === 'history')!;
    expect(item.reason).toMatch(/paint data is damaged/);
    expect(await restoreSetAside(item)).toBe(false);
    expect(notices()).toMatch(/Nothing in that set-aside history can be read/);
  });
});
