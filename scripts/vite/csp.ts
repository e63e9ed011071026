import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app. Everything painmap needs comes from its own
 * origin; nothing may be sent anywhere else (connect-src 'self'), so a person's pain map cannot
 * leave the device even if a dependency tried.
 *
 * - script-src 'self' only: no eval, no WebAssembly (the model's meshopt streams are decoded by
 *   our own JS decoder, src/body/meshoptDecode.ts), no inline scripts (Vite's build has none).
 * - style-src 'self': the stylesheet is a file; React and three set styles through the CSSOM
 *   (element.style), which CSP does not restrict.
 * - img-src data: blob:: canvas snapshots and generated textures stay in memory.
 *
 * frame-ancestors, report-uri and sandbox are ignored in a <meta> policy, so they are left out.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/**
 * Puts the policy into the built index.html as <meta http-equiv="Content-Security-Policy">,
 * right after the charset, before any script or stylesheet. Build only: the dev server needs
 * React Refresh's inline preamble. Fails the build if the page has an inline script, which the
 * policy would block.
 */
export function csp(): Plugin {
  return {
    name: 'painmap:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
          ([, attrs, body]) => !/\bsrc=/.test(attrs!) || body!.trim() !== '',
        );
        if (inline.length > 0)
          throw new Error(`index.html has ${inline.length} inline script(s), which the CSP blocks: ${inline[0]![0].slice(0, 120)}`);
        if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html.replace(/<meta\b[^>]*>/gi, '')))
          throw new Error('index.html has an inline event handler, which the CSP blocks');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (charset.test(html)) return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
        return html.replace(/<head>/i, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}
