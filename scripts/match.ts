/**
 * `npm run -s match -- FILE` (contracts.md §1): one case as JSON in (a path, or - for
 * standard input), one JSON object out. Bad input: exit 2, a one-line reason on standard
 * error, nothing on standard output.
 */
import { readFileSync } from 'node:fs';
import { toContractOutput } from '../src/core/matcher/contractOutput.ts';
import { match } from '../src/core/matcher/match.ts';
import { MatchInputError, parseMatchInput } from '../src/core/matcher/parseMatchInput.ts';

function fail(message: string): never {
  process.stderr.write(`${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(2);
}

const file = process.argv[2];
if (!file) fail('usage: npm run -s match -- FILE (a path, or - for standard input)');

let text: string;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}

let json: unknown;
try {
  json = JSON.parse(text);
} catch (error) {
  fail(`malformed JSON: ${(error as Error).message}`);
}

try {
  process.stdout.write(`${JSON.stringify(toContractOutput(match(parseMatchInput(json))))}\n`);
} catch (error) {
  if (error instanceof MatchInputError) fail(error.message);
  throw error;
}
