import { test, expect } from './fixtures';

test('searching a member name lands on its row of the reference table, and no hit carries anchor-link text', async ({ page }) => {
  await page.goto('/search?q=EncryptionContext');
  await expect(page.locator('main article').first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Direct link');
  const rowHit = page.locator('main a[href*="#request-EncryptionContext"]').first();
  await expect(rowHit).toContainText('EncryptionContext');
  await rowHit.click();
  await expect(page).toHaveURL(/#request-EncryptionContext$/);
  await expect(page.locator('#request-EncryptionContext')).toBeInViewport();
});

test('the navbar search titles a member’s hit with its name and page, and opens the page at its row', async ({ page }) => {
  await page.goto('/docs/api/describe-key');
  await page.locator('input.navbar__search-input').pressSequentially('EncryptionContext', { delay: 20 });
  const listbox = page.getByRole('listbox');
  const encryptHit = listbox.getByRole('option').filter({ hasText: /^EncryptionContextEncrypt$/ });
  await expect(encryptHit).toBeVisible();
  await expect(listbox).not.toContainText('Direct link');
  await encryptHit.click();
  await expect(page).toHaveURL(/\/docs\/api\/encrypt\b.*#request-EncryptionContext$/);
  await expect(page.locator('#request-EncryptionContext')).toBeInViewport();
});
