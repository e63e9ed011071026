/**
 * Saving compresses the paint first (the platform's compression streams are async), but the save
 * when the page is hidden must be written at once: it reuses the last compressed paint, or writes
 * the paint uncompressed (DEFLATE stored blocks), and the map reopens the same either way.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBodyFile } from '../../src/body/loadBodyFile.ts';
import type { BodyMesh } from '../../src/core/mesh/bodyMesh.ts';
import { appStore, initialState } from '../../src/store/appStore.ts';
import { bodyReady } from '../../src/store/bodyActions.ts';
import { refreshDerived } from '../../src/store/derived.ts';
import { setRegionIntensity } from '../../src/store/paintActions.ts';
import { autosaveSettled, loadSavedMap, MAP_KEY, startAutosave } from '../../src/store/persistence.ts';
import { toggleSymptom } from '../../src/store/uiActions.ts';
import { MemoryStorage } from '../support/memoryStorage.ts';

let body: BodyMesh;
beforeAll(async () => {
  body = await loadBodyFile();
});

const page = new EventTarget();
let storage: MemoryStorage;
let stop = () => {};

/** The app starting as main.tsx starts it: the saved map read, saving on, then the body ready. */
async function startApp(): Promise<void> {
  stop();
  appStore.setState(initialState(), true);
  await loadSavedMap(storage);
  stop = startAutosave(storage);
  bodyReady(body);
  refreshDerived.flush();
}

beforeEach(async () => {
  vi.stubGlobal('addEventListener', page.addEventListener.bind(page));
  vi.stubGlobal('removeEventListener', page.removeEventListener.bind(page));
  vi.useFakeTimers();
  storage = new MemoryStorage();
  await startApp();
});
afterEach(() => {
  stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The autosave's delay passes and every save started has compressed and written. */
async function afterAutosave(): Promise<void> {
  await vi.advanceTimersByTimeAsync(1000);
  await autosaveSettled();
}

const saved = () => JSON.parse(storage.getItem(MAP_KEY)!) as { paint: string; marks: { region: string }[]; symptoms: string[] };
const paintNow = () => Array.from(appStore.getState().paint!.values);
/** Stored DEFLATE blocks start with BTYPE 00; compressed ones with 01 or 10. */
const uncompressed = (paint: string) => (Buffer.from(paint, 'base64')[0]! & 0b110) === 0;

describe('saving the map as it changes', () => {
  it('compresses the paint before it saves it', async () => {
    setRegionIntensity('L_sij', 5);
    await afterAutosave();
    expect(uncompressed(saved().paint)).toBe(false);
    expect(saved().paint.length).toBeLessThan(2_000);
    const painted = paintNow();
    await startApp();
    expect(paintNow()).toEqual(painted);
  });

  it('writes a change still waiting when the page is hidden at once, uncompressed, and it reopens with the same paint', async () => {
    setRegionIntensity('L_sij', 5);
    await afterAutosave();
    setRegionIntensity('R_iliac_crest', 7);
    page.dispatchEvent(new Event('pagehide'));
    // Written synchronously: the compressed paint was for the values before the change.
    expect(saved().marks.map((m) => m.region).sort()).toEqual(['L_sij', 'R_iliac_crest']);
    expect(uncompressed(saved().paint)).toBe(true);
    const painted = paintNow();

    await startApp();
    expect(paintNow()).toEqual(painted);
    // The first save of the next visit compresses it again.
    await afterAutosave();
    expect(uncompressed(saved().paint)).toBe(false);
    await startApp();
    expect(paintNow()).toEqual(painted);
  });

  it('reuses the compressed paint when the page is hidden after a change to the answers only', async () => {
    setRegionIntensity('L_sij', 5);
    await afterAutosave();
    const compressed = saved().paint;
    toggleSymptom('walking');
    page.dispatchEvent(new Event('pagehide'));
    expect(saved().symptoms).toEqual(['walking']);
    expect(saved().paint).toBe(compressed);
  });

  it('keeps a change made while the previous save was still compressing', async () => {
    setRegionIntensity('L_sij', 5);
    vi.advanceTimersByTime(1000);
    // That save is compressing now; the next change comes in before it is written.
    setRegionIntensity('R_sij', 6);
    await afterAutosave();
    expect(saved().marks.map((m) => m.region).sort()).toEqual(['L_sij', 'R_sij']);
    const painted = paintNow();
    await startApp();
    expect(paintNow()).toEqual(painted);
  });

  it('never lets a save that finishes compressing late write over the newer one made when the page was hidden', async () => {
    setRegionIntensity('L_sij', 5);
    vi.advanceTimersByTime(1000);
    setRegionIntensity('R_sij', 6);
    page.dispatchEvent(new Event('pagehide'));
    const written = storage.getItem(MAP_KEY);
    await autosaveSettled();
    expect(storage.getItem(MAP_KEY)).toBe(written);
    expect(saved().marks.map((m) => m.region).sort()).toEqual(['L_sij', 'R_sij']);
  });
});
