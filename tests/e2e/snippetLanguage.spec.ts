import { test, expect } from './fixtures';

test('Go chosen on one page stays chosen on another page, after a reload, and in the tester', async ({ page, openOperation }) => {
  await openOperation('encrypt');
  await page.getByRole('tab', { name: 'Go (SDK v2)' }).first().click();
  await expect(page.getByText('kms.NewFromConfig(cfg').first()).toBeVisible();

  await openOperation('decrypt');
  const goTabs = page.getByRole('tab', { name: 'Go (SDK v2)' });
  await expect(goTabs.first()).toHaveAttribute('aria-selected', 'true');
  // The Go generator loads when its panel comes on screen.
  await goTabs.first().scrollIntoViewIfNeeded();
  await expect(page.getByText('client.Decrypt(ctx, &kms.DecryptInput{').first()).toBeVisible();

  await page.reload();
  await expect(goTabs.first()).toHaveAttribute('aria-selected', 'true');

  await page.getByText('This request as code').click();
  await expect(goTabs.last()).toHaveAttribute('aria-selected', 'true');
});

test('the ReEncrypt example shows idiomatic Java SDK v2 code', async ({ page, openOperation }) => {
  await openOperation('re-encrypt');
  await page.getByRole('tab', { name: 'Java (SDK v2)' }).nth(1).click();
  const code = page.locator('[role="tabpanel"]:visible').nth(1);
  await expect(code).toContainText('KmsClient.builder()');
  await expect(code).toContainText('.endpointOverride(URI.create("http://127.0.0.1:4599"))');
  await expect(code).toContainText('ReEncryptRequest request = ReEncryptRequest.builder()');
  await expect(code).toContainText('.ciphertextBlob(SdkBytes.fromByteArray(Base64.getDecoder().decode(');
  await expect(code).toContainText('ReEncryptResponse response = kms.reEncrypt(request);');
});
