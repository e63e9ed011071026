import type { PressAnswer } from '../core/matcher/types.ts';
import type { BodyShape } from '../core/mesh/bodyShape.ts';
import type { BrushSize } from '../core/paint/brush.ts';
import type { RedFlagId } from '../core/redFlags.ts';
import type { SymptomId } from '../core/symptoms.ts';
import { clip, MAX_NOTICE_LENGTH } from '../core/noticeText.ts';
import { appStore, type Notice, type Selection, type Tool, type ViewPreset } from './appStore.ts';
import { refreshDerived } from './derived.ts';

export function setTool(tool: Tool): void {
  appStore.setState({ tool, showAtlas: false });
}

export function setBrushSize(brushSize: BrushSize): void {
  appStore.setState({ brushSize });
}

export function setIntensity(value: number): void {
  appStore.setState({ intensity: Math.min(10, Math.max(1, Math.round(value))) });
}

export function showView(preset: ViewPreset): void {
  appStore.setState((s) => ({ camera: { kind: 'preset', preset, serial: s.camera.serial + 1 } }));
}

export function resetView(): void {
  appStore.setState((s) => ({ camera: { kind: 'reset', serial: s.camera.serial + 1 } }));
}

export function faceCameraTo(point: readonly [number, number, number]): void {
  appStore.setState((s) => ({ camera: { kind: 'face', point, serial: s.camera.serial + 1 } }));
}

export function toggleAtlas(): void {
  // The region name tag belongs to the region colours: it goes when they do.
  appStore.setState((s) => ({ showAtlas: !s.showAtlas, probe: null }));
}

export function select(selection: Selection | null): void {
  appStore.setState({ selected: selection });
}

/** The body with only the person's marks on it: no chosen trigger point, no region colours. */
export function showMarksOnly(): void {
  appStore.setState({ selected: null, showAtlas: false });
}

export function toggleSymptom(id: SymptomId): void {
  appStore.setState((s) => ({ symptoms: s.symptoms.includes(id) ? s.symptoms.filter((x) => x !== id) : [...s.symptoms, id] }));
  refreshDerived.request();
}

/** Answers one warning-sign question yes or no; `null` takes the answer back. */
export function answerRedFlag(id: RedFlagId, answer: 'yes' | 'no' | null): void {
  appStore.setState((s) => ({
    redFlags: answer === 'yes' ? [...new Set([...s.redFlags, id])] : s.redFlags.filter((x) => x !== id),
    redFlagsNo: answer === 'no' ? [...new Set([...s.redFlagsNo, id])] : s.redFlagsNo.filter((x) => x !== id),
  }));
  refreshDerived.request();
}

/** Answers one warning-sign question: true is "yes", false is "no". */
export function setRedFlag(id: RedFlagId, yes: boolean): void {
  answerRedFlag(id, yes ? 'yes' : 'no');
}

/** How many notices are shown at once; older ones give way to newer. */
export const MAX_NOTICES = 4;

/** Where set-aside maps are listed. */
export const KEEP = '\u201cKeep your map\u201d';

/** Said whenever keeping a copy first failed, so nothing was changed. */
export const NO_ROOM = 'There is no room on this device to keep a copy first, so nothing was changed or saved. Export your map to keep it.';
let noticeSerial = 0;
/** Shows a notice; returns its id, so the one who made it can take it back when it stops being true. */
export function notify(kind: Notice['kind'], text: string, action?: Notice['action']): number {
  const id = ++noticeSerial;
  const notice: Notice = { id, kind, text: clip(text, MAX_NOTICE_LENGTH), at: Date.now(), ...(action ? { action } : {}) };
  // Only the newest few: a burst of problems never buries the page under notices.
  appStore.setState((s) => ({ notices: [...s.notices, notice].slice(-MAX_NOTICES) }));
  return id;
}

export function dismissNotice(id: number): void {
  appStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

/** Records what pressing a trigger point felt like (press-to-test); `null` forgets the answer. */
export function setPressTest(trp: string, side: 'L' | 'R', answer: PressAnswer | null): void {
  appStore.setState((s) => {
    const pressTests = { ...s.pressTests };
    if (answer) pressTests[`${trp}@${side}`] = answer;
    else delete pressTests[`${trp}@${side}`];
    return { pressTests };
  });
  refreshDerived.request();
}

/** The person's body shape; the body is rebuilt in that shape (loadBody.ts follows the store). */
export function chooseBodyShape(shape: BodyShape): void {
  appStore.setState({ bodyShape: shape });
}
