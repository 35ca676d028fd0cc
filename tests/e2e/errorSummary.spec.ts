import { axeViolations } from './support/axeViolations';
import { COLOR_THEMES, useColorTheme } from './support/colorTheme';
import { pageSettled } from './support/pageSettled';
import { test, expect } from './fixtures';

test('a stopped send shows a focused error summary whose links name the field and take focus to it', async ({ openOperation }) => {
  const page = await openOperation('re-encrypt');
  const field = page.getByLabel('DestinationKeyId', { exact: true });
  await field.fill('');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAttribute('role', 'alert');
  const link = summary.getByRole('link', { name: 'DestinationKeyId: Member must not be null' });
  await link.click();
  await expect(field).toBeFocused();
  await expect(summary.getByRole('button', { name: 'Send anyway' })).toBeVisible();
});

test('the response is marked as one for an earlier request once the request changes, and not after sending again', async ({ openOperation }) => {
  const page = await openOperation('describe-key');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
  const stale = page.getByTestId('response-stale');
  await expect(stale).toHaveCount(0);
  await page.getByLabel('KeyId', { exact: true }).fill('alias/ExampleAlias');
  await expect(stale).toHaveText(/This response is for an earlier request: the request has changed since it was sent\./);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
  await expect(stale).toHaveCount(0);
  await page.getByLabel('KeyId', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(stale).toContainText('the last Send was stopped before it reached the sandbox');
});

for (const theme of COLOR_THEMES) {
  test(`the error summary, the stale-response note, the scratch notice and a sandbox hint have no axe-core violations in the ${theme} theme`, async ({ page }) => {
    test.slow();
    await useColorTheme(page, theme);
    await page.goto('/docs/api/disable-key');
    await pageSettled(page);
    await expect(page.getByTestId('scratch-notice')).toBeVisible();
    await page.getByLabel('KeyId', { exact: true }).fill('alias/ExampelAlias');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByTestId('sandbox-hint')).toContainText('Did you mean alias/ExampleAlias?');
    await page.getByLabel('KeyId', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByTestId('error-summary')).toBeVisible();
    await expect(page.getByTestId('response-stale')).toBeVisible();
    expect(await axeViolations(page, '#api-tester-DisableKey')).toEqual([]);
  });
}
