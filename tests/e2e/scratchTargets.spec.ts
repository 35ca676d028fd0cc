import { test, expect } from './fixtures';

const exampleKeyId = '1234abcd-12ab-34cd-56ef-1234567890ab';

test('a destructive tester offers a scratch key, and sending at it leaves the example key enabled for other pages', async ({ openOperation }) => {
  const page = await openOperation('disable-key');
  const keyId = page.getByLabel('KeyId', { exact: true });
  await expect(keyId).toHaveValue(exampleKeyId);
  const notice = page.getByTestId('scratch-notice');
  await expect(notice).toContainText('This changes the example key other pages use');
  await notice.getByRole('button', { name: 'Use a scratch key' }).click();
  await expect(notice).toHaveCount(0);
  await expect(keyId).not.toHaveValue(exampleKeyId);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');

  await openOperation('describe-key');
  await page.getByLabel('KeyId', { exact: true }).fill(exampleKeyId);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-body')).toContainText('"KeyState": "Enabled"');
});

test('a grant page offers a scratch grant', async ({ openOperation }) => {
  const page = await openOperation('revoke-grant');
  await page.getByTestId('scratch-notice').getByRole('button', { name: 'Use a scratch grant' }).click();
  await expect(page.getByTestId('scratch-notice')).toHaveCount(0);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
});
