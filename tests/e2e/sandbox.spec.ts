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

