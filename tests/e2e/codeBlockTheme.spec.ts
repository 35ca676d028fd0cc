import { COLOR_THEMES, expectColorTheme, useColorTheme } from './support/colorTheme';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** The colours of the page's first code block: its box and its first few tokens. */
async function codeBlockColors(page: Page): Promise<readonly string[]> {
  const block = page.locator('article .theme-code-block pre').first();
  await expect(block).toBeVisible();
  return block.evaluate((pre) => {
    const tokens = Array.from(pre.querySelectorAll('.token')).slice(0, 6);
    return [pre, ...tokens].map((element) => {
      const style = getComputedStyle(element);
      return `${style.color} on ${style.backgroundColor}`;
    });
  });
}

// Code blocks are built once, as the static HTML has them (light), and restyled in place for a dark reader: they must
// end up as a page rendered in the browser from scratch (client-side navigation) draws them, in either theme.
for (const theme of COLOR_THEMES) {
  test(`a loaded API page's code blocks have the ${theme} theme's colours`, async ({ page }) => {
    await useColorTheme(page, theme);
    await page.goto('/docs/api/re-encrypt');
    await expectColorTheme(page, theme);
    await page.waitForLoadState('load');
    const loaded = await codeBlockColors(page);

    await page.goto('/docs/api');
    await page.locator('article').getByRole('link', { name: 'ReEncrypt', exact: true }).first().click();
    await expect(page).toHaveURL(/\/docs\/api\/re-encrypt$/);
    expect(await codeBlockColors(page)).toEqual(loaded);
  });
}

test('the light and dark themes colour code differently', async ({ page }) => {
  const colors: Record<string, readonly string[]> = {};
  for (const theme of COLOR_THEMES) {
    await useColorTheme(page, theme);
    await page.goto('/docs/api/re-encrypt');
    await expectColorTheme(page, theme);
    colors[theme] = await codeBlockColors(page);
  }
  expect(colors.dark[0]).not.toEqual(colors.light[0]);
});
