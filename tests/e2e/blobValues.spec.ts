import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations } from './support/axeViolations';
import { COLOR_THEMES, useColorTheme } from './support/colorTheme';
import { pageSettled } from './support/pageSettled';

const send = (page: Page) => page.getByRole('button', { name: 'Send', exact: true }).click();
const modeButton = (page: Page, field: string, mode: string) => page.getByRole('group', { name: `${field} written as` }).getByRole('button', { name: mode, exact: true });

/** The request the wire view shows, as raw HTTP. */
async function wireText(page: Page): Promise<string> {
  const wire = page.getByTestId('wire-request');
  await wire.locator('summary').click();
  return (await wire.getByTestId('wire-request-raw').textContent()) ?? '';
}

test('text typed into Plaintext encrypts as its UTF-8 bytes and decrypts, via Use as, to the same text', async ({ openOperation }) => {
  const typed = 'Grüße from a first-time reader ✓';
  let page = await openOperation('encrypt');
  await expect(modeButton(page, 'Plaintext', 'Text')).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel('Plaintext', { exact: true }).fill(typed);
  await expect(page.getByTestId('blob-format-Plaintext')).toHaveText(`${Buffer.byteLength(typed)} bytes, sent as base64`);
  await send(page);
  await expect(page.getByTestId('response-status')).toContainText('200');
  expect(await wireText(page)).toContain(`"Plaintext":"${Buffer.from(typed).toString('base64')}"`);

  page = await openOperation('decrypt');
  await page.getByRole('button', { name: 'Use as CiphertextBlob' }).first().click();
  await send(page);
  await expect(page.getByTestId('response-status')).toContainText('200');
  await expect(page.getByRole('group', { name: 'Plaintext shown as' }).getByRole('button', { name: 'UTF-8' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('blob-value-Plaintext')).toHaveText(typed);
  await page.getByRole('group', { name: 'Plaintext shown as' }).getByRole('button', { name: 'Hex' }).click();
  await expect(page.getByTestId('blob-value-Plaintext')).toHaveText(Buffer.from(typed).toString('hex'));
});

test('hex mode sends the bytes it spells, and names the mode when the digits do not parse', async ({ openOperation }) => {
  const page = await openOperation('encrypt');
  await page.getByLabel('Plaintext', { exact: true }).fill('Hi');
  await modeButton(page, 'Plaintext', 'Hex').click();
  const plaintext = page.getByLabel('Plaintext', { exact: true });
  await expect(plaintext).toHaveValue('4869');
  await plaintext.fill('48656c6c6f0');
  await expect(page.getByTestId('blob-format-Plaintext')).toHaveText('not valid hex: odd number of digits');
  await send(page);
  await expect(page.locator('#tester-Encrypt-Plaintext-errors')).toHaveText('not valid hex: odd number of digits');
  await plaintext.fill('48 65 6c 6c 6f');
  await send(page);
  await expect(page.getByTestId('response-status')).toContainText('200');
  expect(await wireText(page)).toContain('"Plaintext":"SGVsbG8="');
});

test('a file’s bytes become the Plaintext, even bytes that are not text', async ({ openOperation }) => {
  const page = await openOperation('encrypt');
  await modeButton(page, 'Plaintext', 'File').click();
  const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80]);
  await page.getByLabel('Plaintext', { exact: true }).setInputFiles({ name: 'secret.bin', mimeType: 'application/octet-stream', buffer: bytes });
  await expect(page.getByTestId('blob-format-Plaintext')).toHaveText('5 bytes, sent as base64');
  await send(page);
  await expect(page.getByTestId('response-status')).toContainText('200');
  expect(await wireText(page)).toContain(`"Plaintext":"${bytes.toString('base64')}"`);
  // Not UTF-8: Text refuses and says why, the value stays as it was.
  await modeButton(page, 'Plaintext', 'Text').click();
  await expect(page.getByText('Still File: these 5 bytes are not UTF-8 text; Base64 or Hex shows them.')).toBeVisible();
});

