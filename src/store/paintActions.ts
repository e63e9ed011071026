import { regionIndex, type RegionId } from '../core/regions/regionIds.ts';
import { StrokeRecord, type PaintChange } from '../core/paint/paintLayer.ts';
import { appStore } from './appStore.ts';
import { refreshDerived } from './derived.ts';
import { announcePaint } from './paintEvents.ts';

const UNDO_LIMIT = 100;

function changed(change: PaintChange): void {
  announcePaint(change.vertices);
  appStore.setState((s) => ({ paintVersion: s.paintVersion + 1 }));
  refreshDerived.request();
}

/** A new undo step; it ends what could be redone. */
function pushUndo(change: PaintChange): void {
  appStore.setState((s) => ({ undo: [...s.undo, change].slice(-UNDO_LIMIT), redo: [] }));
}

/** Records a change made outside a stroke as one undo step (an imported map, a region set). */
export function recordChange(change: PaintChange | undefined): void {
  if (!change) return;
  pushUndo(change);
  changed(change);
}

/** A stroke in progress: its dabs become one undo step when endStroke comes. */
let stroke: StrokeRecord | undefined;

export function beginStroke(): void {
  stroke = new StrokeRecord();
}

/** Paints (or erases, value 0) the given vertices as part of the current stroke. */
export function dab(vertices: ArrayLike<number>, value: number): void {
  const layer = appStore.getState().paint;
  if (!layer) return;
  const change = layer.paint(vertices, value);
  if (!change) return;
  if (stroke) {
    stroke.add(change);
    changed(change);
  } else {
    recordChange(change);
  }
}

/** Closes the stroke in progress and gives what it changed, if anything. */
function finishStroke(): PaintChange | undefined {
  const layer = appStore.getState().paint;
  const made = layer ? stroke?.finish(layer.values) : undefined;
  stroke = undefined;
  return made;
}

/** Takes back the stroke in progress, leaving no undo step: it was the start of a pinch, not paint. */
export function cancelStroke(): void {
  const made = finishStroke();
  const layer = appStore.getState().paint;
  if (!layer || !made) return;
  layer.apply(made, 'backward');
  changed(made);
}

export function endStroke(): void {
  const finished = finishStroke();
  if (finished) pushUndo(finished);
}

/**
 * Sets a whole region to one intensity (0 clears it): what the region picker does. The summary
 * is brought up to date at once, so the picker shows the new value without waiting a frame.
 */
export function setRegionIntensity(region: RegionId, value: number): void {
  const layer = appStore.getState().paint;
  if (!layer) return;
  recordChange(layer.paint(layer.verticesOf(regionIndex(region)), value));
  refreshDerived.flush();
}

export function clearAll(): void {
  const layer = appStore.getState().paint;
  if (!layer) return;
  recordChange(layer.replaceAll(new Uint8Array(layer.values.length)));
}

export function undo(): void {
  endStroke(); // an open stroke becomes the step this undoes
  const { undo: stack, paint } = appStore.getState();
  const last = stack.at(-1);
  if (!last || !paint) return;
  paint.apply(last, 'backward');
  appStore.setState((s) => ({ undo: s.undo.slice(0, -1), redo: [...s.redo, last] }));
  changed(last);
}

export function redo(): void {
  endStroke();
  const { redo: stack, paint } = appStore.getState();
  const next = stack.at(-1);
  if (!next || !paint) return;
  paint.apply(next, 'forward');
  appStore.setState((s) => ({ redo: s.redo.slice(0, -1), undo: [...s.undo, next] }));
  changed(next);
}
