import { axeViolations } from './support/axeViolations';
import { COLOR_THEMES, expectColorTheme, useColorTheme } from './support/colorTheme';
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
  // The filled field is brought into view and focused, and the notice says what happened.
  await expect(page.getByLabel('CiphertextBlob', { exact: true })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Put CiphertextBlob from Encrypt into CiphertextBlob.' })).toBeVisible();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
  await expect(page.getByTestId('response-body')).toContainText(`"Plaintext": "${plaintext}"`);
  // Decrypt's plaintext is in the keyring for this tab only, among the entries no field of Decrypt takes.
  await page.getByTestId('keyring').getByText(/other entr/).click();
  await expect(page.getByTestId('keyring').getByText('plaintext: this tab only')).toBeVisible();
});

test('a signature made on the Sign page verifies on the Verify page in one click, message and algorithm included', async ({ openOperation }) => {
  const page = await openOperation('sign');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');

  // A link, not a new page load: the message that was signed stays in this tab's memory only.
  await page.getByRole('main').getByRole('link', { name: 'Verify', exact: true }).first().click();
  await expect(page).toHaveURL(/\/docs\/api\/verify$/);
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
  await page.getByLabel('Message', { exact: true }).fill('');
  await page.getByRole('button', { name: /^Use as Signature/ }).first().click();
  await expect(page.getByLabel('Signature', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Message', { exact: true })).not.toHaveValue('');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
  await expect(page.getByTestId('response-body')).toContainText('"SignatureValid": true');
});

test('the key picker flags an asymmetric key for ReEncrypt’s destination before sending', async ({ openOperation }) => {
  const page = await openOperation('re-encrypt');
  const picker = page.getByLabel('Sandbox key for Destination Key Id');
  const rsaOption = picker.locator('option', { hasText: 'RSA_2048' });
  await expect(rsaOption).toHaveText(/^✗ cannot ReEncrypt: /);
  await picker.selectOption({ label: (await rsaOption.textContent()) ?? '' });
  await expect(page.getByLabel('DestinationKeyId', { exact: true })).toHaveValue(/^e5a0c3b1-/);
  await expect(page.getByText('This key will be refused: ReEncrypt takes only SYMMETRIC_DEFAULT keys in DestinationKeyId; this is RSA_2048.')).toBeVisible();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('400');
});

test('Copy puts a keyring value on the clipboard and says so', async ({ openOperation, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openOperation('encrypt');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
  const body = JSON.parse(await page.getByTestId('response-body').innerText()) as { CiphertextBlob: string };
  // Encrypt takes no ciphertext, so its own output is among the other entries.
  await page.getByTestId('keyring').getByText(/other entr/).click();
  await page.getByRole('button', { name: 'Copy CiphertextBlob from Encrypt' }).click();
  await expect(page.getByRole('button', { name: 'Copied CiphertextBlob from Encrypt' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Copied CiphertextBlob from Encrypt.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body.CiphertextBlob);
});

test('Reset sandbox empties the keyring, whose entries named keys that no longer exist', async ({ openOperation }) => {
  const page = await openOperation('create-key');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
  const keyring = page.getByTestId('keyring');
  await expect(keyring.getByText(/other entr/)).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset sandbox' }).click();
  await expect(keyring.getByText(/^Nothing yet/)).toBeVisible();
});

// The keyring and key pickers are empty or closed on a page as loaded: checked here filled, open and warning, in both themes.
for (const theme of COLOR_THEMES) {
  test(`the keyring with entries, open and at 375 px, and a key picker warning, have no axe-core violations in the ${theme} theme`, async ({ openOperation }) => {
    test.slow();
    let page = await openOperation('generate-data-key');
    await useColorTheme(page, theme);
    // A ciphertext ReEncrypt takes, and a signature it does not.
    for (const operation of ['generate-data-key', 'sign']) {
      page = await openOperation(operation);
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await expect(page.getByTestId('response-status')).toContainText('200');
    }
    page = await openOperation('re-encrypt');
    await expectColorTheme(page, theme);
    await page.getByTestId('keyring').getByText(/other entr/).click();
    const picker = page.getByLabel('Sandbox key for Destination Key Id');
    await picker.selectOption({ label: (await picker.locator('option', { hasText: 'RSA_2048' }).textContent()) ?? '' });
    await expect(page.getByText(/^This key will be refused/)).toBeVisible();
    expect(await axeViolations(page, '#api-tester-ReEncrypt')).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
}
