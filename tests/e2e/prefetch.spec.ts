import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const prefetched = (page: Page): Promise<string[]> =>
  page.locator('link[rel="prefetch"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));

test('the pages a page links to are prefetched, each file once, and a click on one needs no chunk that was not', async ({ page, openOperation }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openOperation('re-encrypt');
  const link = page.locator('article').getByRole('link', { name: 'Decrypt', exact: true }).first();
  await link.scrollIntoViewIfNeeded();
  await expect.poll(async () => (await prefetched(page)).length).toBeGreaterThan(5);
  // The visible links' pages are prefetched as they come into view; wait for the burst to end.
  let files = await prefetched(page);
  await expect.poll(async () => {
    const before = files.length;
    files = await prefetched(page);
    return files.length === before;
  }).toBe(true);
  expect(files.length).toBe(new Set(files).size);

  const loaded: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') loaded.push(new URL(request.url()).pathname);
  });
  await link.click();
  await expect(page).toHaveURL(/\/docs\/api\/decrypt$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Decrypt/);
  const notPrefetched = loaded.filter((path) => path.startsWith('/assets/js/') && !files.includes(path));
  // The tester's own chunks load when a tester mounts; a page's route chunks must all have been prefetched.
  const routeChunks = notPrefetched.filter((path) => !/\/\d{1,5}\.[0-9a-f]+\.js$/.test(path));
  expect(routeChunks).toEqual([]);
});
