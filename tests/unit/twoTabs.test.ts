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
import { historyStore, initialHistoryState } from '../../src/store/historyStore.ts';
import { setRegionIntensity } from '../../src/store/paintActions.ts';
import { autosaveSettled, loadSavedMap, MAP_KEY, startAutosave } from '../../src/store/persistence.ts';
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

/** The autosave's delay passes and its save, which compresses the paint first, is written. */
async function afterAutosave(): Promise<void> {
  await vi.advanceTimersByTimeAsync(1000);
  await autosaveSettled();
}

/** What the browser fires in this tab when another tab writes `key`. */
const storageEvent = (key: string) => Object.assign(new Event('storage'), { key, storageArea: localStorage });

describe('the saved map with two tabs open', () => {
  let storage: MemoryStorage;
  let stop: () => void;
  beforeEach(async () => {
    vi.useFakeTimers();
    storage = new MemoryStorage();
    appStore.setState(initialState(), true);
    await loadSavedMap(storage);
    bodyReady(body);
    refreshDerived.flush();
    stop = startAutosave(storage);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  const savedRegions = () => (JSON.parse(storage.getItem(MAP_KEY)!) as { marks: { region: string }[] }).marks.map((m) => m.region);

  it('leaves the map another tab saved when an idle tab is closed', async () => {
    setRegionIntensity('L_sij', 5);
    await afterAutosave();
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
  beforeEach(async () => {
    vi.useFakeTimers();
    storage = new MemoryStorage();
    appStore.setState(initialState(), true);
    await loadSavedMap(storage);
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
  async function otherTabAdds(region: RegionId): Promise<void> {
    const { map } = await restoreMap(saved());
    const paint = map.paint!.slice();
    body.regions.forEach((r, v) => {
      if (r === regionIndex(region)) paint[v] = 4;
    });
    const marks = [...map.marks, { region, intensity: 4 }];
    storage.setItem(MAP_KEY, JSON.stringify(await toMapDocument({ ...map, paint, marks, savedAt: '2026-12-01T10:00:00.000Z' }, '0.1.0')));
    page.dispatchEvent(Object.assign(new Event('storage'), { key: MAP_KEY, storageArea: storage }));
    // This tab reads the other tab's map (its paint inflates asynchronously), then shows it.
    await vi.waitFor(() => expect(shown()).toContain(region));
  }
  const notice = () => appStore.getState().notices.at(-1)!;

  it('shows the map another tab saved, says so, and Undo brings this tab’s back and saves it', async () => {
    setRegionIntensity('L_sij', 5);
    await afterAutosave();
    await otherTabAdds('R_sij');
    expect(shown()).toEqual(['L_sij', 'R_sij']);
    expect(notice().text).toMatch(/changed in another tab/);
    // Adopting writes nothing back: no echo between the tabs.
    const before = storage.getItem(MAP_KEY);
    await afterAutosave();
    expect(storage.getItem(MAP_KEY)).toBe(before);

    notice().action!.run();
    await afterAutosave();
    expect(shown()).toEqual(['L_sij']);
    expect(saved().marks.map((m) => m.region)).toEqual(['L_sij']);
  });

  it('keeps this tab’s unsaved change aside when another tab saves first', async () => {
    setRegionIntensity('L_sij', 5);
    await afterAutosave();
    toggleSymptom('walking');
    await otherTabAdds('R_sij');
    expect(shown()).toEqual(['L_sij', 'R_sij']);
    expect(appStore.getState().symptoms).toEqual([]);
    expect(notice().text).toMatch(/unsaved changes are kept under/);
    const aside = storage.keys().find((k) => k.startsWith('painmap:map:set-aside:'))!;
    expect(JSON.parse(storage.getItem(aside)!).symptoms).toEqual(['walking']);
    await afterAutosave();
    expect(saved().marks.map((m) => m.region)).toEqual(['L_sij', 'R_sij']);
  });

  it('never saves over a newer map it has not seen without keeping it', async () => {
    setRegionIntensity('L_sij', 5);
    await afterAutosave();
    // The other tab saves, but this tab is not told (it was asleep), and then changes its map.
    const newer = { ...saved(), marks: [...saved().marks, { region: 'R_calf', intensity: 2 }] };
    storage.setItem(MAP_KEY, JSON.stringify(newer));
    setRegionIntensity('L_iliac_crest', 6);
    await afterAutosave();
    expect(saved().marks.map((m) => m.region).sort()).toEqual(['L_iliac_crest', 'L_sij']);
    const aside = storage.keys().find((k) => k.startsWith('painmap:map:set-aside:'))!;
    expect(storage.getItem(aside)).toContain('R_calf');
    expect(notice().text).toMatch(/also changed in another tab.*kept under/);
  });
});

describe('the history with two tabs open', () => {
  beforeEach(async () => {
    historyStore.setState(initialHistoryState(), true);
    appStore.setState(initialState(), true);
    await loadSavedMap(new MemoryStorage());
    bodyReady(body);
  });

  it('keeps an entry saved in another tab when this tab saves one', async () => {
    await ensureHistoryLoaded();
    setRegionIntensity('L_sij', 5);
    expect(await saveToHistory('first, here')).toBe(true);
    // The other tab, which read the history before, adds its own entry and writes the list.
    const list = JSON.parse(localStorage.getItem(HISTORY_KEY)!) as { note?: string; savedAt: string }[];
    const other = { ...list[0]!, note: 'from the other tab', savedAt: '2026-11-22T08:00:00.000Z' };
    localStorage.setItem(HISTORY_KEY, JSON.stringify([other, ...list]));
    page.dispatchEvent(storageEvent(HISTORY_KEY));
    await vi.waitFor(() => expect(historyStore.getState().entries).toHaveLength(2));

    expect(await saveToHistory('second, here')).toBe(true);
    const notes = (JSON.parse(localStorage.getItem(HISTORY_KEY)!) as { note?: string }[]).map((e) => e.note);
    expect(notes).toHaveLength(3);
    expect(notes).toContain('from the other tab');
  });

  it('keeps it too when this tab saves while still reading the list the other tab wrote', async () => {
    await ensureHistoryLoaded();
    setRegionIntensity('L_sij', 5);
    expect(await saveToHistory('first, here')).toBe(true);
    const list = JSON.parse(localStorage.getItem(HISTORY_KEY)!) as { note?: string; savedAt: string }[];
    localStorage.setItem(HISTORY_KEY, JSON.stringify([{ ...list[0]!, note: 'from the other tab', savedAt: '2026-11-22T08:00:00.000Z' }, ...list]));
    page.dispatchEvent(storageEvent(HISTORY_KEY));
    // No waiting: the entries' paint is still being inflated when this save starts.
    expect(await saveToHistory('second, here')).toBe(true);
    const notes = (JSON.parse(localStorage.getItem(HISTORY_KEY)!) as { note?: string }[]).map((e) => e.note);
    expect(notes.sort()).toEqual(['first, here', 'from the other tab', 'second, here']);
    expect(historyStore.getState().entries).toHaveLength(3);
  });
});
