import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const keyArn = 'arn:verenc:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** Clicks the nth Try it of the key policies page, which opens the operation's page with the example loaded. */
async function tryWalkThroughStep(page: Page, index: number, slug: string): Promise<void> {
  await page.goto('/docs/concepts/key-policies');
  await page.getByRole('button', { name: 'Try it' }).nth(index).click();
  await expect(page).toHaveURL(new RegExp(`/docs/api/${slug}`));
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
}

test('the key policies walk-through: the admin puts an IT-only policy, the Partner encrypts for IT and is refused for HR', async ({ page }) => {
  // Three page loads, each mounting a tester and opening the sandbox.
  test.slow();
  await tryWalkThroughStep(page, 3, 'put-key-policy');
  await expect(page.getByLabel('Caller', { exact: true })).toHaveValue('admin');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');

  await tryWalkThroughStep(page, 4, 'encrypt');
  await expect(page.getByLabel('Caller', { exact: true })).toHaveValue('partner');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
  await expect(page.getByTestId('response-body')).toContainText(`"KeyId": "${keyArn}"`);

  await tryWalkThroughStep(page, 5, 'encrypt');
  await expect(page.getByLabel('Caller', { exact: true })).toHaveValue('partner');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-error-type')).toHaveText('AccessDeniedException');
  await expect(page.getByTestId('response-body')).toContainText(`kms:Encrypt on resource: ${keyArn}`);
});

test('an example sent as another principal says so next to its request', async ({ page }) => {
  await page.goto('/docs/concepts/key-policies');
  await expect(page.getByText('as arn:verenc:444455556666:role/Partner (X-Qkms-Caller)').first()).toBeVisible();
});
