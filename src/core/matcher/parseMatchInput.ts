import { isRedFlagId, type RedFlagId } from '../redFlags.ts';
import { isRegionId } from '../regions/regionIds.ts';
import { isSymptomId, type SymptomId } from '../symptoms.ts';
import { isRecord } from '../isRecord.ts';
import { isPressAnswer, type MatchInput, type PressAnswer, type RegionMark } from './types.ts';

/** Bad input for the matcher, with a message that names the problem. */
export class MatchInputError extends Error {
  override name = 'MatchInputError';
}

const MAX_MARKS = 1000;

function list(value: unknown, field: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new MatchInputError(`"${field}" must be an array`);
  return value;
}

function parseMark(value: unknown, index: number): RegionMark | undefined {
  if (!isRecord(value)) throw new MatchInputError(`marks[${index}] must be an object with "region" and "intensity"`);
  const { region, intensity, share } = value;
  if (!isRegionId(region)) throw new MatchInputError(`marks[${index}]: unknown region id ${JSON.stringify(region)}`);
  if (typeof intensity !== 'number' || !Number.isFinite(intensity) || intensity < 0 || intensity > 10) {
    throw new MatchInputError(`marks[${index}] (${region}): intensity ${JSON.stringify(intensity)} out of range 0-10`);
  }
  if (share !== undefined && (typeof share !== 'number' || !(share >= 0 && share <= 1))) {
    throw new MatchInputError(`marks[${index}] (${region}): share ${JSON.stringify(share)} out of range 0-1`);
  }
  // 0 on the rating scale means "not marked".
  if (intensity === 0) return undefined;
  return share === undefined ? { region, intensity } : { region, intensity, share };
}

/** Checks a case read from JSON (contracts.md §1); throws MatchInputError naming the problem. */
export function parseMatchInput(value: unknown): MatchInput {
  if (!isRecord(value)) throw new MatchInputError('input must be a JSON object with a "marks" array');
  if (!('marks' in value)) throw new MatchInputError('input has no "marks" array');
  const rawMarks = list(value.marks, 'marks');
  if (rawMarks.length > MAX_MARKS) throw new MatchInputError(`too many marks (${rawMarks.length}; at most ${MAX_MARKS})`);
  const marks = rawMarks.map(parseMark).filter((m): m is RegionMark => m !== undefined);

  const symptoms = list(value.symptoms, 'symptoms').map((id): SymptomId => {
    if (!isSymptomId(id)) throw new MatchInputError(`unknown symptom id ${JSON.stringify(id)}`);
    return id;
  });
  const redFlags = list(value.redFlags, 'redFlags').map((id): RedFlagId => {
    if (!isRedFlagId(id)) throw new MatchInputError(`unknown red-flag id ${JSON.stringify(id)}`);
    return id;
  });

  const pressTests: Record<string, PressAnswer> = {};
  if (value.pressTests !== undefined) {
    if (!isRecord(value.pressTests)) throw new MatchInputError('"pressTests" must be an object');
    for (const [key, answer] of Object.entries(value.pressTests)) {
      if (!/^[a-z_]+\.[a-z0-9_]+@[LR]$/.test(key))
        throw new MatchInputError(`pressTests: bad key ${JSON.stringify(key)} (want "<trp id>@L" or "@R")`);
      if (!isPressAnswer(answer)) throw new MatchInputError(`pressTests[${key}]: answer must be familiar, tender or nothing`);
      pressTests[key] = answer;
    }
  }
  const { screened } = value;
  if (screened !== undefined && typeof screened !== 'boolean')
    throw new MatchInputError(`"screened" must be true or false, not ${JSON.stringify(screened)}`);
  return { marks, symptoms: [...new Set(symptoms)], redFlags: [...new Set(redFlags)], pressTests, screened: screened === true };
}
