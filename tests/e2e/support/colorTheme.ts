import { expect, type Page } from '@playwright/test';

export const COLOR_THEMES = ['light', 'dark'] as const;
export type ColorTheme = (typeof COLOR_THEMES)[number];

/** Makes the page use the theme, as a reader's system setting would (the site respects prefers-color-scheme). */
export async function useColorTheme(page: Page, theme: ColorTheme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
}

/** Waits until the page shows the theme. */
export async function expectColorTheme(page: Page, theme: ColorTheme): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}
