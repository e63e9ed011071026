/**
 * Whether this browser can draw the 3D body, and whether it draws in software (no GPU: SwiftShader,
 * llvmpipe). Antialiasing costs a software renderer about as much as the body itself, so there the
 * canvas goes without it. The probe's context is released at once: a second live WebGL context
 * costs start-up time and memory the real one needs.
 */
export interface WebGLSupport {
  readonly available: boolean;
  readonly software: boolean;
}

let known: WebGLSupport | null = null;

/** What this page found at start-up (probed once). */
export function webglSupport(): WebGLSupport {
  known ??= probeWebGL();
  return known;
}

/** Probes afresh, e.g. after the context was lost, to see whether a new one can be had. */
export function probeWebGL(): WebGLSupport {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return { available: false, software: false };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { available: true, software: /swiftshader|llvmpipe|software|softpipe/i.test(renderer) };
  } catch {
    return { available: false, software: false };
  }
}

/**
 * The canvas's pixels per CSS pixel. A GPU draws a sharp screen at up to 1.5 (beyond that the
 * difference is hard to see and costs fill rate); a software renderer fills every pixel on the
 * processor, and without a GPU the page also copies each frame back for the compositor, so there
 * one pixel per CSS pixel keeps frames and start-up quick.
 */
export function canvasPixelRatio(): number {
  if (webglSupport().software) return 1;
  return Math.min(Math.max(window.devicePixelRatio || 1, 1), 1.5);
}

/** Sharp screens need no antialiasing; software rendering cannot afford it. */
export function wantsAntialias(): boolean {
  return window.devicePixelRatio < 1.5 && !webglSupport().software;
}
