import { test, expect } from './fixtures';

const destination = '0987dcba-09fe-87dc-65ba-ab0987654321';

test('validation stops Send next to the field, Send anyway sends regardless, Ctrl+Enter sends', async ({ openOperation }) => {
  const page = await openOperation('re-encrypt');
  await page.getByLabel('DestinationKeyId', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'found before sending' })).toContainText('1 problem');
  await expect(page.locator('#tester-ReEncrypt-DestinationKeyId-errors')).toHaveText('Member must not be null');
  await page.getByRole('button', { name: 'Send anyway' }).click();
  await expect(page.getByTestId('response-error-type')).toHaveText('ValidationException');

  await page.getByRole('button', { name: 'Fill example' }).click();
  await page.getByLabel('DestinationKeyId', { exact: true }).press('Control+Enter');
  await expect(page.getByTestId('response-status')).toContainText('200');
});

test('JSON mode keeps broken JSON until it is fixed, and members the form cannot show', async ({ openOperation }) => {
  const page = await openOperation('re-encrypt');
  await page.getByRole('button', { name: 'JSON', exact: true }).click();
  const json = page.getByLabel('Request body (JSON)');
  await json.fill('{"DestinationKeyId": ');
  await page.getByRole('button', { name: 'Form', exact: true }).click();
  await expect(page.locator('#tester-ReEncrypt-json-error')).toContainText('Fix it to switch back to the form.');
  await json.fill(JSON.stringify({ DestinationKeyId: destination, Mystery: 1 }));
  await page.getByRole('button', { name: 'Form', exact: true }).click();
  await expect(page.getByLabel('DestinationKeyId', { exact: true })).toHaveValue(destination);
  await expect(page.getByText('Also sent, editable in JSON mode:')).toContainText('Mystery');
});

test('the tester shows the request being edited as code, in the examples’ languages', async ({ openOperation }) => {
  const page = await openOperation('re-encrypt');
  const tester = page.locator('#api-tester-ReEncrypt');
  await tester.getByText('This request as code').click();
  await tester.getByRole('tab', { name: 'curl' }).click();
  await page.getByLabel('DestinationKeyId', { exact: true }).fill('alias/typed-just-now');
  const code = tester.locator('.theme-code-block');
  await expect(code).toContainText("-H 'X-Amz-Target: TrentService.ReEncrypt'");
  await expect(code).toContainText('"DestinationKeyId": "alias/typed-just-now"');
});

test('the fault select offers only the faults AWS KMS can answer the operation with', async ({ openOperation }) => {
  const page = await openOperation('describe-key');
  const faults = page.getByLabel('Simulate a service fault');
  await expect(faults.locator('option')).toHaveText(['None', 'DependencyTimeoutException', 'KMSInternalException']);
});

test('while a second Send is answered, the previous status is not shown as the answer', async ({ openOperation }) => {
  const page = await openOperation('describe-key');
  const send = page.getByRole('button', { name: 'Send', exact: true });
  await send.click();
  await expect(page.getByTestId('response-status')).toContainText('200');

  // Every state the response region shows while busy, as the page renders it.
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid="response"]');
    const seen: string[] = [];
    (window as unknown as { busyStates: string[] }).busyStates = seen;
    const record = () => {
      if (region?.getAttribute('aria-busy') !== 'true') return;
      const status = region.querySelector('[data-testid="response-status"]');
      seen.push(status ? `status ${status.textContent}` : (region.textContent ?? ''));
    };
    new MutationObserver(record).observe(region!, { attributes: true, childList: true, subtree: true, characterData: true });
  });
  await send.click();
  await expect(page.getByTestId('response')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('response-status')).toContainText('200');
  const busyStates = await page.evaluate(() => (window as unknown as { busyStates: string[] }).busyStates);
  expect(busyStates.length, 'the region was busy at least once').toBeGreaterThan(0);
  for (const state of busyStates) expect(state).toContain('Sending… the previous response is below.');
});
