import { test, expect } from './fixtures';

const GROUPS = ['Keys and lifecycle', 'Cryptography', 'Signing and MACs', 'Key agreement', 'Grants', 'Rotation', 'Aliases', 'Tags'];

test('the landing page card, the navbar and the introduction all open the API overview', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^API reference/ }).last().click();
  await expect(page).toHaveURL(/\/docs\/api\/?$/);
  await expect(page.getByRole('heading', { level: 1, name: 'API reference' })).toBeVisible();

  await page.goto('/docs/api/encrypt');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API reference' }).click();
  await expect(page).toHaveURL(/\/docs\/api\/?$/);

  await page.goto('/docs/intro');
  await page.locator('article').getByRole('link', { name: 'API reference' }).first().click();
  await expect(page).toHaveURL(/\/docs\/api\/?$/);
});

test('the sidebar shows the API operations under labelled groups, and an overview link opens the operation', async ({ page }) => {
  await page.goto('/docs/api');
  const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
  for (const group of GROUPS) await expect(sidebar.getByRole('button', { name: group, exact: true })).toBeVisible();
  await page.locator('article').getByRole('link', { name: 'DeriveSharedSecret' }).click();
  await expect(page).toHaveURL(/\/docs\/api\/derive-shared-secret$/);
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
});
