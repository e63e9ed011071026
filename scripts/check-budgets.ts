/** Fails (exit 1) when a bundle or the body model is over its budget. Run after `vite build`. */
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_HANDLE_MARK } from '../src/view/debugHandle.ts';
import { BUDGETS, bundleSizes } from './budgets.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = bundleSizes(root);
const over = (Object.keys(BUDGETS.bundle) as (keyof typeof BUDGETS.bundle)[]).filter((key) => sizes[key] > BUDGETS.bundle[key]);
for (const key of Object.keys(BUDGETS.bundle) as (keyof typeof BUDGETS.bundle)[]) {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  console.log(`${over.includes(key) ? 'OVER' : 'ok  '} ${key}: ${kb(sizes[key])} of ${kb(BUDGETS.bundle[key])}`);
}
if (sizes.initialFiles.length === 0) {
  console.error('No entry script found in dist/index.html: run vite build first.');
  process.exit(1);
}
const assets = join(root, 'dist', 'assets');
const withHandle = readdirSync(assets).filter((name) => name.endsWith('.js') && readFileSync(join(assets, name), 'utf8').includes(TEST_HANDLE_MARK));
if (withHandle.length > 0) console.error(`The test handle (window.painmap) is in the build: ${withHandle.join(', ')}. Build with \`npm run build\` for production.`);
if (over.length > 0 || withHandle.length > 0) process.exit(1);
