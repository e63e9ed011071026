import { act } from '@testing-library/react';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseBodyModel } from '../../../src/body/parseBodyModel.ts';
import { buildBodyMesh, type BodyMesh } from '../../../src/core/mesh/bodyMesh.ts';
import { appStore, initialState } from '../../../src/store/appStore.ts';
import { bodyReady } from '../../../src/store/bodyActions.ts';
import { refreshDerived } from '../../../src/store/derived.ts';
import { RED_FLAG_IDS } from '../../../src/core/redFlags.ts';

const BODY_FILE = join(import.meta.dirname, '../../../public/models/body.glb');

/**
 * The shipped body model, as src/body/loadBodyFile.ts builds it, but done here because
 * loadBodyFile cannot run in the jsdom project as it is:
 * - its default path is `new URL(…, import.meta.url)`, which Vite rewrites to an
 *   http://localhost URL for jsdom (a web asset), so fileURLToPath throws "The URL must be of
 *   scheme file";
 * - the bytes it passes are a Node ArrayBuffer, which is not `instanceof ArrayBuffer` in the
 *   jsdom globals, so GLTFLoader takes them for parsed JSON and says "Unsupported asset".
 * So: read the file, copy it into an ArrayBuffer of this realm, then parse and build as it does.
 */
async function readBody(): Promise<BodyMesh> {
  const file = await readFile(BODY_FILE);
  const bytes = new ArrayBuffer(file.byteLength);
  new Uint8Array(bytes).set(file);
  return buildBodyMesh(await parseBodyModel(bytes));
}

/** Loaded once per test file (vitest gives every file its own module graph). */
let loading: Promise<BodyMesh> | undefined;
export function loadBody(): Promise<BodyMesh> {
  loading ??= readBody();
  return loading;
}

/** Every warning-sign question answered "no", as a person does in the required step. */
export function answerWarningSignsNo(): void {
  appStore.setState({ redFlags: [], redFlagsNo: [...RED_FLAG_IDS] });
  refreshDerived.flush();
}

/** An empty store, as at start-up before the body has loaded. */
export function resetStore(): void {
  appStore.setState(initialState(), true);
}

/** An empty store with the body ready and the derived state (summary, matcher) up to date. */
export function freshApp(body: BodyMesh): void {
  resetStore();
  bodyReady(body);
  refreshDerived.flush();
}

/**
 * Recomputes the summary and the matcher now instead of on the next animation frame, inside
 * act() so React renders what changed before the test looks.
 */
export function flush(): void {
  act(() => refreshDerived.flush());
}

/** Runs a store action inside act() and brings the derived state up to date. */
export function inStore(action: () => void): void {
  act(() => {
    action();
    refreshDerived.flush();
  });
}
