import { APP_VERSION } from '../core/appInfo.ts';
import { toMapDocument, type PainMap } from '../core/persistence/mapDocument.ts';
import { MapRestoreError, restoreMap } from '../core/persistence/restoreMap.ts';
import { decodeShareData, encodeShareData, parseMapText } from '../core/persistence/transfer.ts';
import { longDate } from '../core/longDate.ts';
import { listProblems } from '../core/noticeText.ts';
import { isEmptyMap } from '../core/persistence/isEmptyMap.ts';
import { appStore } from './appStore.ts';
import { keepStore } from './keepStore.ts';
import { paintForBody } from './bodyActions.ts';
import { refreshDerived } from './derived.ts';
import { recordChange } from './paintActions.ts';
import { currentMap } from './persistence.ts';
import { notify, showView } from './uiActions.ts';

/** The map as an export file: a name with the date, and its JSON. */
export async function exportMap(): Promise<{ filename: string; text: string }> {
  const document = await toMapDocument(currentMap(), APP_VERSION);
  return { filename: `painmap-${document.savedAt.slice(0, 10)}.json`, text: `${JSON.stringify(document, null, 2)}\n` };
}

/** A link that carries the map in its fragment, never sent to any server. */
export async function shareLink(base = `${location.origin}${location.pathname}`): Promise<string> {
  return `${base}#/map/${await encodeShareData(await toMapDocument(currentMap(), APP_VERSION))}`;
}

/** The answers that travel with a map; an older map without "no" answers comes in unscreened. */
function answersOf(map: PainMap) {
  return {
    symptoms: map.symptoms,
    redFlags: map.redFlags,
    redFlagsNo: map.redFlagsNo ?? [],
    pressTests: map.pressTests,
    // A map without a shape leaves the person's choice as it is.
    ...(map.bodyShape ? { bodyShape: map.bodyShape } : {}),
  };
}

/** Puts a map in place of the current one; the paint change is one undo step. */
export function applyMap(map: PainMap): void {
  const { paint } = appStore.getState();
  if (!paint) {
    appStore.setState({ pendingMap: map, ...answersOf(map) });
    refreshDerived.request();
    return;
  }
  recordChange(paint.replaceAll(paintForBody(paint.body, map)));
  appStore.setState(answersOf(map));
  refreshDerived.flush();
}

/** Turns the view to the side of the body that holds most of the opened map's paint. */
function faceThePaint(): void {
  const { paint, body } = appStore.getState();
  if (!paint || body.status !== 'ready') return;
  const { positions } = body.mesh;
  let front = 0;
  let back = 0;
  paint.values.forEach((value, v) => {
    if (value === 0) return;
    if (positions[3 * v + 2]! >= 0.03) front++;
    else back++;
  });
  if (back > front) showView('back');
  else if (front > 0) showView('front');
}

/** Puts an opened map in place and says so; `kept` tells where the map it replaced went. */
export function openMap(map: PainMap, warnings: readonly string[], kept = ''): void {
  applyMap(map);
  faceThePaint();
  // Warning-sign answers are about whoever reads now: a map from a file or a link keeps its "yes"
  // answers (the safe side) but its "no" answers are asked again, so a map shared by someone
  // else never opens the release steps for this person.
  const askAgain = (map.redFlagsNo ?? []).length > 0;
  if (askAgain) appStore.setState({ redFlagsNo: [] });
  const skipped = warnings.length ? ` Some entries could not be read and were left out: ${listProblems(warnings)}` : '';
  const ask = askAgain ? ' Please answer the warning-sign questions for yourself.' : '';
  notify('info', `Opened the map from ${longDate(map.savedAt)}.${kept}${skipped}${ask}`);
}

/**
 * Imports a map from a file's text or a share link's data. Over an empty map it opens at once;
 * over a map with anything in it, it waits for the person's choice. Anything wrong leaves the
 * current map exactly as it was and says what was wrong. Resolves to whether it opened (or waits).
 */
export async function importMap(source: { readonly file: string } | { readonly link: string } | { readonly setAside: string }): Promise<boolean> {
  try {
    const json = 'link' in source ? await decodeShareData(source.link) : parseMapText('file' in source ? source.file : source.setAside);
    const { map, warnings } = await restoreMap(json);
    refreshDerived.flush();
    if (isEmptyMap(currentMap())) openMap(map, warnings);
    // A map is open: nothing replaces it until the person chooses (keepActions.ts).
    else keepStore.setState({ incoming: { map, warnings, from: 'link' in source ? 'link' : 'file' in source ? 'file' : 'set-aside' } });
    return true;
  } catch (error) {
    const reason = error instanceof MapRestoreError ? error.message : 'It could not be read.';
    notify('error', `That map could not be opened: ${reason} Your current map is unchanged.`);
    return false;
  }
}
