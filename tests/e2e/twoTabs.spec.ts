import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const EXAMPLE_KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const SENDS_PER_TAB = 60;
const ROTATION_LIMIT = 25;

async function openTester(page: Page, slug: string): Promise<void> {
  await page.goto(`/docs/api/${slug}`);
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
}

/**
 * Presses the tester's Send button `times` times, each time as soon as the previous answer is on
 * screen, and returns the statuses shown. The loop runs inside the page because a round trip to
 * Playwright per press takes longer than a request, and the two tabs would then rarely overlap.
 */
function pressSendRepeatedly(page: Page, times: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const send = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Send');
    if (send === undefined) throw new Error('no Send button on the page');
    // Each answer carries a new request id in its headers, which is how a new answer is told from the last.
    const requestId = () =>
      [...document.querySelectorAll('dt')].find((term) => term.textContent === 'x-amzn-requestid')?.nextElementSibling?.textContent ??
      undefined;
    const answered = (previous: string | undefined) =>
      new Promise<void>((resolve) => {
        const check = () => {
          const id = requestId();
          if (id !== undefined && id !== previous && !send.disabled) resolve();
          else setTimeout(check, 1);
        };
        check();
      });
    const statuses: number[] = [];
    for (let press = 0; press < count; press += 1) {
      const previous = requestId();
      send.click();
      await answered(previous);
      statuses.push(Number.parseInt(document.querySelector('[data-testid="response-status"]')?.textContent ?? '', 10));
    }
    return statuses;
  }, times);
}

async function listedRotations(page: Page, keyId: string): Promise<number> {
  await openTester(page, 'list-key-rotations');
  await page.getByRole('button', { name: 'JSON', exact: true }).click();
  await page.getByLabel('Request body (JSON)').fill(JSON.stringify({ KeyId: keyId, Limit: 1000 }));
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
  const body = JSON.parse(await page.getByTestId('response-body').innerText()) as { Rotations: unknown[]; Truncated: boolean };
  expect(body.Truncated).toBe(false);
  return body.Rotations.length;
}

test('two tabs rotating the same key at once keep every rotation either of them was told succeeded', async ({ page, secondTab }) => {
  await openTester(page, 'rotate-key-on-demand');
  await openTester(secondTab, 'rotate-key-on-demand');
  await expect(page.getByLabel('KeyId')).toHaveValue(EXAMPLE_KEY);
  await expect(secondTab.getByLabel('KeyId')).toHaveValue(EXAMPLE_KEY);

  const [first, second] = await Promise.all([pressSendRepeatedly(page, SENDS_PER_TAB), pressSendRepeatedly(secondTab, SENDS_PER_TAB)]);
  const statuses = [...first, ...second];
  const acknowledged = statuses.filter((status) => status === 200).length;
  // A key takes 25 on-demand rotations (AWS's limit); the rest are LimitExceededException (400). A lost
  // write would let more than 25 be acknowledged, or list fewer rotations than were acknowledged.
  expect(acknowledged).toBe(ROTATION_LIMIT);
  expect(statuses.filter((status) => status !== 200).every((status) => status === 400)).toBe(true);

  // Each test has its own browser context, so the example key had no rotations before this one.
  expect(await listedRotations(secondTab, EXAMPLE_KEY)).toBe(acknowledged);
});

test('a ciphertext made in one tab decrypts in a new tab in one click, from the keyring both tabs share', async ({ page, secondTab }) => {
  await openTester(page, 'encrypt');
  // Plaintext starts in Text mode: typed text goes out as its UTF-8 bytes, and Decrypt answers them in base64.
  await page.getByLabel('Plaintext', { exact: true }).fill('made in the first tab');
  const plaintext = Buffer.from('made in the first tab').toString('base64');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');

  await openTester(secondTab, 'decrypt');
  await secondTab.getByTestId('keyring').getByRole('button', { name: /^Use as CiphertextBlob/ }).first().click();
  await secondTab.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(secondTab.getByTestId('response-status')).toContainText('200');
  await expect(secondTab.getByTestId('response-body')).toContainText(`"Plaintext": "${plaintext}"`);

  // A later ciphertext of the first tab reaches the open second tab without a reload, newest first.
  await page.getByLabel('Plaintext', { exact: true }).fill('sent while both tabs were open');
  const later = Buffer.from('sent while both tabs were open').toString('base64');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
  const laterCiphertext = (JSON.parse(await page.getByTestId('response-body').innerText()) as { CiphertextBlob: string }).CiphertextBlob;
  await expect(secondTab.getByTestId('keyring').locator('[data-entry-kind="ciphertext"] code').first()).toHaveText(laterCiphertext);
  await secondTab.getByTestId('keyring').getByRole('button', { name: /^Use as CiphertextBlob/ }).first().click();
  await secondTab.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(secondTab.getByTestId('response-body')).toContainText(`"Plaintext": "${later}"`);

  // The second tab's decrypted plaintext stays in that tab.
  await expect(secondTab.getByTestId('keyring').getByText('plaintext: this tab only')).not.toHaveCount(0);
  await expect(page.getByTestId('keyring').getByText('plaintext: this tab only')).toHaveCount(0);
});
