import { test as base, expect, type Page } from '@playwright/test';

interface Fixtures {
  /** Opens an API reference page and waits until its tester has mounted. */
  openOperation: (slug: string) => Promise<Page>;
  /** A second tab of the same browser context, so the same IndexedDB sandbox as `page`. */
  secondTab: Page;
}

/** Collects console errors and uncaught exceptions of a page, for failing its test afterwards. */
function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

/**
 * Every page fails its test on a console error or an uncaught exception, so a hydration
 * mismatch or a React warning cannot slip through.
 */
export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    const problems = watchForProblems(page);
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
  secondTab: async ({ context }, use) => {
    const tab = await context.newPage();
    const problems = watchForProblems(tab);
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
