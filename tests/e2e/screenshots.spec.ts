import path from 'node:path';
import { COLOR_THEMES, expectColorTheme, useColorTheme } from './support/colorTheme';
import { pageSettled } from './support/pageSettled';
import { test, expect } from './fixtures';

/** Kept after the run (test-results/ is git-ignored) for reviewing the layout by eye. */
const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
] as const;

for (const theme of COLOR_THEMES) {
  for (const { name, width, height } of WIDTHS) {
    test(`saves a screenshot of the ReEncrypt page at ${name} width (${width} px) in the ${theme} theme, with a response`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height });
      await useColorTheme(page, theme);
      await page.goto('/docs/api/re-encrypt');
      await expectColorTheme(page, theme);
      await pageSettled(page);
      await page.getByRole('button', { name: 'Try it' }).nth(1).click();
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await expect(page.getByTestId('response-status')).toContainText('200');
      const file = path.join(SCREENSHOT_DIR, `re-encrypt-${name}-${width}-${theme}.png`);
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      await testInfo.attach(`re-encrypt-${name}-${theme}`, { path: file, contentType: 'image/png' });
      console.log(`screenshot: ${path.relative(process.cwd(), file)}`);
    });
  }
}
