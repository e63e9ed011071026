import { CSP_DIRECTIVES } from './csp.ts';

/**
 * The HTTP security headers painmap is served with: by `vite preview` and `vite` (vite.config.ts),
 * and by static hosts from public/_headers (Netlify / Cloudflare Pages format, kept equal to
 * these by tests/unit/headers.test.ts). The same policy as the page's <meta> CSP, plus what a
 * <meta> policy cannot do: it covers the workers too (a worker obeys the CSP of the response
 * that delivered its script, not the page's <meta>), and frame-ancestors keeps other sites from
 * framing the app.
 */
function policy(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

const COMMON: Readonly<Record<string, string>> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Nothing painmap does needs these; denying them means no script can ask for them either.
  'Permissions-Policy':
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), xr-spatial-tracking=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Headers for the built app. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': policy({ ...CSP_DIRECTIVES, 'frame-ancestors': ["'none'"] }),
  ...COMMON,
};

/**
 * Headers for the dev server: the same, except that Vite's dev page needs React Refresh's inline
 * preamble, injected <style> tags and its hot-reload WebSocket.
 */
export const DEV_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': policy({
    ...CSP_DIRECTIVES,
    'script-src': ["'self'", "'unsafe-inline'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'connect-src': ["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*'],
    'frame-ancestors': ["'none'"],
  }),
  ...COMMON,
};

/** public/_headers as it must read: every path gets the built app's headers. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `# Security headers for static hosts (Netlify, Cloudflare Pages). Generated from scripts/vite/headers.ts; a test keeps them equal.\n/*\n${lines.join('\n')}\n`;
}
