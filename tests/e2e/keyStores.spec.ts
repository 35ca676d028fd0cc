import { test, expect } from './fixtures';

const cloudHsmStore = 'cks-0a1b2c3d4e5f60718';
const cloudHsmKey = 'c5d6e7f8-0a1b-4c2d-8e3f-4a5b6c7d8e9f';

test('disconnecting the example CloudHSM key store makes its key Unavailable in DescribeKey, and connecting brings it back', async ({ openOperation }) => {
  let page = await openOperation('disconnect-custom-key-store');
  await page.getByRole('button', { name: 'Try it' }).nth(1).click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');

  page = await openOperation('describe-custom-key-stores');
  await page.getByRole('button', { name: 'Try it' }).nth(1).click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const stores = page.getByTestId('response-body');
  await expect(stores).toContainText(`"CustomKeyStoreId": "${cloudHsmStore}"`);
  await expect(stores).not.toContainText('"ConnectionState": "CONNECTED"');

  page = await openOperation('describe-key');
  await page.getByRole('button', { name: 'Try it' }).nth(1).click();
  await page.getByLabel('KeyId', { exact: true }).fill(cloudHsmKey);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-body')).toContainText('"KeyState": "Unavailable"');

  page = await openOperation('connect-custom-key-store');
  await page.getByRole('button', { name: 'Try it' }).nth(1).click();
  await page.getByLabel('CustomKeyStoreId', { exact: true }).fill(cloudHsmStore);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
});

test('ReplicateKey shows the documented UnsupportedOperationException that explains QKMS has no Regions', async ({ openOperation }) => {
  const page = await openOperation('replicate-key');
  await page.getByRole('button', { name: 'Try it' }).nth(1).click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('400');
  await expect(page.getByTestId('response-body')).toContainText('UnsupportedOperationException');
  await expect(page.getByTestId('response-body')).toContainText('QKMS has no Regions');
});
