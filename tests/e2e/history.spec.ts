import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { axeViolations } from './support/axeViolations';
import { COLOR_THEMES, useColorTheme } from './support/colorTheme';

const send = async (page: import('@playwright/test').Page): Promise<void> => {
  await page.getByRole('button', { name: 'Send', exact: true }).click();
};

async function openHistory(page: import('@playwright/test').Page) {
  const history = page.getByTestId('request-history');
  await history.locator('summary').click();
  return history;
}

test('the history lists the requests sent on two pages, and replays one on its own page from another', async ({ openOperation }) => {
  let page = await openOperation('describe-key');
  await send(page);
  await expect(page.getByTestId('response-status')).toContainText('200');

  page = await openOperation('encrypt');
  await send(page);
  await expect(page.getByTestId('response-status')).toContainText('200');

  const history = await openHistory(page);
  const entries = history.getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toHaveAttribute('data-operation', 'Encrypt');
  await expect(entries.nth(0)).toContainText('Plaintext not stored');
  await expect(entries.nth(1)).toHaveAttribute('data-operation', 'DescribeKey');

  await entries.nth(1).getByRole('button', { name: /^Replay DescribeKey request/ }).click();
  await expect(page).toHaveURL(/\/docs\/api\/describe-key/);
  await expect(page.getByTestId('response-status')).toContainText('200');
  await expect(page.getByTestId('response-body')).toContainText('"KeyMetadata"');
  const afterReplay = await openHistory(page);
  await expect(afterReplay.getByTestId('history-entry')).toHaveCount(3);
});

test('a share link opens the request in a new page without its plaintext, and a broken one says so', async ({ openOperation, secondTab }) => {
  const page = await openOperation('encrypt');
  const plaintext = Buffer.from('do not share me').toString('base64');
  await page.getByLabel('Plaintext', { exact: true }).fill(plaintext);
  await page.getByLabel('KeyId', { exact: true }).fill('alias/ExampleAlias');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/\/docs\/api\/encrypt#try=[A-Za-z0-9_-]+$/);
  expect(Buffer.from(link.split('#try=')[1], 'base64url').toString()).not.toContain(plaintext);

  await secondTab.goto(link);
  await expect(secondTab.getByText(/Loaded the request from the share link\. Plaintext was not kept/)).toBeVisible();
  await expect(secondTab.getByLabel('KeyId', { exact: true })).toHaveValue('alias/ExampleAlias');
  await expect(secondTab.getByLabel('Plaintext', { exact: true })).toHaveValue('');

  // Same page, another fragment: the browser does not reload, the tester still reads the link.
  await secondTab.goto(`${link.slice(0, -12)}`);
  await expect(secondTab.getByText(/This share link cannot be opened/)).toBeVisible();
  await secondTab.goto('/docs/api/describe-key');
  await secondTab.goto(`${link.slice(0, -12)}`);
  await expect(secondTab.getByText(/This share link cannot be opened/)).toBeVisible();
  await expect(secondTab.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
});

test('a sandbox exported, reset and imported again decrypts a ciphertext of a key made before the export', async ({ openOperation }, testInfo) => {
  // Four pages and two passphrase derivations (600,000 PBKDF2 iterations each).
  test.setTimeout(180_000);
  let page = await openOperation('create-key');
  await send(page);
  await expect(page.getByTestId('response-status')).toContainText('200');
  const keyId = /"KeyId":\s*"([0-9a-f-]{36})"/.exec(await page.getByTestId('response-body').innerText())?.[1];
  expect(keyId, 'CreateKey returned a key id').toBeTruthy();

  page = await openOperation('encrypt');
  const plaintext = Buffer.from('made before the export').toString('base64');
  // JSON mode, so the page's example encryption context does not come along.
  await page.getByRole('button', { name: 'JSON', exact: true }).click();
  await page.getByLabel('Request body (JSON)').fill(JSON.stringify({ KeyId: keyId, Plaintext: plaintext }));
  await send(page);
  await expect(page.getByTestId('response-status')).toContainText('200');
  const ciphertext = /"CiphertextBlob":\s*"([^"]+)"/.exec(await page.getByTestId('response-body').innerText())?.[1];
  expect(ciphertext).toBeTruthy();

  const panel = page.getByTestId('sandbox-file');
  await panel.locator('summary').click();
  await panel.getByLabel(/Passphrase/).fill('correct horse battery staple');
  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export sandbox' }).click();
  const file = testInfo.outputPath('sandbox.json');
  await (await downloading).saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'qkms-sandbox', version: 1 });
  await expect(panel.getByTestId('sandbox-file-status')).toContainText('Exported the sandbox');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset sandbox' }).click();
  await expect(page.getByTestId('sandbox-keys')).not.toContainText(keyId!);

  page = await openOperation('decrypt');
  await page.getByRole('button', { name: 'JSON', exact: true }).click();
  await page.getByLabel('Request body (JSON)').fill(JSON.stringify({ CiphertextBlob: ciphertext }));
  await send(page);
  await expect(page.getByTestId('response-status')).toContainText('400');

  const importPanel = page.getByTestId('sandbox-file');
  await importPanel.locator('summary').click();
  await importPanel.getByLabel('Sandbox file to import').setInputFiles(file);
  await importPanel.getByLabel(/Passphrase/).fill('correct horse battery staple');
  page.once('dialog', (dialog) => void dialog.accept());
  await importPanel.getByRole('button', { name: 'Import sandbox' }).click();
  await expect(importPanel.getByTestId('sandbox-file-status')).toContainText('Imported');
  await expect(page.getByTestId('sandbox-keys')).toContainText(keyId!);

  await send(page);
  await expect(page.getByTestId('response-status')).toContainText('200');
  await expect(page.getByTestId('response-body')).toContainText(`"Plaintext": "${plaintext}"`);
});

