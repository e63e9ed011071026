import type { BodyPreview } from '../../core/mesh/bodyMesh.ts';
import { srgbToLinear } from '../../body/paintColors.ts';
import { FILL_INTENSITY, GROUND_COLOR, KEY_INTENSITY, KEY_OFFSET, KEY_TARGET, SKY_COLOR } from '../scene/lighting.ts';
import { lookAt, perspective, type CameraPose, type Vec3 } from './viewMath.ts';

/*
 * The body's first frame, drawn with plain WebGL before three.js has loaded, by the body worker
 * on a canvas the page hands it (so its shader compile and draw never hold up the page).
 *
 * Why not three.js here: its renderer alone is 133 KB gzip, and with React Three Fiber and the
 * picking code the 3D chunk is about 214 KB gzip that a phone downloads, parses and compiles
 * before three.js can draw anything. This frame needs one shader and one draw call, so the body
 * shows while that chunk loads, and three.js draws every frame after it. The shading repeats what
 * three.js does for the body (Lambert with the same two lights, ACES filmic tone mapping, sRGB
 * output: see lighting.ts and the shader below), so the hand-over does not jump.
 */

const VERTEX_SHADER = `
attribute vec3 position;
attribute vec3 normal;
attribute vec3 color;
uniform mat4 viewProjection;
varying vec3 vNormal;
varying vec3 vColor;
void main() {
  vNormal = normal;
  vColor = color;
  gl_Position = viewProjection * vec4(position, 1.0);
}`;

const FRAGMENT_SHADER = `
precision highp float;
varying vec3 vNormal;
varying vec3 vColor;
uniform vec3 sky;
uniform vec3 ground;
uniform vec3 keyColor;
uniform vec3 keyDirection;

// three.js's ACES filmic curve (tonemapping_pars_fragment), exposure 1.
vec3 filmic(vec3 color) {
  const mat3 toAces = mat3(vec3(0.59719, 0.07600, 0.02840), vec3(0.35458, 0.90834, 0.13383), vec3(0.04823, 0.01566, 0.83777));
  const mat3 fromAces = mat3(vec3(1.60475, -0.10208, -0.00327), vec3(-0.53108, 1.10813, -0.07276), vec3(-0.07367, -0.00605, 1.07602));
  vec3 v = toAces * (color / 0.6);
  v = (v * (v + 0.0245786) - 0.000090537) / (v * (0.983729 * v + 0.4329510) + 0.238081);
  return clamp(fromAces * v, 0.0, 1.0);
}

vec3 toSrgb(vec3 linear) {
  return mix(pow(linear, vec3(0.41666)) * 1.055 - vec3(0.055), linear * 12.92, vec3(lessThanEqual(linear, vec3(0.0031308))));
}

void main() {
  vec3 n = normalize(vNormal);
  // Lambert: the hemisphere fill plus the key light, times the skin or paint colour over pi (three.js's BRDF_Lambert).
  vec3 irradiance = mix(ground, sky, 0.5 * n.y + 0.5) + max(dot(n, keyDirection), 0.0) * keyColor;
  gl_FragColor = vec4(toSrgb(filmic(vColor * irradiance * 0.3183098862)), 1.0);
}`;

/** A CSS hex colour in linear light, as three.js's colour management reads it. */
function linearRgb(hex: string, scale = 1): Vec3 {
  const value = Number.parseInt(hex.slice(1), 16);
  return [16, 8, 0].map((shift) => scale * srgbToLinear(((value >> shift) & 255) / 255)) as unknown as Vec3;
}

/** Where and how to draw: the canvas's size in device pixels, and the camera. */
export interface FirstFrameView {
  readonly width: number;
  readonly height: number;
  readonly antialias: boolean;
  readonly pose: CameraPose;
}

export interface FirstBodyPainter {
  /**
   * Uploads the preview and draws it once in `colors` (linear-light rgb bytes per vertex, as
   * paintColors.ts gives three.js: bare skin, or a saved map's paint); false if this context
   * cannot (too many vertices without 32-bit indices).
   */
  draw(preview: BodyPreview, colors: Uint8Array): boolean;
}

/**
 * Makes the context and compiles the shader on `canvas` (while the model is still on its way),
 * sized for `view`; null if this canvas gives no WebGL context: the 3D view then draws the first body.
 */
