/**
 * The command line as other programs use it (contracts.md §1): `npm run -s match -- FILE`, FILE a
 * path or `-` for standard input. One JSON object out on success; on bad input exit 2, one line
 * on standard error naming the problem, nothing on standard output.
 *
 * Each run starts Node and tsx (about half a second), so every case runs once, all at the same
 * time, before the assertions.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUSCLE_IDS } from '../../src/core/library/types.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runMatch(file: string, stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'match', '--', file], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const GMED_TRP1 = [
  { region: 'L_iliac_crest', intensity: 6 },
  { region: 'L_sij', intensity: 6 },
  { region: 'L_sacrum', intensity: 6 },
];

/** Cases written to files (a string is written as is, anything else as JSON). */
const FILES: Record<string, unknown> = {
  valid: { marks: GMED_TRP1, symptoms: ['walking', 'lying_on_affected_side'], redFlags: [] },
  twiceLowThenHigh: {
    marks: [
      { region: 'L_iliac_crest', intensity: 6 },
      { region: 'L_sij', intensity: 3 },
      { region: 'L_sij', intensity: 8 },
    ],
  },
  onceHigh: {
    marks: [
      { region: 'L_iliac_crest', intensity: 6 },
      { region: 'L_sij', intensity: 8 },
    ],
  },
  onceLow: {
    marks: [
      { region: 'L_iliac_crest', intensity: 6 },
      { region: 'L_sij', intensity: 3 },
    ],
  },
  malformed: '{"marks": [ {"region": "L_sij", "intensity": 5 ',
  unknownRegion: { marks: [{ region: 'L_elbow', intensity: 5 }] },
  intensity11: { marks: [{ region: 'L_sij', intensity: 11 }] },
  intensityNegative: { marks: [{ region: 'L_sij', intensity: -1 }] },
  intensityString: { marks: [{ region: 'L_sij', intensity: '7' }] },
  unknownSymptom: { marks: GMED_TRP1, symptoms: ['walking', 'juggling'] },
  unknownRedFlag: { marks: GMED_TRP1, redFlags: ['headache_on_mondays'] },
  noMarks: { symptoms: ['walking'] },
  marksNotArray: { marks: { region: 'L_sij', intensity: 5 } },
  screenedNo: { marks: GMED_TRP1, redFlags: [], screened: true },
  screenedWithFlag: { marks: GMED_TRP1, redFlags: ['chest_pain'], screened: true },
  newRedFlags: {
    marks: GMED_TRP1,
    redFlags: ['new_pain_age_over_50', 'new_pain_age_under_20', 'weakened_immune_system', 'iv_drug_use', 'chest_pain', 'sexual_dysfunction'],
  },
  screenedString: { marks: GMED_TRP1, screened: 'yes' },
  screenedNull: { marks: GMED_TRP1, screened: null },
  screenedNumber: { marks: GMED_TRP1, screened: 1 },
};

let dir = '';
const runs = new Map<string, Run>();
const path = (name: string) => join(dir, `${name}.json`);
const result = (name: string): Run => {
  const found = runs.get(name);
  if (!found) throw new Error(`no run named ${name}`);
  return found;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'painmap-match-cli-'));
  for (const [name, content] of Object.entries(FILES)) writeFileSync(path(name), typeof content === 'string' ? content : JSON.stringify(content));
  const jobs: [string, Promise<Run>][] = [
    ...Object.keys(FILES).map((name): [string, Promise<Run>] => [name, runMatch(path(name))]),
    ['stdin', runMatch('-', JSON.stringify({ marks: GMED_TRP1, redFlags: ['saddle_numbness'] }))],
    ['missingFile', runMatch(join(dir, 'no-such-case.json'))],
  ];
  for (const [name, job] of jobs) runs.set(name, await job);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Parses stdout, checking it holds exactly one JSON object and nothing else. */
function oneJsonObject(stdout: string): Record<string, unknown> {
  expect(stdout.trim().length).toBeGreaterThan(0);
  const value: unknown = JSON.parse(stdout);
  expect(typeof value === 'object' && value !== null && !Array.isArray(value)).toBe(true);
  return value as Record<string, unknown>;
}

