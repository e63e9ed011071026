/** Fails (exit 1) when a bundle or the body model is over its budget. Run after `vite build`. */
import { fileURLToPath } from 'node:url';
import { BUDGETS, bundleSizes } from './budgets.ts';

const sizes = bundleSizes(fileURLToPath(new URL('..', import.meta.url)));
const over = (Object.keys(BUDGETS.bundle) as (keyof typeof BUDGETS.bundle)[]).filter((key) => sizes[key] > BUDGETS.bundle[key]);
for (const key of Object.keys(BUDGETS.bundle) as (keyof typeof BUDGETS.bundle)[]) {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  console.log(`${over.includes(key) ? 'OVER' : 'ok  '} ${key}: ${kb(sizes[key])} of ${kb(BUDGETS.bundle[key])}`);
}
if (sizes.initialFiles.length === 0) {
  console.error('No entry script found in dist/index.html: run vite build first.');
  process.exit(1);
}
if (over.length > 0) process.exit(1);
