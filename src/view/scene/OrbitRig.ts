import { EventDispatcher, Spherical, Vector3, type PerspectiveCamera } from 'three';
import { capturePointer } from './capturePointer.ts';

/*
 * Turning the body: one pointer drags the view around the body, the wheel or a pinch zooms,
 * two fingers or a right-drag pan. Why not three's OrbitControls: painting and turning share the
 * pointers here. A finger that is painting must not turn the view, yet together with a second
 * finger it must make a pinch (isHeld below); OrbitControls takes every pointer that lands on
 * its element and has no such hook. Scratch objects are reused: moving allocates nothing.
 */
const _offset = /* @__PURE__ */ new Vector3();
const _spherical = /* @__PURE__ */ new Spherical();
const _right = /* @__PURE__ */ new Vector3();
const _up = /* @__PURE__ */ new Vector3();

interface OrbitEvents {
  change: object;
  start: object;
}

export class OrbitRig extends EventDispatcher<OrbitEvents> {
  readonly target = new Vector3();
  minDistance = 0.6;
  maxDistance = 6;
  /** From a little above the shoulders to a little below the hips: never from under the feet. */
  minPolarAngle = 0.75;
  maxPolarAngle = 2.1;

  /**
   * Pointers busy with something else (painting): tracked, so that a second finger makes a pinch
   * with them, but alone they do not turn the view.
   */
  isHeld: (pointerId: number) => boolean = () => false;

  private readonly pointers = new Map<number, { x: number; y: number }>();
  private panning = false;

  constructor(
    private readonly camera: PerspectiveCamera,
    private readonly element: HTMLElement,
  ) {
    super();
    element.addEventListener('pointerdown', this.onDown);
    element.addEventListener('pointermove', this.onMove);
    element.addEventListener('pointerup', this.onUp);
    element.addEventListener('pointercancel', this.onUp);
    element.addEventListener('wheel', this.onWheel, { passive: false });
    element.addEventListener('contextmenu', this.onContextMenu);
  }

  /** Re-aims the camera at the target, inside the allowed distance and tilt. */
  update(): void {
    _spherical.setFromVector3(_offset.copy(this.camera.position).sub(this.target));
    _spherical.phi = Math.min(this.maxPolarAngle, Math.max(this.minPolarAngle, _spherical.phi));
    _spherical.radius = Math.min(this.maxDistance, Math.max(this.minDistance, _spherical.radius));
    _spherical.makeSafe();
    this.camera.position.setFromSpherical(_spherical).add(this.target);
    this.camera.lookAt(this.target);
  }

  dispose(): void {
    this.element.removeEventListener('pointerdown', this.onDown);
    this.element.removeEventListener('pointermove', this.onMove);
    this.element.removeEventListener('pointerup', this.onUp);
    this.element.removeEventListener('pointercancel', this.onUp);
    this.element.removeEventListener('wheel', this.onWheel);
    this.element.removeEventListener('contextmenu', this.onContextMenu);
  }

  private changed(): void {
    this.update();
    this.dispatchEvent({ type: 'change' });
  }

  private rotate(dx: number, dy: number): void {
    _spherical.setFromVector3(_offset.copy(this.camera.position).sub(this.target));
    // A drag across the whole height of the view turns the body once around.
    const perPixel = (2 * Math.PI) / Math.max(1, this.element.clientHeight);
    _spherical.theta -= dx * perPixel;
    _spherical.phi -= dy * perPixel;
    this.camera.position.setFromSpherical(_spherical).add(this.target);
  }

  private zoom(factor: number): void {
    _offset.copy(this.camera.position).sub(this.target).multiplyScalar(factor);
    this.camera.position.copy(this.target).add(_offset);
  }

  private pan(dx: number, dy: number): void {
    // Move the target with the pointer: one pixel is this many metres at the target's depth.
    const distance = this.camera.position.distanceTo(this.target);
    const perPixel = (2 * distance * Math.tan((this.camera.fov * Math.PI) / 360)) / Math.max(1, this.element.clientHeight);
    _right.setFromMatrixColumn(this.camera.matrix, 0).multiplyScalar(-dx * perPixel);
    _up.setFromMatrixColumn(this.camera.matrix, 1).multiplyScalar(dy * perPixel);
    this.target.add(_right).add(_up);
    this.camera.position.add(_right).add(_up);
  }

  private readonly onDown = (event: PointerEvent): void => {
    if (this.pointers.size === 0 && !this.isHeld(event.pointerId)) this.dispatchEvent({ type: 'start' });
    this.pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    capturePointer(this.element, event.pointerId);
    this.panning = event.button === 2 || event.shiftKey;
  };

  private readonly onMove = (event: PointerEvent): void => {
    const last = this.pointers.get(event.pointerId);
    if (!last) return;
    const dx = event.clientX - last.x;
    const dy = event.clientY - last.y;
    if (this.pointers.size === 1 && this.isHeld(event.pointerId)) {
      last.x = event.clientX;
      last.y = event.clientY;
      return;
    }
    if (this.pointers.size === 1) {
      if (this.panning) this.pan(dx, dy);
      else this.rotate(dx, dy);
    } else {
      // Two fingers: the change in their spread zooms, their common movement pans.
      const other = [...this.pointers].find(([id]) => id !== event.pointerId)?.[1];
      if (other) {
        const before = Math.hypot(last.x - other.x, last.y - other.y);
        const after = Math.hypot(event.clientX - other.x, event.clientY - other.y);
        if (before > 0 && after > 0) this.zoom(before / after);
        this.pan(dx / 2, dy / 2);
      }
    }
    last.x = event.clientX;
    last.y = event.clientY;
    this.changed();
  };

  private readonly onUp = (event: PointerEvent): void => {
    this.pointers.delete(event.pointerId);
  };

  private readonly onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    this.dispatchEvent({ type: 'start' });
    this.zoom(Math.pow(0.95, -event.deltaY / 40));
    this.changed();
  };

  private readonly onContextMenu = (event: Event): void => event.preventDefault();
}
