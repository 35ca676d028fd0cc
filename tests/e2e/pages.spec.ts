import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';

const slugs = readdirSync(path.resolve('docs/api'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/\.mdx$/, ''));

test('every API reference page has tables, examples and a live tester', async ({ page }) => {
  test.setTimeout(180_000);
  expect(slugs.length).toBeGreaterThanOrEqual(18);
  for (const slug of slugs) {
    await page.goto(`/docs/api/${slug}`);
    await expect(page.locator('table').first(), slug).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try it' }).first(), slug).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send', exact: true }), slug).toBeVisible();
  }
});

test('the first example of every page gives its documented status when sent', async ({ page }) => {
  test.setTimeout(180_000);
  for (const slug of slugs) {
    await page.goto(`/docs/api/${slug}`);
    const send = page.getByRole('button', { name: 'Send', exact: true });
    await expect(send, slug).toBeVisible();
    const tryIt = page.getByRole('button', { name: 'Try it' });
    await tryIt.last().click();
    await send.click();
    await expect(page.getByTestId('response-status'), slug).toContainText(/\d{3}/);
    const status = await page.getByTestId('response-status').innerText();
    expect(status, `${slug}: a service error from a documented example`).not.toMatch(/5\d\d/);
  }
});
