import type { Page } from '@playwright/test';
import { pageSettled } from './support/pageSettled';
import { test, expect } from './fixtures';

const tester = '#api-tester-ReEncrypt';

/** Presses Tab until focus is on a control inside the tester; returns how many presses that took. */
async function tabsIntoTester(page: Page, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate((selector) => {
      const active = document.activeElement;
      return active !== null && active !== document.querySelector(selector) && document.querySelector(selector)?.contains(active) === true;
    }, tester);
    if (inside) return presses;
  }
  throw new Error(`the tester was not reached in ${limit} Tab presses`);
}

test('the skip link takes a keyboard user from the top of an API page to its tester in a few Tab presses instead of well over a hundred', async ({ page }) => {
  // One Tab and one check of focus per stop, through the navbar and the whole sidebar: minutes on a shared machine.
  test.setTimeout(360_000);
  await page.goto('/docs/api/re-encrypt');
  await pageSettled(page);
  const before = await tabsIntoTester(page, 400);

  await page.goto('/docs/api/re-encrypt');
  await pageSettled(page);
  let presses = 0;
  const skipLink = page.getByRole('link', { name: 'Skip to the live tester' });
  for (; presses < 5 && !(await skipLink.evaluate((link) => link === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator(tester)).toBeFocused();
  const after = presses + (await tabsIntoTester(page, 10));

  test.info().annotations.push({ type: 'Tab presses to the ReEncrypt tester', description: `${before} without the skip link, ${after} with it` });
  console.log(`Tab presses from the top of /docs/api/re-encrypt to the tester's first control: ${before} before, ${after} with the skip link`);
  expect(before).toBeGreaterThan(40);
  expect(after).toBeLessThanOrEqual(4);
});

test('pages without a tester have no skip link to one', async ({ page }) => {
  for (const path of ['/docs/api', '/docs/concepts/keys', '/']) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: 'Skip to the live tester' })).toHaveCount(0);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the response comes into view after Send, even though the form is taller than the screen', async ({ page }) => {
    test.slow();
    await page.goto('/docs/api/encrypt');
    await pageSettled(page);
    const send = page.getByRole('button', { name: 'Send', exact: true });
    await send.scrollIntoViewIfNeeded();
    await send.click();
    await expect(page.getByTestId('response-status')).toContainText('200');
    await expect(page.getByTestId('response-status')).toBeInViewport();
  });
});

test('the landing page’s live request starts simple: Encrypt of a short text with the example key', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('pre')).toContainText('TrentService.Encrypt');
  await page.getByRole('link', { name: 'Try a live request' }).click();
  await expect(page).toHaveURL(/\/docs\/api\/encrypt#try-it-out$/);
  await pageSettled(page);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
});
