import { expect, type Page } from '@playwright/test';

/** Waits until a page has loaded and, on a page with a live tester, until the tester has replaced its skeleton. */
export async function pageSettled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const testers = page.locator('section[id^="api-tester-"]');
  const count = await testers.count();
  if (count > 0) await expect(page.getByRole('button', { name: 'Send', exact: true })).toHaveCount(count);
}
