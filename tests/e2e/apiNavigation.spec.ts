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

test("an operation page opens its own group of the sidebar and leaves the others collapsed until the reader opens them", async ({ page }) => {
  await page.goto('/docs/api/encrypt');
  const sidebar = page.getByRole('navigation', { name: 'Docs sidebar' });
  await expect(sidebar.getByRole('button', { name: 'Cryptography', exact: true })).toHaveAttribute('aria-expanded', 'true');
  await expect(sidebar.getByRole('link', { name: 'Encrypt', exact: true })).toHaveAttribute('aria-current', 'page');
  const grants = sidebar.getByRole('button', { name: 'Grants', exact: true });
  await expect(grants).toHaveAttribute('aria-expanded', 'false');
  await expect(sidebar.getByRole('link', { name: 'CreateGrant', exact: true })).toHaveCount(0);
  await grants.click();
  await sidebar.getByRole('link', { name: 'CreateGrant', exact: true }).click();
  await expect(page).toHaveURL(/\/docs\/api\/create-grant$/);
});
