import { expect, type Page } from '@playwright/test';

/** Waits until a page has loaded and, on a page with live testers (an API page's, a flow's steps), until they have replaced their skeletons. */
export async function pageSettled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const testers = page.locator('section[id^="api-tester-"]');
  // A runnable flow's steps (docs/concepts/flows/) are testers too.
  const flowSteps = page.locator('section[data-step]');
  const count = (await testers.count()) + (await flowSteps.count());
  if (count > 0) await expect(page.getByRole('button', { name: 'Send', exact: true })).toHaveCount(count);
}
