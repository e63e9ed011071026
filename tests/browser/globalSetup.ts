import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { distDir, startPreview, type Preview } from '../../scripts/browser.ts';
import { TEST_HANDLE_MARK } from '../../src/view/debugHandle.ts';

let preview: Preview | undefined;

/** Serves the built app (dist/) once for all browser tests. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(`${distDir}/index.html`)) throw new Error('Browser tests run the built app: run `npm run build:test` first (npm test does).');
  const assets = `${distDir}/assets`;
  const withHandle = readdirSync(assets).some((name) => name.endsWith('.js') && readFileSync(`${assets}/${name}`, 'utf8').includes(TEST_HANDLE_MARK));
  if (!withHandle) throw new Error('Browser tests wait on window.painmap, which only test builds have: run `npm run build:test` (npm test does).');
  preview = await startPreview();
  project.provide('previewUrl', preview.url);
}

export async function teardown(): Promise<void> {
  await preview?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    previewUrl: string;
  }
}
