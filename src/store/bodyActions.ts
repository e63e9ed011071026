import { paintOnBody } from '../core/history/figures.ts';
import type { BodyMesh } from '../core/mesh/bodyMesh.ts';
import { PaintLayer, type PaintableBody } from '../core/paint/paintLayer.ts';
import type { PainMap } from '../core/persistence/mapDocument.ts';
import { appStore } from './appStore.ts';
import { refreshDerived } from './derived.ts';
import { announcePaint } from './paintEvents.ts';
import { keepOriginal } from './persistence.ts';
import { NO_ROOM, notify } from './uiActions.ts';

/** The body is on its way; with `firstFrameComing`, the body worker will say whether it drew a first frame. */
export function bodyLoading(firstFrameComing: boolean): void {
  appStore.setState({ body: firstFrameComing ? { status: 'loading' } : { status: 'loading', firstFrame: 'none' } });
}

/** The body worker drew the body's first frame (or could not): the 3D view can load now. */
export function bodyFirstFrame(drawn: boolean): void {
  const { body } = appStore.getState();
  if (body.status === 'loading') appStore.setState({ body: { ...body, firstFrame: drawn ? 'drawn' : 'none' } });
}

export function bodyFailed(message: string): void {
  appStore.setState({ body: { status: 'error', message } });
}

/**
 * A map's paint on this body. A map painted on a differently built body cannot keep its
 * strokes; its region marks are filled in instead, and the person is told.
 */
export function paintForBody(body: PaintableBody, map: PainMap): Uint8Array {
  if (map.paint && map.paint.length !== body.vertexCount && map.marks.length > 0)
    notify('info', 'That map was made on a different body model. Its marked regions were filled in; the exact strokes could not be kept.');
  return paintOnBody(body, map);
}

/** The body is ready: make its paint layer and put the saved map on it. */
export function bodyReady(mesh: BodyMesh): void {
  const paint = new PaintLayer(mesh);
  const pending = appStore.getState().pendingMap;
  let blocked = false;
  if (pending?.paint && pending.paint.length !== mesh.vertexCount) {
    // The saved map is about to be saved in its filled-in form: keep it as it was first.
    blocked = !keepOriginal('it was made on a different body model, so its marked regions were filled in.');
    if (blocked) notify('error', `Your saved map was made on a different body model. ${NO_ROOM}`);
    paint.replaceAll(paintOnBody(mesh, pending));
  } else if (pending) paint.replaceAll(paintForBody(mesh, pending));
  appStore.setState((s) => ({
    ...(blocked ? { saving: 'blocked' as const } : {}),
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

/** The same body in another shape: the paint layer moves to it with every value and the undo steps kept. */
export function bodyReshaped(mesh: BodyMesh): void {
  const { paint } = appStore.getState();
  const layer = new PaintLayer(mesh);
  if (paint) layer.replaceAll(paint.values);
  appStore.setState((s) => ({ body: { status: 'ready', mesh }, paint: layer, paintVersion: s.paintVersion + 1 }));
  announcePaint('all');
  refreshDerived.request();
}
