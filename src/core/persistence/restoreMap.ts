import { isRedFlagId, type RedFlagId } from '../redFlags.ts';
import { isBodyShape } from '../mesh/bodyShape.ts';
import { isRegionId } from '../regions/regionIds.ts';
import { isSymptomId, type SymptomId } from '../symptoms.ts';
import { trpById } from '../library/index.ts';
import { isRecord } from '../isRecord.ts';
import { quoted } from '../noticeText.ts';
import { isPressAnswer, type PressAnswer, type RegionMark } from '../matcher/types.ts';
import { MAP_FORMAT, MAP_SCHEMA_VERSION, MAX_NOTE_LENGTH, type PainMap } from './mapDocument.ts';
import { migrate } from './migrations.ts';
import { decodePaint } from './paintCodec.ts';

/** A map that cannot be loaded at all, with a message a person can act on. */
export class MapRestoreError extends Error {
  override name = 'MapRestoreError';
}

export interface RestoredMap {
  readonly map: PainMap;
  /** Entries dropped or repaired on the way in (unknown regions, symptoms...). */
  readonly warnings: readonly string[];
  /** The format version it was saved in, when older than today's (it was migrated), else null. */
  readonly migratedFrom: number | null;
}

/** The largest body we accept paint for: a bound against hostile files, 10× our body. */
const MAX_VERTICES = 600_000;
const MAX_ENTRIES = 1000;
/** A press-test key, exactly `<trp id>@L` or `<trp id>@R`. */
const PRESS_KEY = /^([a-z0-9_.]+)@[LR]$/;

function restoreMarks(value: unknown, warnings: string[]): RegionMark[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new MapRestoreError('The map\u2019s list of marked regions is damaged.');
  // There are 70 regions: a longer list is padded or damaged, but its first entries are still the person's.
  if (value.length > MAX_ENTRIES) warnings.push(`Only the first ${MAX_ENTRIES} of ${value.length} marks were read.`);
  const marks = new Map<string, RegionMark>();
  for (const entry of value.slice(0, MAX_ENTRIES)) {
    if (!isRecord(entry) || !isRegionId(entry.region)) {
      warnings.push(`Skipped an unknown region (${isRecord(entry) ? quoted(entry.region) : 'not an object'}).`);
      continue;
    }
    const intensity = typeof entry.intensity === 'number' ? Math.round(entry.intensity) : NaN;
    if (!(intensity >= 1 && intensity <= 10)) {
      warnings.push(`Skipped ${entry.region}: intensity is not 1\u201310.`);
      continue;
    }
    const share = typeof entry.share === 'number' && entry.share >= 0 && entry.share <= 1 ? entry.share : undefined;
    const previous = marks.get(entry.region);
    if (!previous || previous.intensity < intensity)
      marks.set(entry.region, share === undefined ? { region: entry.region, intensity } : { region: entry.region, intensity, share });
  }
  return [...marks.values()];
}

function restoreIds<T extends string>(value: unknown, isId: (v: unknown) => v is T, what: string, warnings: string[]): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_ENTRIES) {
    warnings.push(`Ignored a damaged list of ${what}.`);
    return [];
  }
  const ids = new Set<T>();
  for (const id of value) {
    if (isId(id)) ids.add(id);
    else warnings.push(`Skipped an unknown ${what.replace(/s$/, '')} (${quoted(id)}).`);
  }
  return [...ids];
}

function restorePressTests(value: unknown, warnings: string[]): Record<string, PressAnswer> {
  const answers: Record<string, PressAnswer> = {};
  if (value === undefined) return answers;
  if (!isRecord(value)) {
    warnings.push('Ignored damaged press-test answers.');
    return answers;
  }
  for (const [key, answer] of Object.entries(value).slice(0, MAX_ENTRIES)) {
    const trp = PRESS_KEY.exec(key)?.[1];
    if (trp && trpById(trp) && isPressAnswer(answer)) answers[key] = answer;
    else warnings.push(`Skipped a press-test answer that could not be read (${quoted(key)}).`);
  }
  return answers;
}

/**
 * Loads a saved or imported map (house style: excalidraw's restore). Structural problems
 * (not a painmap map, a newer version, damaged paint) throw MapRestoreError with a clear
 * message (the promise rejects); bad single entries are dropped with a warning so the rest
 * still loads. Async because the paint is inflated by the platform's decompression stream.
 */
export async function restoreMap(input: unknown): Promise<RestoredMap> {
  if (!isRecord(input) || input.format !== MAP_FORMAT) throw new MapRestoreError('This is not a painmap map.');
  const version = input.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new MapRestoreError('This map has no valid format version.');
  if (version > MAP_SCHEMA_VERSION) throw new MapRestoreError('This map was made by a newer version of painmap. Update the app to open it.');
  const value = migrate(input, version, MAP_SCHEMA_VERSION);

  const warnings: string[] = [];
  // A map without a readable date is dated today (not 1970), and the person is told.
  const savedAt = typeof value.savedAt === 'string' && !Number.isNaN(Date.parse(value.savedAt)) ? value.savedAt : new Date().toISOString();
  if (savedAt !== value.savedAt) warnings.push('The map had no valid date, so it is dated today.');

  let paint: Uint8Array | null = null;
  if (value.paint !== undefined) {
    const vertexCount = isRecord(value.body) ? value.body.vertexCount : undefined;
    if (typeof vertexCount !== 'number' || !Number.isInteger(vertexCount) || vertexCount < 1 || vertexCount > MAX_VERTICES) {
      throw new MapRestoreError('The map\u2019s body size is missing or impossible.');
    }
    if (typeof value.paint !== 'string' || value.paint.length > vertexCount * 2 + 1024)
      throw new MapRestoreError('The map\u2019s paint data is damaged.');
    try {
      paint = await decodePaint(value.paint, vertexCount);
    } catch (error) {
      throw new MapRestoreError(`The map\u2019s paint data is damaged: ${(error as Error).message}.`);
    }
  }

  const redFlags = restoreIds<RedFlagId>(value.redFlags, isRedFlagId, 'red-flag answers', warnings);
  // A question answered both ways counts as "yes": the safe reading.
  const redFlagsNo = restoreIds<RedFlagId>(value.redFlagsNo, isRedFlagId, 'red-flag answers', warnings).filter((id) => !redFlags.includes(id));
  const map: PainMap = {
    savedAt,
    paint,
    marks: restoreMarks(value.marks, warnings),
    symptoms: restoreIds<SymptomId>(value.symptoms, isSymptomId, 'symptoms', warnings),
    redFlags,
    redFlagsNo,
    pressTests: restorePressTests(value.pressTests, warnings),
    // The body shape it was drawn on; an unknown one is dropped (the person keeps theirs).
    ...(isRecord(value.body) && isBodyShape(value.body.shape) ? { bodyShape: value.body.shape } : {}),
    ...(typeof value.note === 'string' && value.note.trim() ? { note: value.note.slice(0, MAX_NOTE_LENGTH) } : {}),
  };
  return { map, warnings, migratedFrom: version < MAP_SCHEMA_VERSION ? version : null };
}
