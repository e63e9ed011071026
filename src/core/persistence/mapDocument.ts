import type { PressTests, RegionMark } from '../matcher/types.ts';
import type { BodyShape } from '../mesh/bodyShape.ts';
import type { RedFlagId } from '../redFlags.ts';
import type { SymptomId } from '../symptoms.ts';
import { encodePaint, encodePaintNow } from './paintCodec.ts';

/** The saved-map format's identity and current version. A new version comes with a migration (migrations.ts). */
export const MAP_FORMAT = 'painmap-map';
export const MAP_SCHEMA_VERSION = 2;

/** A person's map as the app holds it. */
export interface PainMap {
  /** ISO date-time of the last change. */
  readonly savedAt: string;
  /** Intensity 0–10 per body vertex, or null when only region marks are known. */
  readonly paint: Uint8Array | null;
  /** The per-region summary when saved: readable, and the fallback when the body changes. */
  readonly marks: readonly RegionMark[];
  readonly symptoms: readonly SymptomId[];
  readonly redFlags: readonly RedFlagId[];
  /** Warning-sign questions answered "no" (absent in maps saved before the required step). */
  readonly redFlagsNo?: readonly RedFlagId[];
  /** Press-to-test answers, keyed `<trp id>@<L|R>`. */
  readonly pressTests: PressTests;
  /** A few words the person wrote (history entries). */
  readonly note?: string;
  /** The body shape the person chose (absent: not chosen yet, or an older map). */
  readonly bodyShape?: BodyShape;
}

/** The JSON written to storage, export files and share links (docs/map-format.md). */
export interface MapDocument {
  readonly format: typeof MAP_FORMAT;
  readonly schemaVersion: typeof MAP_SCHEMA_VERSION;
  readonly appVersion: string;
  readonly savedAt: string;
  /** The body the paint is on: its vertex count, and the shape shown (the same vertices on every shape). */
  readonly body: { readonly vertexCount: number; readonly shape?: BodyShape };
  /** Raw DEFLATE, base64 (see paintCodec.ts); absent when only region marks are known. */
  readonly paint?: string;
  readonly marks: readonly RegionMark[];
  readonly symptoms: readonly SymptomId[];
  readonly redFlags: readonly RedFlagId[];
  /** Optional: older maps have none, and load with the warning-sign questions unanswered. */
  readonly redFlagsNo?: readonly RedFlagId[];
  readonly pressTests: PressTests;
  readonly note?: string;
}

export const MAX_NOTE_LENGTH = 500;

/** The document to save, export or share, its paint compressed. */
export async function toMapDocument(map: PainMap, appVersion: string): Promise<MapDocument> {
  return toMapDocumentNow(map, appVersion, map.paint ? await encodePaint(map.paint) : undefined);
}

/**
 * The document at once, for a caller that cannot wait: with the paint already encoded (`paint`,
 * the text encodePaint gave for these very values), or else written uncompressed (encodePaintNow).
 */
export function toMapDocumentNow(map: PainMap, appVersion: string, paint = map.paint ? encodePaintNow(map.paint) : undefined): MapDocument {
  return {
    format: MAP_FORMAT,
    schemaVersion: MAP_SCHEMA_VERSION,
    appVersion,
    savedAt: map.savedAt,
    body: { vertexCount: map.paint?.length ?? 0, ...(map.bodyShape ? { shape: map.bodyShape } : {}) },
    ...(map.paint && paint !== undefined ? { paint } : {}),
    marks: map.marks.map((m) => ({
      region: m.region,
      intensity: m.intensity,
      ...(m.share !== undefined ? { share: Number(m.share.toFixed(3)) } : {}),
    })),
    symptoms: [...map.symptoms],
    redFlags: [...map.redFlags],
    ...(map.redFlagsNo ? { redFlagsNo: map.redFlagsNo.filter((id) => !map.redFlags.includes(id)) } : {}),
    pressTests: { ...map.pressTests },
    ...(map.note ? { note: map.note.slice(0, MAX_NOTE_LENGTH) } : {}),
  };
}
