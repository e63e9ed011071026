import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { distDir, startPreview, type Preview } from '../../scripts/browser.ts';

let preview: Preview | undefined;

/** Serves the built app (dist/) once for all browser tests. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(`${distDir}/index.html`)) throw new Error('Browser tests run the built app: run `npm run build` first (npm test does).');
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
