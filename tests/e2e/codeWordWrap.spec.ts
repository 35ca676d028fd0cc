import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const TOGGLE = 'Toggle word wrap';

/**
 * Each code block the reader can see whose word-wrap button disagrees with its code: a block must offer the button
 * exactly when its code is wider than the block (or while wrapping is on). Blocks in a closed <details> or a hidden
 * tab are left out: their size is unknown until shown.
 */
function mismatchedBlocks(scope: Page | Locator): Promise<string[]> {
  return scope.locator('.theme-code-block').evaluateAll(
    (blocks, toggle) =>
      blocks.flatMap((block) => {
        const pre = block.querySelector('pre');
        if (pre === null || !pre.checkVisibility({ contentVisibilityAuto: true })) return [];
        const wraps = pre.querySelector('code')?.hasAttribute('style') ?? false;
        const overflows = pre.scrollWidth > pre.clientWidth;
        const offered = block.querySelector(`button[aria-label="${toggle}"]`) !== null;
        return offered === (overflows || wraps) ? [] : [`${(pre.textContent ?? '').slice(0, 40)}: ${overflows ? 'overflows' : 'fits'}, button ${offered ? 'shown' : 'missing'}`];
      }),
    TOGGLE,
  );
}

const expectButtonsToMatchOverflow = (scope: Page | Locator) => expect.poll(() => mismatchedBlocks(scope)).toEqual([]);

test('a code block offers word wrap exactly when its code is wider than the block, also after the window is resized', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/docs/intro');
  const blocks = page.locator('article .theme-code-block');
  await expect(blocks.first()).toBeVisible();
  await expectButtonsToMatchOverflow(page);
  // A short command fits a desktop window: no button.
  const shortBlock = blocks.filter({ hasText: 'npm run mock-server -- --port 4599' });
  await expect(shortBlock.getByRole('button', { name: TOGGLE })).toHaveCount(0);

  await page.setViewportSize({ width: 360, height: 800 });
  await expectButtonsToMatchOverflow(page);
  const longBlock = blocks.filter({ hasText: 'export AWS_ACCESS_KEY_ID=test' });
  await expect(longBlock.getByRole('button', { name: TOGGLE })).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 900 });
  await expectButtonsToMatchOverflow(page);
});

test('word wrap makes a wide block fit, and turning it off makes it scroll again', async ({ openOperation }) => {
  const page = await openOperation('re-encrypt');
  const block = page.locator('article .theme-code-block').first();
  const pre = block.locator('pre');
  const overflows = () => pre.evaluate((element) => element.scrollWidth > element.clientWidth);
  // The example's ciphertext is one long base64 token.
  await expect.poll(overflows).toBe(true);

  await block.getByRole('button', { name: TOGGLE }).click();
  await expect.poll(overflows).toBe(false);
  await expect(block.getByRole('button', { name: TOGGLE })).toBeVisible();

  await block.getByRole('button', { name: TOGGLE }).click();
  await expect.poll(overflows).toBe(true);
  await expectButtonsToMatchOverflow(page);
});

test('a code block shown later (a closed section opened, another language chosen) offers word wrap when it overflows', async ({ openOperation }) => {
  const page = await openOperation('re-encrypt');
  const tester = page.locator('#api-tester-ReEncrypt');
  await tester.getByText('This request as code').click();
  await expect(tester.locator('.theme-code-block')).toBeVisible();
  await expectButtonsToMatchOverflow(tester);

  await tester.getByRole('tab', { name: 'curl' }).click();
  await expect(tester.locator('.theme-code-block')).toContainText('curl');
  await expectButtonsToMatchOverflow(tester);
  await expectButtonsToMatchOverflow(page);
});
