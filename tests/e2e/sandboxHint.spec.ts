import { test, expect } from './fixtures';

const exampleKeyId = '1234abcd-12ab-34cd-56ef-1234567890ab';

test('an error response shows the sandbox’s hint under the body, with AWS’s message unchanged above it', async ({ openOperation }) => {
  const page = await openOperation('describe-key');
  const typo = `${exampleKeyId.slice(0, -1)}c`;
  await page.getByLabel('KeyId', { exact: true }).fill(typo);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-error-type')).toHaveText('NotFoundException');
  await expect(page.getByTestId('response-body')).not.toContainText('Did you mean');
  await expect(page.getByTestId('sandbox-hint')).toContainText(`Did you mean ${exampleKeyId}?`);
});