export function prepareFirstBodyPainter(canvas: HTMLCanvasElement | OffscreenCanvas, view: FirstFrameView): FirstBodyPainter | null {
  canvas.width = Math.max(1, view.width);
  canvas.height = Math.max(1, view.height);
  const gl = canvas.getContext('webgl', { antialias: view.antialias, alpha: true, premultipliedAlpha: true, powerPreference: 'low-power' }) as WebGLRenderingContext | null;
  if (!gl) return null;
  const program = linkProgram(gl);
  // Uint32 indices need this extension in WebGL 1; every browser that runs painmap has it.
  const wideIndices = gl.getExtension('OES_element_index_uint') !== null;
  if (!program) {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return null;
  }
  const uniform = (name: string) => gl.getUniformLocation(program, name);
  gl.uniform3fv(uniform('sky'), linearRgb(SKY_COLOR, FILL_INTENSITY));
  gl.uniform3fv(uniform('ground'), linearRgb(GROUND_COLOR, FILL_INTENSITY));
  gl.uniform3fv(uniform('keyColor'), [KEY_INTENSITY, KEY_INTENSITY, KEY_INTENSITY]);
  const { pose } = view;
  const camera = lookAt(pose.eye, pose.target);
  gl.uniformMatrix4fv(uniform('viewProjection'), false, multiply(perspective(pose.fov, canvas.width / canvas.height, pose.near, pose.far), camera.matrix));
  gl.uniform3fv(uniform('keyDirection'), keyDirection(pose.eye, camera.axes));
  gl.enable(gl.DEPTH_TEST);
  gl.enable(gl.CULL_FACE);
  gl.clearColor(0, 0, 0, 0);
  gl.viewport(0, 0, canvas.width, canvas.height);

  return {
    draw(preview, colors) {
      const vertexCount = preview.positions.length / 3;
      if (!wideIndices && vertexCount > 65535) return false;
      upload(gl, program, 'position', preview.positions);
      upload(gl, program, 'normal', preview.normals);
      upload(gl, program, 'color', colors, true);
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, gl.createBuffer());
      gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, preview.triangles, gl.STATIC_DRAW);
      gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT);
      gl.drawElements(gl.TRIANGLES, preview.triangles.length, wideIndices ? gl.UNSIGNED_INT : gl.UNSIGNED_SHORT, 0);
      return true;
    },
  };
}

function linkProgram(gl: WebGLRenderingContext): WebGLProgram | null {
  const program = gl.createProgram();
  for (const [type, source] of [
    [gl.VERTEX_SHADER, VERTEX_SHADER],
    [gl.FRAGMENT_SHADER, FRAGMENT_SHADER],
  ] as const) {
    const shader = gl.createShader(type);
    if (!shader) return null;
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    gl.attachShader(program, shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) return null;
  gl.useProgram(program);
  return program;
}

/** Three values per vertex: floats, or (`bytes`) colour bytes read as 0–1, as three.js reads a normalized colour attribute. */
function upload(gl: WebGLRenderingContext, program: WebGLProgram, name: string, data: Float32Array | Uint8Array, bytes = false): void {
  const location = gl.getAttribLocation(program, name);
  gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
  gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
  gl.enableVertexAttribArray(location);
  gl.vertexAttribPointer(location, 3, bytes ? gl.UNSIGNED_BYTE : gl.FLOAT, bytes, 0, 0);
}

/** Toward the key light from the body's middle, the light placed as Lights.tsx places it. */
function keyDirection(eye: Vec3, axes: readonly [Vec3, Vec3, Vec3]): Vec3 {
  const light = [0, 1, 2].map((i) => eye[i]! + KEY_OFFSET[0] * axes[0][i]! + KEY_OFFSET[1] * axes[1][i]! + KEY_OFFSET[2] * axes[2][i]! - KEY_TARGET[i]!);
  const length = Math.hypot(...light);
  return light.map((c) => c / length) as unknown as Vec3;
}

/** a × b for column-major 4×4 matrices. */
function multiply(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(16);
  for (let column = 0; column < 4; column++)
    for (let row = 0; row < 4; row++) {
      let sum = 0;
      for (let k = 0; k < 4; k++) sum += a[k * 4 + row]! * b[column * 4 + k]!;
      out[column * 4 + row] = sum;
    }
  return out;
}
