import { createStore } from 'zustand/vanilla';
import type { MatchResult } from '../core/matcher/types.ts';
import type { BodyMesh } from '../core/mesh/bodyMesh.ts';
import type { BodyShape } from '../core/mesh/bodyShape.ts';
import type { BrushSize } from '../core/paint/brush.ts';
import type { PaintChange, PaintLayer, RegionSummary } from '../core/paint/paintLayer.ts';
import type { PainMap } from '../core/persistence/mapDocument.ts';
import type { RedFlagId } from '../core/redFlags.ts';
import type { SymptomId } from '../core/symptoms.ts';
import type { PressTests, SuggestionSide } from '../core/matcher/types.ts';
import type { MuscleId, TrpId } from '../core/library/types.ts';
import type { RegionId } from '../core/regions/regionIds.ts';

export type Tool = 'turn' | 'paint' | 'erase';
export type ViewPreset = 'front' | 'back' | 'left' | 'right';

export type BodyStatus =
  /**
   * received/total: bytes of body.glb downloaded so far, and in all when the server says.
   * firstFrame: whether the body worker drew the body's first frame ('none': it will not; unset: not yet known).
   */
  | { readonly status: 'loading'; readonly firstFrame?: 'drawn' | 'none'; readonly received?: number; readonly total?: number }
  | { readonly status: 'ready'; readonly mesh: BodyMesh }
  | { readonly status: 'error'; readonly message: string };

export interface Notice {
  readonly id: number;
  readonly kind: 'error' | 'info';
  readonly text: string;
  /** One thing the person can do about it (Undo), shown as a button. */
  readonly action?: { readonly label: string; readonly run: () => void };
  /** When it was made (ms): messages made together show together, a later one replaces them. */
  readonly at?: number;
}

export interface Selection {
  readonly muscle: MuscleId;
  readonly trp: TrpId;
  readonly side: SuggestionSide;
}

/** A request for the camera: a preset view, a point to face, or a reset. Counted so repeats re-run. */
export type CameraRequest =
  | { readonly kind: 'preset'; readonly preset: ViewPreset; readonly serial: number }
  | { readonly kind: 'reset'; readonly serial: number }
  | { readonly kind: 'face'; readonly point: readonly [number, number, number]; readonly serial: number };

export interface AppState {
  readonly body: BodyStatus;
  /** Per-vertex paint; mutated only through store actions, announced by paintVersion. */
  readonly paint: PaintLayer | null;
  readonly paintVersion: number;
  readonly summary: readonly RegionSummary[];
  readonly tool: Tool;
  readonly brushSize: BrushSize;
  readonly intensity: number;
  readonly camera: CameraRequest;
  readonly undo: readonly PaintChange[];
  readonly redo: readonly PaintChange[];
  readonly symptoms: readonly SymptomId[];
  readonly redFlags: readonly RedFlagId[];
  /** Warning-sign questions answered "no"; a question in neither list is unanswered. */
  readonly redFlagsNo: readonly RedFlagId[];
  /** The body shape shown; null until the person chooses (they are asked once). */
  readonly bodyShape: BodyShape | null;
  /** Press-to-test answers, keyed `<trp id>@<L|R>`. */
  readonly pressTests: PressTests;
  readonly result: MatchResult;
  readonly selected: Selection | null;
  readonly showAtlas: boolean;
  readonly notices: readonly Notice[];
  /** A saved map waiting for the body to load before its paint can be applied. */
  readonly pendingMap: PainMap | null;
  /** False until the saved map (if any) is in place: nothing is saved before, so a good map is never overwritten. */
  readonly restored: boolean;
  readonly webgl: 'unknown' | 'available' | 'unavailable' | 'lost';
  /** The region under the pointer (atlas view) or last tapped while turning, for its name tag. */
  readonly probe: { readonly region: RegionId; readonly x: number; readonly y: number } | null;
  /**
   * 'blocked': a saved map that could not be read is still in storage, so nothing is saved over
   * it; 'failing': the device refused the last save (the person has been told once).
   */
  readonly saving: 'ok' | 'blocked' | 'failing';
  /** Which side of the body faces the camera, for the patient's-left/right labels. */
  readonly facing: ViewPreset;
}

export const EMPTY_RESULT: MatchResult = {
  redFlag: false,
  selfHelp: 'screen_first',
  doctorReasons: [],
  nerveCaution: false,
  suggestions: [],
  unexplained: [],
};

export function initialState(): AppState {
  return {
    body: { status: 'loading' },
    paint: null,
    paintVersion: 0,
    summary: [],
    tool: 'paint',
    brushSize: 'medium',
    intensity: 6,
    camera: { kind: 'preset', preset: 'front', serial: 0 },
    undo: [],
    redo: [],
    symptoms: [],
    redFlags: [],
    redFlagsNo: [],
    bodyShape: null,
    pressTests: {},
    result: EMPTY_RESULT,
    selected: null,
    showAtlas: false,
    notices: [],
    pendingMap: null,
    restored: false,
    webgl: 'unknown',
    probe: null,
    facing: 'front',
    saving: 'ok',
  };
}

/** The app's store (the history has its own, historyStore). Components read it through selectors (useApp); actions live in the *Actions.ts files beside it. */
export const appStore = createStore<AppState>()(() => initialState());
