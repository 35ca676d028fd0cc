import { test, expect } from './fixtures';

test('a key created in the tester is still listed after a reload', async ({ openOperation }) => {
  const page = await openOperation('create-key');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
  const body = await page.getByTestId('response-body').innerText();
  const keyId = /"KeyId":\s*"([0-9a-f-]{36})"/.exec(body)?.[1];
  expect(keyId, 'CreateKey returned a key id').toBeTruthy();

  const keys = page.getByTestId('sandbox-keys');
  await expect(keys).toContainText(keyId!);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  await expect(page.getByTestId('sandbox-keys')).toContainText(keyId!);
  await expect(page.getByTestId('sandbox-keys')).toContainText('1234abcd-12ab-34cd-56ef-1234567890ab');
});

test('the landing page gets a reader to a live request in one click, with the example already filled in', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /try a live request/i }).first().click();
  await expect(page).toHaveURL(/\/docs\/api\/re-encrypt/);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
  await expect(page.getByTestId('response-body')).toContainText('"DestinationEncryptionAlgorithm": "SYMMETRIC_DEFAULT"');
});
