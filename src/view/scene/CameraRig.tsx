import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Spherical, Vector3, type PerspectiveCamera } from 'three';
import { appStore, type ViewPreset } from '../../store/appStore.ts';
import { liveView } from './frameProbe.ts';
import { noteCameraMoved } from './motion.ts';
import { useSnapshots } from './useSnapshots.ts';
import { OrbitRig } from './OrbitRig.ts';
import { paintingPointers } from './paintingPointers.ts';
import { useApp } from '../../store/useApp.ts';
import { BODY_TARGET, FACE_DISTANCE, PRESET_DIRECTIONS, VIEW_DISTANCE } from './cameraViews.ts';

const ANIMATION_SECONDS = 0.45;

/** The side of the body the camera looks at, from its horizontal offset. */
function facingOf(dx: number, dz: number): ViewPreset {
  if (Math.abs(dz) >= Math.abs(dx)) return dz >= 0 ? 'front' : 'back';
  return dx >= 0 ? 'left' : 'right';
}

// Scratch objects: the frame loop allocates nothing.
const _fromTarget = /* @__PURE__ */ new Vector3();
const _toTarget = /* @__PURE__ */ new Vector3();
const _fromOffset = /* @__PURE__ */ new Spherical();
const _toOffset = /* @__PURE__ */ new Spherical();
const _offset = /* @__PURE__ */ new Vector3();
const _spherical = /* @__PURE__ */ new Spherical();
const _up = /* @__PURE__ */ new Vector3(0, 1, 0);

/**
 * Orbit controls (drag to turn, pinch or scroll to zoom, right-drag or two fingers to pan)
 * and animated moves to preset views. Renders only while something moves: the canvas runs
 * on demand, and the animation stops invalidating when it arrives.
 */
export function CameraRig() {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const request = useApp((s) => s.camera);
  const controlsRef = useRef<OrbitRig | null>(null);
  const animation = useRef({ active: false, elapsed: 0 });
  const updateFacing = useRef(() => {});
  useSnapshots();

  useEffect(() => {
    const controls = new OrbitRig(camera as PerspectiveCamera, gl.domElement);
    controls.target.set(...BODY_TARGET);
    controls.isHeld = (id) => paintingPointers.has(id);
    controls.update();
    updateFacing.current = () => {
      const facing = facingOf(camera.position.x - controls.target.x, camera.position.z - controls.target.z);
      if (appStore.getState().facing !== facing) appStore.setState({ facing });
    };
    const onChange = () => {
      noteCameraMoved(invalidate);
      invalidate();
      updateFacing.current();
    };
    const onStart = () => (animation.current.active = false);
    controls.addEventListener('change', onChange);
    controls.addEventListener('start', onStart);
    controlsRef.current = controls;
    // Turning as a drag would, for the benchmark's frame-time figure.
    liveView.turn = (radians) => {
      _offset.copy(camera.position).sub(controls.target).applyAxisAngle(_up, radians);
      camera.position.copy(controls.target).add(_offset);
      controls.update();
      onChange();
    };
    return () => {
      liveView.turn = null;
      controls.removeEventListener('change', onChange);
      controls.removeEventListener('start', onStart);
      controls.dispose();
      controlsRef.current = null;
    };
  }, [camera, gl, invalidate]);

  useEffect(() => {
    const controls = controlsRef.current;
    if (!controls) return;
    _fromTarget.copy(controls.target);
    _fromOffset.setFromVector3(_offset.copy(camera.position).sub(controls.target));
    if (request.kind === 'face') {
      const [x, y, z] = request.point;
      _toTarget.set(x * 0.6, y, z * 0.5 + BODY_TARGET[2] * 0.5);
      // Lean the view toward straight front or back: a trigger point beside the spine reads
      // best from behind, not from the diagonal its own position would suggest.
      const outward = _offset.set(x * 0.5, 0, z - BODY_TARGET[2]).normalize();
      _toOffset.setFromVector3(outward.multiplyScalar(FACE_DISTANCE).setY(0.08));
    } else {
      const direction = PRESET_DIRECTIONS[request.kind === 'preset' ? request.preset : 'front'];
      _toTarget.set(...BODY_TARGET);
      _toOffset.setFromVector3(
        _offset
          .set(...direction)
          .normalize()
          .multiplyScalar(VIEW_DISTANCE),
      );
    }
    // Turn the short way round.
    let dTheta = _toOffset.theta - _fromOffset.theta;
    if (dTheta > Math.PI) dTheta -= 2 * Math.PI;
    if (dTheta < -Math.PI) dTheta += 2 * Math.PI;
    _toOffset.theta = _fromOffset.theta + dTheta;
    animation.current = { active: request.serial > 0, elapsed: 0 };
    if (request.serial === 0) {
      controls.target.copy(_toTarget);
      camera.position.copy(_offset.setFromSpherical(_toOffset).add(_toTarget));
      controls.update();
    }
    invalidate();
  }, [request, camera, invalidate]);

  useFrame((_, delta) => {
    const controls = controlsRef.current;
    if (!controls || !animation.current.active) return;
    animation.current.elapsed += delta;
    const t = Math.min(1, animation.current.elapsed / ANIMATION_SECONDS);
    const ease = t * t * (3 - 2 * t);
    _spherical.radius = _fromOffset.radius + (_toOffset.radius - _fromOffset.radius) * ease;
    _spherical.phi = _fromOffset.phi + (_toOffset.phi - _fromOffset.phi) * ease;
    _spherical.theta = _fromOffset.theta + (_toOffset.theta - _fromOffset.theta) * ease;
    controls.target.lerpVectors(_fromTarget, _toTarget, ease);
    camera.position.copy(_offset.setFromSpherical(_spherical).add(controls.target));
    camera.lookAt(controls.target);
    noteCameraMoved(invalidate);
    if (t >= 1) {
      // This frame draws the final position; only the side labels need telling.
      animation.current.active = false;
      updateFacing.current();
    } else {
      invalidate();
    }
  });

  return null;
}
