import { PaintLayer } from '../core/paint/paintLayer.ts';
import type { BodyMesh } from '../core/mesh/bodyMesh.ts';
import { regionIndex } from '../core/regions/regionIds.ts';
import { appStore } from './appStore.ts';
import { refreshDerived } from './derived.ts';
import { announcePaint } from './paintEvents.ts';
import { notify } from './uiActions.ts';

export function bodyLoading(): void {
  appStore.setState({ body: { status: 'loading' } });
}

export function bodyFailed(message: string): void {
  appStore.setState({ body: { status: 'error', message } });
}

/**
 * The body is ready: make its paint layer and put the saved map on it. A map saved on a
 * differently built body cannot keep its strokes; its region marks are filled in instead,
 * and the person is told.
 */
export function bodyReady(mesh: BodyMesh): void {
  const paint = new PaintLayer(mesh);
  const pending = appStore.getState().pendingMap;
  if (pending?.paint && pending.paint.length === mesh.vertexCount) {
    paint.replaceAll(pending.paint);
  } else if (pending && pending.marks.length > 0) {
    for (const mark of pending.marks) paint.paint(paint.verticesOf(regionIndex(mark.region)), mark.intensity);
    if (pending.paint)
      notify('info', 'Your saved map was made on a different body model. Its marked regions were filled in; the exact strokes could not be kept.');
  }
  appStore.setState((s) => ({
    body: { status: 'ready', mesh },
    paint,
    pendingMap: null,
    restored: true,
    paintVersion: s.paintVersion + 1,
    undo: [],
    redo: [],
  }));
  announcePaint('all');
  refreshDerived.request();
}
