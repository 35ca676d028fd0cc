import path from 'node:path';
import { listOperationPages } from '../../scripts/examples/listOperationPages';
import { test, expect } from './fixtures';

// Operation pages only: the overview (docs/api/index.mdx) has no tester.
const slugs = listOperationPages(path.resolve('docs')).map((page) => page.replace(/^api\//, '').replace(/\.mdx$/, ''));

test('there is an API reference page for every operation QKMS serves', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(34);
});

// One test per page, so pages run in parallel and a slow page (RSA key generation) has its own time budget.
for (const slug of slugs) {
  test(`${slug}: tables, examples and a live tester; its last example answers without a service error`, async ({ page }) => {
    await page.goto(`/docs/api/${slug}`);
    await expect(page.locator('table').first()).toBeVisible();
    const send = page.getByRole('button', { name: 'Send', exact: true });
    await expect(send).toBeVisible();
    const tryIt = page.getByRole('button', { name: 'Try it' });
    await expect(tryIt.first()).toBeVisible();
    await tryIt.last().click();
    await send.click();
    await expect(page.getByTestId('response-status')).toContainText(/\d{3}/);
    const status = await page.getByTestId('response-status').innerText();
    expect(status, 'a service error from a documented example').not.toMatch(/5\d\d/);
  });
}