function expectContractShape(output: Record<string, unknown>): void {
  expect(typeof output.redFlag).toBe('boolean');
  expect(['see_doctor', 'screen_first', 'ok']).toContain(output.selfHelp);
  expect(output.selfHelp === 'see_doctor').toBe(output.redFlag);
  expect(Array.isArray(output.suggestions)).toBe(true);
  expect(Array.isArray(output.unexplained)).toBe(true);
  const suggestions = output.suggestions as Record<string, unknown>[];
  for (const s of suggestions) {
    expect(MUSCLE_IDS).toContain(s.muscle);
    expect(String(s.trp).startsWith(`${String(s.muscle)}.`)).toBe(true);
    expect(['L', 'R', 'B']).toContain(s.side);
    expect(typeof s.score).toBe('number');
    expect(s.score as number).toBeGreaterThanOrEqual(0);
    expect(s.score as number).toBeLessThanOrEqual(1);
    expect(Array.isArray(s.explains)).toBe(true);
    expect(Array.isArray(s.missing)).toBe(true);
  }
  for (let i = 1; i < suggestions.length; i++) expect(suggestions[i - 1]!.score as number).toBeGreaterThanOrEqual(suggestions[i]!.score as number);
}

describe('npm run -s match -- FILE with a valid case', () => {
  it('exits 0 and prints one JSON object with the contract fields', () => {
    const run = result('valid');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const output = oneJsonObject(run.stdout);
    expectContractShape(output);
    expect(output.redFlag).toBe(false);
  });

  it('ranks gluteus medius TrP1 on the left first for the crest, SI joint and sacrum', () => {
    const output = oneJsonObject(result('valid').stdout);
    const [top] = output.suggestions as { muscle: string; trp: string; side: string; explains: string[]; missing: string[] }[];
    expect(top).toMatchObject({ muscle: 'gluteus_medius', trp: 'gluteus_medius.trp1', side: 'L', missing: [] });
    expect([...top!.explains].sort()).toEqual(['L_iliac_crest', 'L_sacrum', 'L_sij']);
    expect(output.unexplained).toEqual([]);
  });

  it('asks for the warning-sign questions first when "screened" is absent', () => {
    expect(oneJsonObject(result('valid').stdout).selfHelp).toBe('screen_first');
  });

  it('offers self-help once screened with no warning sign, and sends to a doctor with one', () => {
    for (const name of ['screenedNo', 'screenedWithFlag', 'newRedFlags']) expect(result(name).status, name).toBe(0);
    expect(oneJsonObject(result('screenedNo').stdout)).toMatchObject({ redFlag: false, selfHelp: 'ok' });
    expect(oneJsonObject(result('screenedWithFlag').stdout)).toMatchObject({ redFlag: true, selfHelp: 'see_doctor' });
  });

  it('accepts the six added NICE/NHS warning-sign ids and names each as a reason', () => {
    const output = oneJsonObject(result('newRedFlags').stdout);
    expect(output).toMatchObject({ redFlag: true, selfHelp: 'see_doctor' });
    const named = (output.doctorReasons as { id?: string }[]).map((r) => r.id).sort();
    expect(named).toEqual(['chest_pain', 'iv_drug_use', 'new_pain_age_over_50', 'new_pain_age_under_20', 'sexual_dysfunction', 'weakened_immune_system']);
  });

  it('reads the case from standard input when FILE is -', () => {
    const run = result('stdin');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const output = oneJsonObject(run.stdout);
    expectContractShape(output);
    expect(output.redFlag).toBe(true);
    expect((output.suggestions as { trp: string }[])[0]?.trp).toBe('gluteus_medius.trp1');
  });

  it('keeps the higher intensity when a region is listed twice', () => {
    for (const name of ['twiceLowThenHigh', 'onceHigh', 'onceLow']) expect(result(name).status, name).toBe(0);
    expect(result('twiceLowThenHigh').stdout).toBe(result('onceHigh').stdout);
    expect(result('twiceLowThenHigh').stdout).not.toBe(result('onceLow').stdout);
  });
});

describe('npm run -s match -- FILE with bad input', () => {
  it.each([
    ['malformed JSON', 'malformed', /JSON/i],
    ['an unknown region id', 'unknownRegion', /region.*L_elbow/i],
    ['an intensity of 11', 'intensity11', /intensity.*11/i],
    ['an intensity of -1', 'intensityNegative', /intensity.*-1/i],
    ['an intensity given as text ("7")', 'intensityString', /intensity.*"7"/i],
    ['an unknown symptom id', 'unknownSymptom', /symptom.*juggling/i],
    ['an unknown red-flag id', 'unknownRedFlag', /red.?flag.*headache_on_mondays/i],
    ['no marks at all', 'noMarks', /marks/i],
    ['marks that are not a list', 'marksNotArray', /marks.*array/i],
    ['"screened" given as text', 'screenedString', /screened.*"yes"/i],
    ['"screened" given as null', 'screenedNull', /screened.*null/i],
    ['"screened" given as a number', 'screenedNumber', /screened.*1/i],
    ['a file that does not exist', 'missingFile', /(cannot read|no such file|ENOENT).*no-such-case|no-such-case.*(ENOENT|not found)/i],
  ])('%s: exit 2, nothing on stdout, one line on stderr naming the problem', (_problem, name, names) => {
    const run = result(name);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(names);
  });
});
