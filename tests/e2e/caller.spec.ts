import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const keyArn = 'arn:verenc:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const partner = 'Partner role in account 444455556666 (arn:verenc:444455556666:role/Partner)';
const admin = 'Account admin (arn:verenc:111122223333:root)';
const encryptAsPartner = { KeyId: keyArn, Plaintext: 'SGVsbG8sIFFLTVMh' };

async function sendAs(page: Page, caller: string, body: object): Promise<void> {
  await page.getByLabel('Caller', { exact: true }).selectOption({ label: caller });
  await page.getByRole('button', { name: 'JSON', exact: true }).click();
  await page.getByLabel('Request body (JSON)').fill(JSON.stringify(body, null, 2));
  await page.getByRole('button', { name: 'Send', exact: true }).click();
}

test('another account is refused a key until the admin grants it, as the Grants walk-through says', async ({ openOperation }) => {
  let page = await openOperation('encrypt');
  await sendAs(page, partner, encryptAsPartner);
  await expect(page.getByTestId('response-error-type')).toHaveText('AccessDeniedException');
  await expect(page.getByTestId('response-body')).toContainText('User: arn:verenc:444455556666:role/Partner is not authorized');

  page = await openOperation('create-grant');
  await sendAs(page, admin, {
    KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
    GranteePrincipal: 'arn:verenc:444455556666:role/Partner',
    Operations: ['Encrypt', 'Decrypt'],
  });
  await expect(page.getByTestId('response-status')).toContainText('200');
  await expect(page.getByTestId('response-body')).toContainText('"GrantId"');

  page = await openOperation('encrypt');
  await sendAs(page, partner, encryptAsPartner);
  await expect(page.getByTestId('response-status')).toContainText('200');
  await expect(page.getByTestId('response-body')).toContainText(`"KeyId": "${keyArn}"`);
});
