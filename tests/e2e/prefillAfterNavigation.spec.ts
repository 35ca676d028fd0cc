import { test, expect } from './fixtures';

/** Pages reached by clicking the sidebar, and a member each page's first example fills in. */
const route = [
  { link: 'Decrypt', operation: 'Decrypt', member: 'CiphertextBlob' },
  { link: 'ReEncrypt', operation: 'ReEncrypt', member: 'DestinationKeyId' },
  { link: 'DisableKey', operation: 'DisableKey', member: 'KeyId' },
  { link: 'CreateKey', operation: 'CreateKey', member: 'Description' },
  { link: 'Encrypt', operation: 'Encrypt', member: 'KeyId' },
] as const;

test('after a client-side navigation from another API page, each tester starts with the page’s first example', async ({ openOperation }) => {
  const page = await openOperation('encrypt');
  for (const { link, operation, member } of route) {
    await page.locator('.theme-doc-sidebar-menu').getByRole('link', { name: link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/docs/api/[a-z-]+$`));
    const tester = page.locator(`#api-tester-${operation}`);
    await expect(tester.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
    await expect(tester.locator(`#tester-${operation}-${member}`), `${operation}'s ${member}`).not.toHaveValue('');
  }
});
