import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { focusedDescription, hasFocus } from './keyboard';

type Trail = { losses: string[] };
declare global {
  // A property on window for the page's own recorder.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    __focusTrail?: Trail;
  }
}

/**
 * Starts noting every moment the page body has focus: after each change to the page (before the
 * browser paints or takes the next key; this observer runs after the app's own, which was
 * created first), at each frame, and at each key press. A keyboard user
 * whose focus passes through the body starts again at the skip link, and a screen reader
 * announces the whole page: it must never happen, even for a moment.
 */
export const watchFocusLoss = (page: Page) =>
  page.evaluate(() => {
    if (window.__focusTrail) return;
    const trail: Trail = { losses: [] };
    window.__focusTrail = trail;
    // What had focus before, for the message: "at a frame, after Tallennetaan… (dialog open)".
    let left = '';
    document.addEventListener(
      'focusout',
      (event) => {
        const target = event.target as Element;
        left = `${target.tagName} ${target.textContent?.trim().slice(0, 40) ?? ''}`;
      },
      true,
    );
    const note = (when: string) => {
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) {
        const dialog = document.querySelector('[role="dialog"], [role="alertdialog"]');
        trail.losses.push(`${when}, after ${left}${dialog ? ' (dialog open)' : ''}`);
      }
    };
    new MutationObserver(() => note('after a change')).observe(document.body, {
      childList: true,
      subtree: true,
    });
    const frame = () => {
      note('at a frame');
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    document.addEventListener('keydown', (event) => note(`at ${event.key}`), true);
  });

/** The moments focus was on the body since the last call, and starts afresh. */
export const takeFocusLosses = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const trail = window.__focusTrail;
    if (!trail) throw new Error('watchFocusLoss was not called on this page');
    const losses = [...new Set(trail.losses)];
    trail.losses = [];
    return losses;
  });

/** Focus is on `target` (once the dialog's close and the live query have settled). */
export const expectFocusOn = async (page: Page, target: Locator, what: string) => {
  await expect
    .poll(async () => ((await hasFocus(target)) ? what : await focusedDescription(page)), {
      timeout: 5_000,
    })
    .toBe(what);
};

/**
 * Presses Tab once and checks that focus went to the control that follows the focused one in
 * the page's order (not back to the skip link), then Shift+Tab to come back to it.
 */
export const expectTabMovesOn = async (page: Page) => {
  const next = await page.evaluateHandle(() => {
    const from = document.activeElement;
    if (!from || from === document.body) return null;
    const isStop = (element: Element) =>
      element instanceof HTMLElement &&
      element.tabIndex >= 0 &&
      !element.matches(':disabled') &&
      !element.closest('[inert]') &&
      element.checkVisibility({ visibilityProperty: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = from;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element && !from.contains(node) && isStop(node)) return node;
    }
    return null;
  });
  const before = await focusedDescription(page);
  const isTabStop = await page.evaluate(
    () => document.activeElement instanceof HTMLElement && document.activeElement.tabIndex >= 0,
  );
  const expected = await page.evaluate(
    (element) => (element ? `${element.tagName} ${element.textContent?.trim().slice(0, 60)}` : ''),
    next,
  );
  await page.keyboard.press('Tab');
  const arrived = await page.evaluate((element) => element === document.activeElement, next);
  expect({ from: before, tabbedTo: arrived ? expected : await focusedDescription(page) }).toEqual({
    from: before,
    tabbedTo: expected,
  });
  await page.keyboard.press('Shift+Tab');
  // A heading that took focus is no Tab stop: Shift+Tab goes to the control before it.
  if (isTabStop) expect(await focusedDescription(page)).toBe(before);
};
