import type { Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerWarningSignsNo, appUrl, LEFT_BELT_LINE, openApp, sharedBrowser, strokeThrough, turnTo, waitForBody } from './support.ts';

const { browser } = sharedBrowser();

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Runs before any page script: records every Content-Security-Policy violation on window. */
function recordCspViolations(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations!.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
  });
}

/** The policy's directives, name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

describe('privacy: the pain map stays on the device', () => {
  it('makes no request to any other origin while a person marks pain, opens a guide and reloads, under a strict CSP', async () => {
    const origin = new URL(appUrl()).origin;
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
    // Every request of the context: the page, its workers and the service worker.
    const requests: { url: string; from: string }[] = [];
    context.on('request', (request: Request) => {
      requests.push({
        url: request.url(),
        from: request.serviceWorker() ? 'service worker' : request.isNavigationRequest() ? 'navigation' : 'page or worker',
      });
    });
    await context.addInitScript(recordCspViolations);
    const { page, errors } = await openApp(browser(), { context });
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));

    // The policy is in the page, before anything else can run.
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toBeTruthy();
    const csp = directives(policy!);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain("'unsafe-inline'");
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(await page.locator('script:not([src])').count()).toBe(0);

    // Mark pain: one stroke along the left belt line, from behind.
    await turnTo(page, 'Back view', 'back');
    await strokeThrough(page, LEFT_BELT_LINE);
    await page.waitForFunction(() => window.painmap.state().result.suggestions.length > 0);

    // Answer the warning signs, then open the first suggestion's release guide (a lazy chunk).
    await answerWarningSignsNo(page);
    await page.locator('.suggestions .suggestion-main').first().click();
    await page.getByRole('link', { name: 'Open the release guide' }).click();
    await page.waitForURL(/#\/guide\//);
    await page.getByRole('heading', { name: /: release guide for your (LEFT|RIGHT)/ }).waitFor();

    // The service worker has cached the app (its requests are recorded too); then reload.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => localStorage.getItem('painmap:map') !== null);
    const violations = (await page.evaluate(() => window.__cspViolations)) ?? ['the CSP recorder did not run'];
    await page.reload();
    await waitForBody(page);
    await page.waitForFunction(() => window.painmap.state().summary.length > 0);
    await page.getByRole('heading', { name: /: release guide for your (LEFT|RIGHT)/ }).waitFor();
    violations.push(...((await page.evaluate(() => window.__cspViolations)) ?? ['the CSP recorder did not run']));

    const foreign = requests.filter(({ url }) => {
      const { protocol, origin: from } = new URL(url);
      return protocol !== 'data:' && protocol !== 'blob:' && from !== origin;
    });
    expect(foreign).toEqual([]);
    expect(sockets).toEqual([]);
    // The recorder saw the whole app: the body model, the body worker, the service worker's precache.
    expect(requests.some(({ url }) => url.endsWith('/models/body.glb'))).toBe(true);
    expect(requests.some(({ url }) => /\/assets\/bodyWorker-[\w-]+\.js$/.test(url))).toBe(true);
    expect(requests.some(({ from }) => from === 'service worker')).toBe(true);

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
