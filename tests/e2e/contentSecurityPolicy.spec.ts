import { sitemapPaths } from './support/sitemapPaths';
import { test, expect } from './fixtures';

/* The fixture already fails any test on a CSP violation and on a request off the site's origin. */

test('every page of the build carries the one Content-Security-Policy, which allows no inline script it does not hash', async ({ request }) => {
  const policies = new Set<string>();
  for (const pagePath of sitemapPaths()) {
    const html = await (await request.get(pagePath)).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(policy, `${pagePath} has a CSP <meta>`).toBeTruthy();
    expect(html.indexOf('Content-Security-Policy'), `${pagePath}: the policy precedes every script`).toBeLessThan(html.indexOf('<script'));
    policies.add(policy ?? '');
  }
  expect(policies.size).toBe(1);
  const [policy] = policies;
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("connect-src 'self'");
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
});

test('the ReEncrypt page runs its tester, lazy chunks and search under the policy without a violation', async ({ openOperation }) => {
  const page = await openOperation('re-encrypt');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByTestId('response-status')).toContainText('200');
  const search = page.getByRole('searchbox').or(page.getByPlaceholder(/search/i)).first();
  await search.fill('ReEncrypt');
  await expect(page.locator('a[href*="/docs/api/re-encrypt"]').first()).toBeVisible();
});
