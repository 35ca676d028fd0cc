import { test, expect } from './fixtures';

const sourceArn = 'arn:verenc:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const destinationArn = 'arn:verenc:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321';

test('renders the request and response tables with an anchor on every row', async ({ page }) => {
  await page.goto('/docs/api/re-encrypt');
  await expect(page.getByRole('heading', { name: 'ReEncrypt', level: 1 })).toBeVisible();
  for (const name of ['CiphertextBlob', 'SourceKeyId', 'DestinationKeyId', 'GrantTokens']) {
    await expect(page.locator(`[id="request-${name}"]`)).toBeVisible();
  }
  await expect(page.locator('[id="response-KeyId"]')).toBeVisible();
  await expect(page.locator('[id="header-X-Amz-Target"]')).toBeVisible();
  await expect(page.getByText('\\`')).toHaveCount(0);
});

test('Try it then Send on the example re-encrypts under the destination key', async ({ openOperation }) => {
  const page = await openOperation('re-encrypt');
  await page.getByRole('button', { name: 'Try it' }).nth(1).click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
  const body = page.getByTestId('response-body');
  await expect(body).toContainText(`"KeyId": "${destinationArn}"`);
  await expect(body).toContainText(`"SourceKeyId": "${sourceArn}"`);
  await expect(body).not.toContainText('Plaintext');
});

test('the full request syntax example also succeeds, grant token included', async ({ openOperation }) => {
  const page = await openOperation('re-encrypt');
  await page.getByRole('button', { name: 'Try it' }).first().click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
});

test('an unknown destination key shows NotFoundException', async ({ openOperation }) => {
  const page = await openOperation('re-encrypt');
  await page.getByRole('button', { name: 'Try it' }).nth(1).click();
  const destination = page.getByLabel('DestinationKeyId', { exact: true });
  await destination.fill('ffffffff-ffff-ffff-ffff-ffffffffffff');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('400');
  await expect(page.getByTestId('response-body')).toContainText('NotFoundException');
});

test('a simulated service fault shows the documented 5xx error', async ({ openOperation }) => {
  const page = await openOperation('re-encrypt');
  await page.getByRole('button', { name: 'Try it' }).nth(1).click();
  await page.getByLabel('Simulate a service fault').selectOption('DependencyTimeoutException');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('503');
  await expect(page.getByTestId('response-body')).toContainText('DependencyTimeoutException');
});

test('a tampered ciphertext shows InvalidCiphertextException', async ({ openOperation }) => {
  const page = await openOperation('re-encrypt');
  await page.getByRole('button', { name: 'Try it' }).nth(1).click();
  const blob = page.getByLabel('CiphertextBlob', { exact: true });
  const original = await blob.inputValue();
  const flipped = original.slice(0, 30) + (original[30] === 'A' ? 'B' : 'A') + original.slice(31);
  await blob.fill(flipped);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-error-type')).toHaveText('InvalidCiphertextException');
});

test('after DisableKey on the destination, ReEncrypt shows DisabledException and the panel shows the state', async ({
  openOperation,
}) => {
  let page = await openOperation('disable-key');
  await page.getByLabel('KeyId', { exact: true }).fill('0987dcba-09fe-87dc-65ba-ab0987654321');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');

  page = await openOperation('re-encrypt');
  await expect(page.locator('[data-key-id="0987dcba-09fe-87dc-65ba-ab0987654321"]')).toHaveAttribute(
    'data-key-state',
    'Disabled',
  );
  await page.getByRole('button', { name: 'Try it' }).nth(1).click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-error-type')).toHaveText('DisabledException');
});
