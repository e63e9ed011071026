/**
 * The app open in two tabs on one device: an old idle tab must not write its map over one saved
 * in the other when it closes, and saving to the history in one tab must keep what the other saved.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBodyFile } from '../../src/body/loadBodyFile.ts';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import { appStore, initialState } from '../../src/store/appStore.ts';
import { bodyReady } from '../../src/store/bodyActions.ts';
import { refreshDerived } from '../../src/store/derived.ts';
import { ensureHistoryLoaded, HISTORY_KEY, saveToHistory } from '../../src/store/historyActions.ts';
import { historyStore } from '../../src/store/historyStore.ts';
import { setRegionIntensity } from '../../src/store/paintActions.ts';
import { loadSavedMap, MAP_KEY, startAutosave } from '../../src/store/persistence.ts';
import { MemoryStorage } from '../support/memoryStorage.ts';

let body: BodyMesh;
beforeAll(async () => {
  body = await loadBodyFile();
});

// The page's events and storage, as a browser tab has them.
const page = new EventTarget();
beforeEach(() => {
  vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
  vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page));
  vi.stubGlobal('window', page);
  vi.stubGlobal('localStorage', new MemoryStorage());
});
afterEach(() => vi.unstubAllGlobals());

/** What the browser fires in this tab when another tab writes `key`. */
const storageEvent = (key: string) => Object.assign(new Event('storage'), { key, storageArea: localStorage });

describe('the saved map with two tabs open', () => {
  let storage: MemoryStorage;
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    storage = new MemoryStorage();
    appStore.setState(initialState(), true);
    loadSavedMap(storage);
    bodyReady(body);
    refreshDerived.flush();
    stop = startAutosave(storage);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  const savedRegions = () => (JSON.parse(storage.getItem(MAP_KEY)!) as { marks: { region: string }[] }).marks.map((m) => m.region);

  it('leaves the map another tab saved when an idle tab is closed', () => {
    setRegionIntensity('L_sij', 5);
    vi.advanceTimersByTime(1000);
    expect(savedRegions()).toEqual(['L_sij']);
    // Meanwhile the person marks more in another tab, which saves its map.
    const newer = JSON.parse(storage.getItem(MAP_KEY)!) as { marks: { region: string; intensity: number }[] };
    newer.marks.push({ region: 'R_sij', intensity: 6 });
    storage.setItem(MAP_KEY, JSON.stringify(newer));
    page.dispatchEvent(new Event('pagehide'));
    expect(savedRegions()).toEqual(['L_sij', 'R_sij']);
  });

  it('saves at once a change still waiting when the page is left', () => {
    setRegionIntensity('L_iliac_crest', 7);
    expect(storage.getItem(MAP_KEY)).toBeNull();
    page.dispatchEvent(new Event('pagehide'));
    expect(savedRegions()).toEqual(['L_iliac_crest']);
  });
});

describe('the history with two tabs open', () => {
  beforeEach(() => {
    appStore.setState(initialState(), true);
    loadSavedMap(new MemoryStorage());
    bodyReady(body);
  });

  it('keeps an entry saved in another tab when this tab saves one', () => {
    ensureHistoryLoaded();
    setRegionIntensity('L_sij', 5);
    expect(saveToHistory('first, here')).toBe(true);
    // The other tab, which read the history before, adds its own entry and writes the list.
    const list = JSON.parse(localStorage.getItem(HISTORY_KEY)!) as { note?: string; savedAt: string }[];
    const other = { ...list[0]!, note: 'from the other tab', savedAt: '2026-11-22T08:00:00.000Z' };
    localStorage.setItem(HISTORY_KEY, JSON.stringify([other, ...list]));
    page.dispatchEvent(storageEvent(HISTORY_KEY));
    expect(historyStore.getState().entries).toHaveLength(2);

    expect(saveToHistory('second, here')).toBe(true);
    const notes = (JSON.parse(localStorage.getItem(HISTORY_KEY)!) as { note?: string }[]).map((e) => e.note);
    expect(notes).toHaveLength(3);
    expect(notes).toContain('from the other tab');
  });
});
