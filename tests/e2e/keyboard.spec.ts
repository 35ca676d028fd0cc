import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const destinationArn = 'arn:verenc:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321';
const unknownKey = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

interface FocusedElement {
  readonly name: string;
  readonly insideTester: boolean;
  readonly focusVisible: boolean;
}

/** What has focus: its accessible-ish name, whether it is in the ReEncrypt tester, and whether a focus indicator is drawn. */
async function focused(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return { name: '', insideTester: false, focusVisible: false };
    const labelledBy = element.getAttribute('aria-labelledby');
    const name =
      element.getAttribute('aria-label') ??
      (labelledBy ? document.getElementById(labelledBy)?.textContent : undefined) ??
      (element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement
        ? element.labels?.[0]?.textContent
        : undefined) ??
      element.textContent ??
      '';
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1;
    return {
      name: name.trim(),
      insideTester: element.closest('#api-tester-ReEncrypt') !== null,
      focusVisible: element.matches(':focus-visible') && (outline || style.boxShadow !== 'none'),
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name is `name`, checking each stop shows its focus. */
async function tabTo(page: Page, name: string, visited: FocusedElement[], key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press(key);
    const current = await focused(page);
    visited.push(current);
    expect(current.focusVisible, `focus is visible on "${current.name}"`).toBe(true);
    if (current.name === name) return;
  }
  throw new Error(`${name} was not reached with ${key}; visited: ${visited.map((stop) => stop.name).join(' | ')}`);
}

async function expectResponseFocusedAndAnnounced(page: Page, status: RegExp): Promise<void> {
  const announcement = page.getByTestId('response-announcement');
  await expect(announcement).toHaveAttribute('role', 'status');
  await expect(announcement).toHaveText(status);
  const response = page.getByTestId('response');
  await expect(response).toBeFocused();
  const focus = await focused(page);
  expect(focus.focusVisible, 'the focused response shows its focus').toBe(true);
  await expect(response).toBeInViewport();
}

test('the ReEncrypt tester works from the keyboard alone, with visible focus, and answers into a focused, announced response', async ({ openOperation }) => {
  const page = await openOperation('re-encrypt');

  // "Try it" from the keyboard loads the example and takes focus to the tester.
  await page.getByRole('button', { name: 'Try it' }).nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#api-tester-ReEncrypt')).toBeFocused();

  const visited: FocusedElement[] = [];
  await tabTo(page, 'DestinationKeyId', visited);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(unknownKey);
  await tabTo(page, 'Send', visited);
  const names = visited.map((stop) => stop.name);
  for (const control of ['Form', 'JSON', 'Fill example', 'CiphertextBlob', 'SourceKeyId', 'DestinationKeyId', 'Simulate a service fault', 'Send']) {
    expect(names, `Tab reaches ${control}`).toContain(control);
  }
  expect(visited.every((stop) => stop.insideTester), 'Tab stayed in the tester on its way to Send').toBe(true);

  await page.keyboard.press('Enter');
  await expectResponseFocusedAndAnnounced(page, /400 Bad Request.*NotFoundException/);

  // Back to the field, fix it, and send with the shortcut from where focus is.
  await tabTo(page, 'DestinationKeyId', [], 'Shift+Tab');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(destinationArn);
  await page.keyboard.press('Control+Enter');
  await expectResponseFocusedAndAnnounced(page, /200 OK/);
  await expect(page.getByTestId('response-body')).toContainText(`"KeyId": "${destinationArn}"`);
});
