import { test as base, expect, type Page } from '@playwright/test';

interface Fixtures {
  /** Opens an API reference page and waits until its tester has mounted. */
  openOperation: (slug: string) => Promise<Page>;
  /** A second tab of the same browser context, so the same IndexedDB sandbox as `page`. */
  secondTab: Page;
}

/** URLs that never leave the page: inline data and the page's own blobs. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);

/**
 * Collects console errors, uncaught exceptions, Content-Security-Policy violations and any
 * request to another origin than the site's, for failing the page's test afterwards: the site
 * must work offline from its own origin, and its tester must never send anything elsewhere.
 */
async function watchForProblems(page: Page, siteOrigin: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== siteOrigin) problems.push(`request off the site's origin: ${request.method()} ${request.url()}`);
  });
  // Chromium also logs a violation as a console error; the event names the directive even where it does not.
  await page.exposeFunction('__reportCspViolation', (violation: string) => problems.push(`CSP violation: ${violation}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as Window & { __reportCspViolation?: (violation: string) => void }).__reportCspViolation;
      report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${event.documentURI}`);
    });
  });
  return problems;
}

/**
 * Makes the page's goto and reload resolve once React has taken the page over, as they did when the bundles ran
 * before the load event. The bundles now start after the first paint (src/plugins/contentSecurityPolicy/
 * startScriptsAfterFirstPaint.ts), so 'load' can come first, and a click on a page React has not taken yet is lost.
 * From the root's creation on, React replays such clicks once it has hydrated.
 */
function waitForReactOnNavigation(page: Page): void {
  const untilReact = () => page.waitForFunction(() => 'docusaurusRoot' in window);
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await untilReact();
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await untilReact();
    return response;
  };
}

/**
 * Every page fails its test on a console error, an uncaught exception, a CSP violation or a
 * request off the site's origin, so a hydration mismatch, a React warning or a leak cannot slip through.
 */
export const test = base.extend<Fixtures>({
  page: async ({ page, baseURL }, use) => {
    const problems = await watchForProblems(page, new URL(baseURL ?? 'http://127.0.0.1').origin);
    waitForReactOnNavigation(page);
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
  secondTab: async ({ context, baseURL }, use) => {
    const tab = await context.newPage();
    const problems = await watchForProblems(tab, new URL(baseURL ?? 'http://127.0.0.1').origin);
    waitForReactOnNavigation(tab);
    await use(tab);
    expect(problems, 'the second tab logged errors').toEqual([]);
  },
  openOperation: async ({ page }, use) => {
    await use(async (slug) => {
      await page.goto(`/docs/api/${slug}`);
      await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
      return page;
    });
  },
});

export { expect };
