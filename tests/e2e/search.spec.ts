import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The search index is one 3.3 MB file, fetched and loaded on the search page and at the navbar box's first use: about
 * 4 s with the machine to itself, and past the 15 s default when the other test worker loads pages at the same time.
 */
const INDEX_LOADED = { timeout: 45_000 };

/** Docusaurus enables its colour-mode button once React has hydrated the page; keys typed before may be lost to hydration. */
const hydrated = (page: Page) => expect(page.getByRole('button', { name: /^Switch between dark and light mode/ })).toBeEnabled();

test('searching a member name lands on its row of the reference table, and no hit carries anchor-link text', async ({ page }) => {
  await page.goto('/search?q=EncryptionContext');
  await expect(page.locator('main article').first()).toBeVisible(INDEX_LOADED);
  await expect(page.locator('main')).not.toContainText('Direct link');
  const rowHit = page.locator('main a[href*="#request-EncryptionContext"]').first();
  await expect(rowHit).toContainText('EncryptionContext');
  await rowHit.click();
  await expect(page).toHaveURL(/#request-EncryptionContext$/);
  await expect(page.locator('#request-EncryptionContext')).toBeInViewport();
});

test('the navbar search titles a member’s hit with its name and page, and opens the page at its row', async ({ page }) => {
  await page.goto('/docs/api/describe-key');
  await hydrated(page);
  const searchBox = page.locator('input.navbar__search-input');
  await searchBox.pressSequentially('EncryptionContext', { delay: 20 });
  await expect(searchBox).toHaveValue('EncryptionContext');
  const listbox = page.getByRole('listbox');
  const encryptHit = listbox.getByRole('option').filter({ hasText: /^EncryptionContextEncrypt$/ });
  await expect(encryptHit).toBeVisible(INDEX_LOADED);
  await expect(listbox).not.toContainText('Direct link');
  await encryptHit.click();
  await expect(page).toHaveURL(/\/docs\/api\/encrypt\b.*#request-EncryptionContext$/);
  await expect(page.locator('#request-EncryptionContext')).toBeInViewport();
});

test('a hit’s terms are highlighted on the page it opens, and the next hit’s terms replace them', async ({ page }) => {
  await page.goto('/docs/api/create-key?_highlight=Origin');
  await hydrated(page);
  const marks = page.locator('article mark[data-markjs]');
  await expect(marks.first()).toBeVisible();
  expect(new Set((await marks.allTextContents()).map((text) => text.toLowerCase()))).toEqual(new Set(['origin']));

  const searchBox = page.locator('input.navbar__search-input');
  await searchBox.fill('');
  await searchBox.pressSequentially('KeySpec', { delay: 20 });
  const hit = page.getByRole('listbox').getByRole('option').filter({ hasText: /^KeySpecCreateKey$/ });
  await hit.click(INDEX_LOADED);
  await expect(page).toHaveURL(/\/docs\/api\/create-key\?_highlight=keyspec#request-KeySpec$/i);
  await expect.poll(async () => new Set((await marks.allTextContents()).map((text) => text.toLowerCase()))).toEqual(new Set(['keyspec']));
});
