import { test, expect } from './fixtures';

/** Pages reached by clicking the sidebar, and a member each page's first example fills in. */
const route = [
  { group: 'Cryptography', link: 'Decrypt', operation: 'Decrypt', member: 'CiphertextBlob' },
  { group: 'Cryptography', link: 'ReEncrypt', operation: 'ReEncrypt', member: 'DestinationKeyId' },
  { group: 'Keys and lifecycle', link: 'DisableKey', operation: 'DisableKey', member: 'KeyId' },
  { group: 'Keys and lifecycle', link: 'CreateKey', operation: 'CreateKey', member: 'Description' },
  { group: 'Cryptography', link: 'Encrypt', operation: 'Encrypt', member: 'KeyId' },
] as const;

test('after a client-side navigation from another API page, each tester starts with the page’s first example', async ({ openOperation }) => {
  const page = await openOperation('encrypt');
  const sidebar = page.locator('.theme-doc-sidebar-menu');
  for (const { group, link, operation, member } of route) {
    // API groups start collapsed but the current page's: open the group first, as a reader would.
    const groupButton = sidebar.getByRole('button', { name: group, exact: true });
    if ((await groupButton.getAttribute('aria-expanded')) === 'false') await groupButton.click();
    await sidebar.getByRole('link', { name: link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/docs/api/[a-z-]+$`));
    const tester = page.locator(`#api-tester-${operation}`);
    await expect(tester.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
    await expect(tester.locator(`#tester-${operation}-${member}`), `${operation}'s ${member}`).not.toHaveValue('');
  }
});
