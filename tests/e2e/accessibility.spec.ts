import { axeViolations } from './support/axeViolations';
import { COLOR_THEMES, expectColorTheme, useColorTheme } from './support/colorTheme';
import { pageSettled } from './support/pageSettled';
import { sitemapPaths } from './support/sitemapPaths';
import { test, expect } from './fixtures';

// A trace of a long page costs more than the axe run; a failure already lists every offending element.
test.use({ trace: 'off' });

const paths = sitemapPaths();

test('the sitemap lists the landing page, the concept pages and the API reference', () => {
  expect(paths).toContain('/');
  expect(paths.filter((pagePath) => pagePath.startsWith('/docs/api/')).length).toBeGreaterThanOrEqual(34);
});

// One test per page and theme, so the two workers share the pages and a failure names both.
for (const pagePath of paths) {
  for (const theme of COLOR_THEMES) {
    test(`${pagePath} has no axe-core violations in the ${theme} theme`, async ({ page }) => {
      // axe checks the contrast of every text node: an API page (~8,000 px of tables and examples) takes 10–40 s.
      test.slow();
      await useColorTheme(page, theme);
      await page.goto(pagePath);
      await expectColorTheme(page, theme);
      await pageSettled(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

// The tester's answer is not on a page as loaded: its status tones and error box are checked here, in both themes.
for (const theme of COLOR_THEMES) {
  test(`the ReEncrypt tester showing an error and then a success has no axe-core violations in the ${theme} theme`, async ({ page }) => {
    test.slow();
    await useColorTheme(page, theme);
    await page.goto('/docs/api/re-encrypt');
    await pageSettled(page);
    await page.getByRole('button', { name: 'Try it' }).nth(1).click();
    await page.getByLabel('DestinationKeyId', { exact: true }).fill('ffffffff-ffff-ffff-ffff-ffffffffffff');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByTestId('response-error-type')).toHaveText('NotFoundException');
    expect(await axeViolations(page, '#api-tester-ReEncrypt'), 'with an error').toEqual([]);
    await page.getByRole('button', { name: 'Fill example' }).click();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByTestId('response-status')).toContainText('200');
    expect(await axeViolations(page, '#api-tester-ReEncrypt'), 'with a success').toEqual([]);
  });
}
