import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** What has focus now, for messages: "BUTTON Lisää rivi". */
export const focusedDescription = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'nothing (body)';
    const name =
      element.getAttribute('aria-label') ??
      (element as HTMLInputElement).labels?.[0]?.textContent ??
      element.textContent ??
      '';
    return `${element.tagName} ${name.trim().replace(/\s+/g, ' ').slice(0, 80)}`;
  });

export const hasFocus = (target: Locator): Promise<boolean> =>
  target.evaluate((element) => element === document.activeElement, undefined, { timeout: 2_000 });

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, and fails if
 * it is not reached within `max` presses: that is a control the keyboard cannot get to.
 */
export const tabTo = async (
  page: Page,
  target: Locator,
  { backwards = false, max = 250 }: { backwards?: boolean; max?: number } = {},
) => {
  await target.waitFor();
  for (let presses = 0; presses <= max; presses += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `Tab did not reach ${String(target)} in ${max} presses; focus is on ${await focusedDescription(page)}`,
  );
};

/** Tabs to a control and presses Enter on it (links and buttons). */
export const activate = async (page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter') => {
  await tabTo(page, target);
  await page.keyboard.press(key);
};

/** Tabs to a text field and types into it. */
export const typeInto = async (page: Page, field: Locator, text: string) => {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
};

/**
 * Picks an option of a native select with the arrow keys, as a keyboard user does on Windows
 * and Linux (the list does not open; the value changes at each press).
 */
export const chooseWithArrows = async (page: Page, select: Locator, option: string | RegExp) => {
  await tabTo(page, select);
  const { current, wanted } = await select.evaluate(
    (element, { source, flags, text }) => {
      const options = [...(element as HTMLSelectElement).options];
      const matches = (label: string) =>
        source === null ? label === text : new RegExp(source, flags).test(label);
      return {
        current: (element as HTMLSelectElement).selectedIndex,
        wanted: options.findIndex((item) => matches(item.label.trim())),
      };
    },
    typeof option === 'string'
      ? { source: null, flags: '', text: option }
      : { source: option.source, flags: option.flags, text: '' },
  );
  if (wanted < 0) throw new Error(`${String(select)} has no option ${String(option)}`);
  const key = wanted > current ? 'ArrowDown' : 'ArrowUp';
  for (let step = 0; step < Math.abs(wanted - current); step += 1) await page.keyboard.press(key);
};

/**
 * Waits until a dialog that opened has taken focus: React Aria moves it in just after the
 * dialog shows, and a key pressed before that (Escape) would go to the page behind.
 */
export const expectFocusInside = async (dialog: Locator) => {
  await dialog.waitFor();
  await expect
    .poll(() => dialog.evaluate((node) => node.contains(document.activeElement)), {
      timeout: 5_000,
    })
    .toBe(true);
};
