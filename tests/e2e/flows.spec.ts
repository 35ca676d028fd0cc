import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './support/axeViolations';
import { pageSettled } from './support/pageSettled';
import { test, expect } from './fixtures';

interface ExpectedStep {
  readonly id: string;
  readonly status: RegExp;
}

interface FlowPage {
  readonly path: string;
  readonly steps: readonly ExpectedStep[];
}

const ok = /^200\b/;
const flows: readonly FlowPage[] = [
  {
    path: '/docs/concepts/flows/encrypt-re-encrypt-decrypt',
    steps: [
      { id: 'source', status: ok },
      { id: 'encrypt', status: ok },
      { id: 'destination', status: ok },
      { id: 'reencrypt', status: ok },
      { id: 'decrypt', status: ok },
    ],
  },
  {
    path: '/docs/concepts/flows/envelope-encryption',
    steps: [
      { id: 'create', status: ok },
      { id: 'datakey', status: ok },
      { id: 'decrypt', status: ok },
    ],
  },
  {
    path: '/docs/concepts/flows/sign-and-verify',
    steps: [
      { id: 'create', status: ok },
      { id: 'sign', status: ok },
      { id: 'verify', status: ok },
      { id: 'publickey', status: ok },
    ],
  },
  {
    path: '/docs/concepts/flows/grant-for-another-account',
    steps: [
      { id: 'create', status: ok },
      { id: 'grant', status: ok },
      { id: 'encrypt', status: ok },
      { id: 'list', status: ok },
      { id: 'revoke', status: ok },
      { id: 'denied', status: /^400\b/ },
    ],
  },
];

const stepOf = (page: Page, id: string): Locator => page.locator(`section[data-step="${id}"]`);

async function openFlow(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await pageSettled(page);
}

for (const flow of flows) {
  test(`${flow.path} completes by clicking Send on each step in turn, without typing an id or a ciphertext`, async ({ page }) => {
    test.slow();
    await openFlow(page, flow.path);
    const [first, second] = flow.steps;
    if (first && second) await expect(stepOf(page, second.id).getByTestId('flow-step-state')).toContainText('Waiting for step 1');
    for (const [index, expected] of flow.steps.entries()) {
      const step = stepOf(page, expected.id);
      await expect(step, `step ${index + 1} is ready before its Send`).toHaveAttribute('data-step-state', 'ready');
      await step.getByRole('button', { name: 'Send', exact: true }).click();
      await expect(step.getByTestId('response-status')).toHaveText(expected.status);
      await expect(step, `step ${index + 1} (${expected.id}) is done`).toHaveAttribute('data-step-state', 'done');
    }
  });
}

test('the round trip says what each step takes from the earlier ones, and its last step shows the original plaintext came back', async ({ page }) => {
  test.slow();
  await openFlow(page, flows[0]?.path ?? '');
  await expect(stepOf(page, 'reencrypt').getByTestId('flow-step-takes')).toHaveText(
    "From earlier steps: CiphertextBlob ← step 2's CiphertextBlob, with its encryption context; DestinationKeyId ← step 3's KeyId.",
  );
  await page.getByRole('button', { name: 'Run all steps' }).click();
  await expect(page.getByTestId('flow-run-status')).toHaveText('All 5 steps done.');
  const decrypt = stepOf(page, 'decrypt');
  await expect(decrypt.getByRole('listitem')).toHaveText(["✓ Plaintext is the same as step 2's request Plaintext", "✓ KeyId is the same as step 3's Arn"]);
});

test('Run all steps runs the grant flow to the refused Encrypt, sending steps 3 and 6 as the Partner', async ({ page }) => {
  test.slow();
  await openFlow(page, flows[3]?.path ?? '');
  await expect(stepOf(page, 'encrypt').getByLabel('Caller')).toHaveValue('partner');
  await page.getByRole('button', { name: 'Run all steps' }).click();
  await expect(page.getByTestId('flow-run-status')).toHaveText('All 6 steps done.');
  await expect(stepOf(page, 'denied').getByTestId('response-error-type')).toHaveText('AccessDeniedException');
  await expect(stepOf(page, 'denied').getByTestId('flow-step-state')).toHaveText('✓ Done: AccessDeniedException, as this step expects.');
});

test('a completed flow has no axe-core violations, its responses and step states included', async ({ page }) => {
  test.slow();
  await openFlow(page, flows[2]?.path ?? '');
  await page.getByRole('button', { name: 'Run all steps' }).click();
  await expect(page.getByTestId('flow-run-status')).toHaveText('All 4 steps done.');
  expect(await axeViolations(page, 'section[data-flow]')).toEqual([]);
});

test('a step sent again refills the steps after it with its new answer', async ({ page }) => {
  test.slow();
  await openFlow(page, flows[1]?.path ?? '');
  const create = stepOf(page, 'create');
  const datakey = stepOf(page, 'datakey');
  await create.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(datakey).toHaveAttribute('data-step-state', 'ready');
  const keyId = datakey.getByLabel('KeyId', { exact: true });
  const firstKey = await keyId.inputValue();
  expect(firstKey).toMatch(/^[0-9a-f-]{36}$/);
  await create.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(keyId).not.toHaveValue(firstKey);
});

test('the envelope flow encrypts the reader’s data in the browser with the data key, and decrypts it with the key Decrypt gave back', async ({ page }) => {
  test.slow();
  await openFlow(page, flows[1]?.path ?? '');
  const encryptLocally = page.getByRole('button', { name: /^Encrypt with the data key/ });
  await expect(encryptLocally).toBeDisabled();
  await page.getByRole('button', { name: 'Run all steps' }).click();
  await expect(page.getByTestId('flow-run-status')).toHaveText('All 3 steps done.');
  await encryptLocally.click();
  await expect(page.getByTestId('local-ciphertext')).toContainText('Encrypted data and tag (48 bytes)');
  await page.getByRole('button', { name: /^Decrypt with the recovered data key/ }).click();
  await expect(page.getByTestId('local-plaintext')).toHaveText('Decrypted in your browser: “Quarterly report: revenue up 12%” — the data you encrypted.');
});
