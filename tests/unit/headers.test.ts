import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP } from '../../scripts/vite/csp.ts';
import { headersFile, SECURITY_HEADERS } from '../../scripts/vite/headers.ts';

describe('the security headers', () => {
  it('ship to static hosts exactly as the preview server sends them', () => {
    expect(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8')).toBe(headersFile());
  });

  it('carry the page policy, and forbid framing and other origins for workers and requests', () => {
    const policy = SECURITY_HEADERS['Content-Security-Policy']!;
    expect(policy.startsWith(CSP)).toBe(true);
    for (const directive of ["default-src 'self'", "connect-src 'self'", "worker-src 'self'", "frame-ancestors 'none'"]) expect(policy).toContain(directive);
    expect(SECURITY_HEADERS).toMatchObject({ 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer', 'Cross-Origin-Opener-Policy': 'same-origin' });
  });
});
