import type { Page } from '@playwright/test';
import { pageSettled } from './support/pageSettled';
import { sitemapPaths } from './support/sitemapPaths';
import { test, expect } from './fixtures';

const PHONE_WIDTH = 375;

test.use({ viewport: { width: PHONE_WIDTH, height: 812 } });

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

// Every page, API pages with their tables and tester included: wide content scrolls inside its own box.
for (const pagePath of sitemapPaths()) {
  test(`${pagePath} does not scroll sideways at ${PHONE_WIDTH} px, nor after its tester answers`, async ({ page }) => {
    // Loads the page and sends a request, as pages.spec.ts does, on a shared machine.
    test.slow();
    await page.goto(pagePath);
    await pageSettled(page);
    expect(await pageWidth(page), 'the page as loaded').toBeLessThanOrEqual(PHONE_WIDTH);
    const send = page.getByRole('button', { name: 'Send', exact: true });
    if ((await send.count()) === 0) return;
    // A flow page has no examples: its first step is ready as loaded.
    const tryIt = page.getByRole('button', { name: 'Try it' });
    if ((await tryIt.count()) > 0) await tryIt.last().click();
    await send.first().click();
    await expect(page.getByTestId('response-status').first()).toContainText(/\d{3}/);
    expect(await pageWidth(page), 'the page with a response').toBeLessThanOrEqual(PHONE_WIDTH);
  });
}
