import { useThree } from '@react-three/fiber';
import { useEffect, type RefObject } from 'react';
import type { Mesh } from 'three';
import { pickBody, type BodyHit } from '../../body/bodyPicker.ts';
import { StrokePainter } from '../../body/strokePainter.ts';
import type { BodyMesh } from '../../core/mesh/bodyMesh.ts';
import { regionAt } from '../../core/regions/regionIds.ts';
import { appStore } from '../../store/appStore.ts';
import { beginStroke, cancelStroke, dab, endStroke } from '../../store/paintActions.ts';
import { capturePointer } from './capturePointer.ts';
import { paintingPointers } from './paintingPointers.ts';

/**
 * On a touch screen, Turn mode lets an up-and-down swipe scroll the page (a sideways drag still
 * turns the body); painting keeps every direction for the brush.
 */
function setTouchAction(element: HTMLElement, tool: string): void {
  element.style.touchAction = tool === 'turn' ? 'pan-y' : 'none';
}

/** Movement under this many pixels between press and release is a tap, not a drag. */
const TAP_SLOP_PX = 6;

function nearestCorner(body: BodyMesh, hit: BodyHit): number {
  let best = hit.corners[0];
  let bestDistance = Infinity;
  for (const v of hit.corners) {
    const d = Math.hypot(body.positions[3 * v]! - hit.x, body.positions[3 * v + 1]! - hit.y, body.positions[3 * v + 2]! - hit.z);
    if (d < bestDistance) {
      bestDistance = d;
      best = v;
    }
  }
  return best;
}

/**
 * Pointer input on the canvas. In paint and erase mode one pointer that lands on the body
 * paints (and stops the orbit controls from seeing it); a pointer that lands beside the
 * body, or a second finger, turns and zooms as usual. In the atlas view, or on a tap in turn
 * mode, the region under the pointer gets a name tag.
 */
export function usePointerTools(meshRef: RefObject<Mesh | null>, body: BodyMesh): void {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);

  useEffect(() => {
    const element = gl.domElement;
    const ndcOf = (event: PointerEvent) => {
      const rect = element.getBoundingClientRect();
      return {
        x: ((event.clientX - rect.left) / rect.width) * 2 - 1,
        y: -((event.clientY - rect.top) / rect.height) * 2 + 1,
        halfHeight: rect.height / 2,
        localX: event.clientX - rect.left,
        localY: event.clientY - rect.top,
      };
    };
    const pick = (x: number, y: number) => (meshRef.current ? pickBody(meshRef.current, camera, x, y) : null);
    let strokeValue = 0;
    const painter = new StrokePainter(body, pick, (vertices) => dab(vertices, strokeValue));
    const pointers = new Set<number>();
    let painting: number | null = null;
    /** How far the painting pointer has gone from where it pressed, in pixels. */
    let travelled = 0;
    let pressed: { id: number; x: number; y: number } | null = null;
    let probeTimer: ReturnType<typeof setTimeout> | undefined;

    const probe = (event: PointerEvent, linger: boolean) => {
      const at = ndcOf(event);
      const hit = pick(at.x, at.y);
      clearTimeout(probeTimer);
      appStore.setState({ probe: hit ? { region: regionAt(body.regions[nearestCorner(body, hit)]!), x: at.localX, y: at.localY } : null });
      if (linger && hit) probeTimer = setTimeout(() => appStore.setState({ probe: null }), 2500);
    };

    const stopPainting = (keep = true) => {
      if (painting === null) return;
      painter.end();
      if (keep) endStroke();
      else cancelStroke();
      paintingPointers.delete(painting);
      painting = null;
    };

    const onDown = (event: PointerEvent) => {
      // A second finger makes a pinch: a stroke that had hardly moved was its first finger.
      if (pointers.size > 0 && painting !== null) stopPainting(travelled > TAP_SLOP_PX);
      pointers.add(event.pointerId);
      pressed = { id: event.pointerId, x: event.clientX, y: event.clientY };
      if (pointers.size > 1) return;
      const state = appStore.getState();
      if (state.showAtlas || state.tool === 'turn') return;
      if (event.pointerType === 'mouse' && event.button !== 0) return;
      const at = ndcOf(event);
      strokeValue = state.tool === 'erase' ? 0 : state.intensity;
      beginStroke();
      if (!painter.start(at.x, at.y, state.brushSize)) {
        endStroke();
        return;
      }
      painting = event.pointerId;
      paintingPointers.add(event.pointerId);
      travelled = 0;
      capturePointer(element, event.pointerId);
      event.preventDefault();
    };

    const onMove = (event: PointerEvent) => {
      if (painting === event.pointerId) {
        const at = ndcOf(event);
        if (pressed) travelled = Math.max(travelled, Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y));
        painter.move(at.x, at.y, appStore.getState().brushSize, at.halfHeight);
      } else if (appStore.getState().showAtlas && event.pointerType === 'mouse' && event.buttons === 0) {
        probe(event, false);
      }
    };

    const onUp = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      if (painting === event.pointerId) {
        stopPainting();
        return;
      }
      const state = appStore.getState();
      const tapped = pressed?.id === event.pointerId && Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) < TAP_SLOP_PX;
      if (tapped && (state.showAtlas || state.tool === 'turn')) probe(event, true);
    };

    const onCancel = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      if (painting === event.pointerId) stopPainting();
    };
    // A touch ends with pointerleave right after pointerup: only a mouse leaving hides the tag.
    const onLeave = (event: PointerEvent) => {
      if (event.pointerType === 'mouse' && appStore.getState().showAtlas) appStore.setState({ probe: null });
    };
    setTouchAction(element, appStore.getState().tool);
    const unsubscribe = appStore.subscribe((state, previous) => {
      if (state.tool !== previous.tool) setTouchAction(element, state.tool);
    });

    element.addEventListener('pointerdown', onDown, { capture: true });
    element.addEventListener('pointermove', onMove, { capture: true });
    element.addEventListener('pointerup', onUp, { capture: true });
    element.addEventListener('pointercancel', onCancel, { capture: true });
    element.addEventListener('pointerleave', onLeave);
    return () => {
      unsubscribe();
      stopPainting();
      clearTimeout(probeTimer);
      element.removeEventListener('pointerdown', onDown, { capture: true });
      element.removeEventListener('pointermove', onMove, { capture: true });
      element.removeEventListener('pointerup', onUp, { capture: true });
      element.removeEventListener('pointercancel', onCancel, { capture: true });
      element.removeEventListener('pointerleave', onLeave);
    };
  }, [gl, camera, body, meshRef]);
}
