import { appStore, type ViewPreset } from './appStore.ts';
import { readItem } from './readItem.ts';

/** The side of the body last shown, so the next visit opens where the person left it (their marks in view). */
const VIEW_KEY = 'painmap:view';
const VIEWS: readonly ViewPreset[] = ['front', 'back', 'left', 'right'];

/** The view to open in: the one last shown on this device, else the front. */
export function rememberedView(storage: Storage): ViewPreset {
  const value = readItem(storage, VIEW_KEY);
  return VIEWS.find((view) => view === value) ?? 'front';
}

/** Opens in the remembered view, and keeps remembering whichever side is shown from now on. */
export function startRememberingView(storage: Storage): () => void {
  const view = rememberedView(storage);
  appStore.setState({ camera: { kind: 'preset', preset: view, serial: 0 }, facing: view });
  return appStore.subscribe((state, previous) => {
    if (state.facing === previous.facing) return;
    try {
      storage.setItem(VIEW_KEY, state.facing);
    } catch {
      // Storage refused: the next visit opens on the front.
    }
  });
}
