import { buildBodyMesh } from '../core/mesh/bodyMesh.ts';
import { bodyFailed, bodyLoading, bodyReady } from './bodyActions.ts';

/**
 * Fetches and prepares the body. three.js is imported here lazily, so the first paint does
 * not wait for it. Needs no WebGL: the region picker works from the same body data.
 */
export async function loadBody(url = `${import.meta.env.BASE_URL}models/body.glb`): Promise<void> {
  bodyLoading();
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const bytes = await response.arrayBuffer();
    const { parseBodyModel } = await import('../body/parseBodyModel.ts');
    bodyReady(buildBodyMesh(await parseBodyModel(bytes)));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    bodyFailed(`The body model could not be loaded (${reason}).`);
  }
}
