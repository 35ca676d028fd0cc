import { test, expect } from './fixtures';

test('a ciphertext made on the Encrypt page decrypts on the Decrypt page in one click', async ({ openOperation }) => {
  let page = await openOperation('encrypt');
  // Plaintext starts in Text mode: the tester sends the typed text's UTF-8 bytes as base64.
  const plaintext = Buffer.from('my own secret, typed by hand').toString('base64');
  await page.getByLabel('Plaintext', { exact: true }).fill('my own secret, typed by hand');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');

  page = await openOperation('decrypt');
  await page.getByRole('button', { name: 'Use as CiphertextBlob' }).first().click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
  await expect(page.getByTestId('response-body')).toContainText(`"Plaintext": "${plaintext}"`);
});
