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
import { toMapDocument } from '../../src/core/persistence/mapDocument.ts';
import { restoreMap } from '../../src/core/persistence/restoreMap.ts';
import { regionIndex, type RegionId } from '../../src/core/regions/regionIds.ts';
import { startTabSync } from '../../src/store/tabSync.ts';
import { toggleSymptom } from '../../src/store/uiActions.ts';
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

describe('the map kept in sync between two tabs', () => {
  let storage: MemoryStorage;
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    storage = new MemoryStorage();
    appStore.setState(initialState(), true);
    loadSavedMap(storage);
    bodyReady(body);
    refreshDerived.flush();
    const stopSaving = startAutosave(storage);
    const stopSync = startTabSync(storage);
    stop = () => {
      stopSaving();
      stopSync();
    };
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  const saved = () => JSON.parse(storage.getItem(MAP_KEY)!) as { marks: { region: string; intensity: number }[]; symptoms: string[] };
  const shown = () => {
    refreshDerived.flush();
    return appStore.getState().summary.map((m) => m.region);
  };
  /** The other tab saves this map with one more region marked, and the browser tells this tab. */
  function otherTabAdds(region: RegionId): void {
    const { map } = restoreMap(saved());
    const paint = map.paint!.slice();
    body.regions.forEach((r, v) => {
      if (r === regionIndex(region)) paint[v] = 4;
    });
    const marks = [...map.marks, { region, intensity: 4 }];
    storage.setItem(MAP_KEY, JSON.stringify(toMapDocument({ ...map, paint, marks, savedAt: '2026-12-01T10:00:00.000Z' }, '0.1.0')));
    page.dispatchEvent(Object.assign(new Event('storage'), { key: MAP_KEY, storageArea: storage }));
  }
  const notice = () => appStore.getState().notices.at(-1)!;

  it('shows the map another tab saved, says so, and Undo brings this tab’s back and saves it', () => {
    setRegionIntensity('L_sij', 5);
    vi.advanceTimersByTime(1000);
    otherTabAdds('R_sij');
    expect(shown()).toEqual(['L_sij', 'R_sij']);
    expect(notice().text).toMatch(/changed in another tab/);
    // Adopting writes nothing back: no echo between the tabs.
    const before = storage.getItem(MAP_KEY);
    vi.advanceTimersByTime(1000);
    expect(storage.getItem(MAP_KEY)).toBe(before);

    notice().action!.run();
    vi.advanceTimersByTime(1000);
    expect(shown()).toEqual(['L_sij']);
    expect(saved().marks.map((m) => m.region)).toEqual(['L_sij']);
  });

  it('keeps this tab’s unsaved change aside when another tab saves first', () => {
    setRegionIntensity('L_sij', 5);
    vi.advanceTimersByTime(1000);
    toggleSymptom('walking');
    otherTabAdds('R_sij');
    expect(shown()).toEqual(['L_sij', 'R_sij']);
    expect(appStore.getState().symptoms).toEqual([]);
    expect(notice().text).toMatch(/unsaved changes are kept under/);
    const aside = storage.keys().find((k) => k.startsWith('painmap:map:set-aside:'))!;
    expect(JSON.parse(storage.getItem(aside)!).symptoms).toEqual(['walking']);
    vi.advanceTimersByTime(1000);
    expect(saved().marks.map((m) => m.region)).toEqual(['L_sij', 'R_sij']);
  });

  it('never saves over a newer map it has not seen without keeping it', () => {
    setRegionIntensity('L_sij', 5);
    vi.advanceTimersByTime(1000);
    // The other tab saves, but this tab is not told (it was asleep), and then changes its map.
    const newer = { ...saved(), marks: [...saved().marks, { region: 'R_calf', intensity: 2 }] };
    storage.setItem(MAP_KEY, JSON.stringify(newer));
    setRegionIntensity('L_iliac_crest', 6);
    vi.advanceTimersByTime(1000);
    expect(saved().marks.map((m) => m.region).sort()).toEqual(['L_iliac_crest', 'L_sij']);
    const aside = storage.keys().find((k) => k.startsWith('painmap:map:set-aside:'))!;
    expect(storage.getItem(aside)).toContain('R_calf');
    expect(notice().text).toMatch(/also changed in another tab.*kept under/);
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
