import { bodyFailed, bodyLoading, bodyReady } from './bodyActions.ts';

/**
 * Fetches and prepares the body. The reader (with its meshopt decoder) is imported lazily, so
 * the first paint does not wait for it. Needs no WebGL: the region picker works from the same
 * body data.
 */
export async function loadBody(url = `${import.meta.env.BASE_URL}models/body.glb`): Promise<void> {
  bodyLoading();
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const bytes = await response.arrayBuffer();
    const [{ readBodyGlb }, { buildBodyMesh }] = await Promise.all([import('../body/readBodyGlb.ts'), import('../core/mesh/bodyMesh.ts')]);
    bodyReady(buildBodyMesh(await readBodyGlb(bytes)));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    bodyFailed(`The body model could not be loaded (${reason}).`);
  }
}
