import { test, expect } from './fixtures';

const NOTICE = /Sandbox is in memory only: IndexedDB is unavailable \(.+\); it resets when you close the tab/;

async function createKeyId(page: import('@playwright/test').Page): Promise<string> {
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
  const body = await page.getByTestId('response-body').innerText();
  const keyId = /"KeyId":\s*"([0-9a-f-]{36})"/.exec(body)?.[1];
  expect(keyId, 'CreateKey returned a key id').toBeTruthy();
  return keyId ?? '';
}

test('a reload right after a request was answered loses nothing it answered: the key it created is there', async ({ openOperation }) => {
  const page = await openOperation('create-key');
  const keyId = await createKeyId(page);
  // No wait for the key list: the answer alone must mean the key is stored.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  await expect(page.getByTestId('sandbox-keys')).toContainText(keyId);
});

test('a reload the instant an answer appears keeps it in the history and its ciphertext in the keyring', async ({ openOperation }) => {
  const page = await openOperation('encrypt');
  // The page reloads itself in the same task that shows the status, before any later frame or timer can run.
  await page.evaluate(() => {
    const shown = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="response-status"]')?.textContent?.includes('200')) return;
      shown.disconnect();
      sessionStorage.setItem('answered', document.querySelector('[data-testid="response-body"]')?.textContent ?? '');
      location.reload();
    });
    shown.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.waitForEvent('load');
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  const answered = await page.evaluate(() => sessionStorage.getItem('answered') ?? '');
  const ciphertext = /"CiphertextBlob":\s*"([^"]+)"/.exec(answered)?.[1];
  expect(ciphertext, 'the answer shown before the reload').toBeTruthy();

  await expect(page.getByTestId('keyring').locator('[data-entry-kind="ciphertext"] code').first()).toHaveText(ciphertext ?? '');
  const history = page.getByTestId('request-history');
  await history.locator('summary').click();
  await expect(history.getByTestId('history-entry')).toHaveCount(1);
  await expect(history.getByTestId('history-entry').first()).toHaveAttribute('data-operation', 'Encrypt');
});

test('when IndexedDB cannot be opened, the tester says the sandbox is in memory only, and why, and keeps working', async ({ page, openOperation }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('IndexedDB is disabled by this test.', 'SecurityError');
    };
  });
  await openOperation('create-key');
  const notice = page.getByRole('status').filter({ hasText: 'Sandbox is in memory only' });
  await expect(notice).toHaveText(NOTICE);
  await expect(notice).toContainText('IndexedDB is disabled by this test.');
  const keyId = await createKeyId(page);
  await expect(page.getByTestId('sandbox-keys')).toContainText(keyId);
});

test('when IndexedDB is full, the sandbox moves to memory with a visible notice and keeps answering', async ({ page, openOperation }) => {
  await page.addInitScript(() => {
    // What a browser out of quota does: the write is refused, the transaction aborts with QuotaExceededError.
    const refuse = (): never => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = refuse;
    IDBObjectStore.prototype.add = refuse;
  });
  await openOperation('create-key');
  const keyId = await createKeyId(page);
  await expect(page.getByRole('status').filter({ hasText: 'Sandbox is in memory only' })).toHaveText(NOTICE);
  await expect(page.getByRole('status').filter({ hasText: 'Sandbox is in memory only' })).toContainText('QuotaExceededError');
  await expect(page.getByTestId('sandbox-keys')).toContainText(keyId);
  await expect(page.getByTestId('sandbox-keys')).toContainText('1234abcd-12ab-34cd-56ef-1234567890ab');
});