test('an import with the wrong passphrase is refused and leaves the sandbox as it was', async ({ openOperation }, testInfo) => {
  const page = await openOperation('describe-key');
  const panel = page.getByTestId('sandbox-file');
  await panel.locator('summary').click();
  await panel.getByLabel(/Passphrase/).fill('the right passphrase');
  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export sandbox' }).click();
  const file = testInfo.outputPath('sandbox.json');
  await (await downloading).saveAs(file);

  await panel.getByLabel('Sandbox file to import').setInputFiles(file);
  await panel.getByLabel(/Passphrase/).fill('the wrong passphrase');
  page.once('dialog', (dialog) => void dialog.accept());
  await panel.getByRole('button', { name: 'Import sandbox' }).click();
  await expect(panel.getByTestId('sandbox-file-status')).toContainText('Nothing was imported: The passphrase is wrong');
  await expect(page.getByTestId('sandbox-keys')).toContainText('1234abcd-12ab-34cd-56ef-1234567890ab');
});

// The panels are closed on a page as loaded, so the sitemap's axe run does not see their content: checked open here.
for (const theme of COLOR_THEMES) {
  test(`the history, share link and sandbox file panels, open and filled, have no axe-core violations in the ${theme} theme`, async ({ page }) => {
    test.slow();
    await useColorTheme(page, theme);
    await page.goto('/docs/api/describe-key');
    await send(page);
    await expect(page.getByTestId('response-status')).toContainText('200');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.getByTestId('share-link')).toBeVisible();
    const history = await openHistory(page);
    await expect(history.getByTestId('history-entry')).toHaveCount(1);
    const file = page.getByTestId('sandbox-file');
    await file.locator('summary').click();
    await file.getByRole('button', { name: 'Export sandbox' }).click();
    await expect(file.getByTestId('sandbox-file-status')).toContainText('at least 8 characters');
    expect(await axeViolations(page, '#api-tester-DescribeKey')).toEqual([]);
  });
}

test('the open panels do not make a phone scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/docs/api/encrypt');
  await send(page);
  await expect(page.getByTestId('response-status')).toContainText('200');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await openHistory(page);
  await page.getByTestId('sandbox-file').locator('summary').click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
