import { test, expect } from './fixtures';

const DAY = 24 * 60 * 60 * 1000;

/** The sandbox date the panel shows, as epoch milliseconds. */
async function sandboxDate(page: import('@playwright/test').Page): Promise<number> {
  const time = page.getByTestId('sandbox-date').first();
  await expect(time).toHaveAttribute('datetime', /^\d{4}-/);
  return Date.parse((await time.getAttribute('datetime')) ?? '');
}

test('advancing the sandbox clock in the panel rotates a key whose rotation falls due, and the next page shows the same sandbox date', async ({
  openOperation,
}) => {
  const page = await openOperation('enable-key-rotation');
  await page.getByLabel('KeyId', { exact: true }).fill('0987dcba-09fe-87dc-65ba-ab0987654321');
  await page.getByLabel('RotationPeriodInDays', { exact: true }).fill('90');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');

  const before = await sandboxDate(page);
  await page.getByRole('button', { name: '+30 days' }).first().click();
  await expect.poll(() => sandboxDate(page)).toBeGreaterThanOrEqual(before + 30 * DAY);
  await page.getByRole('button', { name: '+1 year' }).first().click();
  await expect.poll(() => sandboxDate(page)).toBeGreaterThanOrEqual(before + 395 * DAY);
  await expect(page.getByTestId('sandbox-clock').first()).toContainText('days ahead of real time');

  const rotations = await openOperation('list-key-rotations');
  await rotations.getByLabel('KeyId', { exact: true }).fill('0987dcba-09fe-87dc-65ba-ab0987654321');
  await rotations.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(rotations.getByTestId('response-status')).toContainText('200');
  // 395 days after enabling with a 90-day period: rotations at days 90, 180, 270 and 360.
  await expect.poll(async () => ((await rotations.getByTestId('response-body').innerText()).match(/"AUTOMATIC"/g) ?? []).length).toBe(4);
  expect(await sandboxDate(rotations)).toBeGreaterThanOrEqual(before + 395 * DAY);
});