test('the wire view shows the request exactly as sent, and Copy buttons put values on the clipboard', async ({ openOperation, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await openOperation('re-encrypt');
  await page.getByRole('button', { name: 'Fill example' }).click();
  await send(page);
  await expect(page.getByTestId('response-status')).toContainText('200');
  const raw = await wireText(page);
  expect(raw).toMatch(/^POST \/ HTTP\/1\.1\n/);
  expect(raw).toContain('x-amz-target: TrentService.ReEncrypt');
  expect(raw).toContain('content-type: application/x-amz-json-1.1');
  const sentBody = raw.slice(raw.indexOf('\n\n') + 2);
  expect(JSON.parse(sentBody)).toMatchObject({ DestinationKeyId: expect.any(String), CiphertextBlob: expect.any(String) });

  const readClipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await page.getByRole('button', { name: 'Copy as raw HTTP request sent' }).click();
  await expect(page.getByRole('button', { name: 'Copied request sent' })).toBeVisible();
  await expect(page.getByText('Copied to the clipboard').first()).toBeAttached();
  expect(await readClipboard()).toBe(raw.replace(/\n/g, '\r\n'));

  await page.getByRole('button', { name: 'Copy response body' }).click();
  expect(JSON.parse(await readClipboard())).toMatchObject({ KeyId: expect.stringContaining('arn:verenc:') });

  await page.getByRole('button', { name: 'Copy CiphertextBlob as Base64' }).click();
  expect(await readClipboard()).toBe(JSON.parse(await page.getByTestId('response-body').innerText()).CiphertextBlob);

  await page.getByText(/^Headers \(\d+\)$/).click();
  await page.getByRole('button', { name: 'Copy content-type header' }).click();
  expect(await readClipboard()).toBe('application/x-amz-json-1.1');
});

test('a 4096-bit RSA public key arrives collapsed with its size, and expands', async ({ openOperation }) => {
  let page = await openOperation('create-key');
  await page.getByLabel('KeySpec', { exact: true }).selectOption('RSA_4096');
  await page.getByLabel('KeyUsage', { exact: true }).selectOption('SIGN_VERIFY');
  await send(page);
  await expect(page.getByTestId('response-status')).toContainText('200', { timeout: 30_000 });

  page = await openOperation('get-public-key');
  await page.getByRole('button', { name: 'Use as KeyId' }).first().click();
  await send(page);
  await expect(page.getByTestId('response-status')).toContainText('200');
  await expect(page.getByTestId('blob-size-PublicKey')).toHaveText('550 bytes, base64 736 chars, not UTF-8 text');
  const value = page.getByTestId('blob-value-PublicKey');
  await expect(value).toBeHidden();
  const show = page.getByRole('button', { name: 'Show PublicKey' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  await expect(value).toBeVisible();
  await expect(value).toHaveText(/^MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA/);
  await page.getByRole('group', { name: 'PublicKey shown as' }).getByRole('button', { name: 'Hex' }).click();
  await expect(value).toHaveText(/^30820222300d06092a864886f70d0101010500/);
  await page.getByRole('button', { name: 'Hide PublicKey' }).click();
  await expect(value).toBeHidden();
});

// What this spec adds appears only after a Send: checked here, open, in both themes.
for (const theme of COLOR_THEMES) {
  test(`blob modes, the request sent, blob views and Copy buttons have no axe-core violations in the ${theme} theme`, async ({ page, context }) => {
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await useColorTheme(page, theme);
    await page.goto('/docs/api/decrypt');
    await pageSettled(page);
    await page.getByRole('group', { name: 'CiphertextBlob written as' }).getByRole('button', { name: 'Hex' }).click();
    await send(page);
    await expect(page.getByTestId('response-status')).toContainText('200');
    await page.getByTestId('wire-request').locator('summary').click();
    await page.getByText(/^Headers \(\d+\)$/).click();
    await page.getByRole('button', { name: 'Copy Plaintext as UTF-8' }).click();
    await modeButton(page, 'CiphertextBlob', 'File').click();
    expect(await axeViolations(page, '#api-tester-Decrypt')).toEqual([]);
  });
}
