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
