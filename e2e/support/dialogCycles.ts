import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectFocusOn, expectTabMovesOn, takeFocusLosses, watchFocusLoss } from './focusTrail';
import { activate, expectFocusInside, tabTo } from './keyboard';

export type Way = 'save' | 'cancel' | 'escape';

export type DialogCase = {
  /** For messages: "the row dialog from Lisää rivi". */
  what: string;
  /** The control that opens the dialog (looked up afresh each round). */
  opener: () => Locator;
  dialog: Locator;
  /** Fills the form by keyboard for save number `round` (0-based). */
  fill?: (dialog: Locator, round: number) => Promise<void>;
  saveButton?: string;
  cancelButton?: string;
  /** Where focus belongs after a save when the opener is gone (a row left the list). */
  afterSave?: (round: number) => Locator;
  /** Waits for what the save changed to reach the screen before the focus checks. */
  saved?: (round: number) => Promise<void>;
  /** Opens the dialog from the focused opener; Enter unless said (a file input's chooser). */
  open?: () => Promise<void>;
  /** Saves some other way than the save button (Enter on a day of a calendar). */
  saveKey?: string;
  /** Gets back to where the opener is, after the checks (a save that opened another page). */
  afterRound?: (way: Way, round: number) => Promise<void>;
};

/**
 * Opens the dialog with Enter, closes it the given way, `rounds` times in a row, by keyboard
 * only. Each time, focus must be back on the opener (or `afterSave`) without ever having been
 * on the page body, and the next Tab must go on to the control after it.
 */
export const runDialogCycles = async (
  page: Page,
  dialogCase: DialogCase,
  ways: Way[] = ['save', 'cancel', 'escape'],
  rounds = 5,
) => {
  await watchFocusLoss(page);
  for (const way of ways) {
    for (let round = 0; round < rounds; round += 1) {
      const label = `${dialogCase.what}, ${way} ${round + 1}/${rounds}`;
      try {
        const opener = dialogCase.opener();
        await tabTo(page, opener);
        await takeFocusLosses(page);
        await (dialogCase.open ? dialogCase.open() : page.keyboard.press('Enter'));
        await expectFocusInside(dialogCase.dialog);
        if (way === 'save') {
          await dialogCase.fill?.(dialogCase.dialog, round);
          if (dialogCase.saveKey) {
            await page.keyboard.press(dialogCase.saveKey);
          } else {
            const save = dialogCase.dialog.getByRole('button', {
              name: dialogCase.saveButton ?? 'Tallenna',
              exact: true,
            });
            await activate(page, save);
          }
        } else if (way === 'cancel') {
          const cancel = dialogCase.dialog.getByRole('button', {
            name: dialogCase.cancelButton ?? 'Peruuta',
            exact: true,
          });
          await activate(page, cancel);
        } else {
          await page.keyboard.press('Escape');
        }
        await dialogCase.dialog.waitFor({ state: 'detached', timeout: 10_000 }).catch(async () => {
          // Say what the dialog says (a validation message, most likely), not just "timeout".
          const text = await dialogCase.dialog.textContent().catch(() => '');
          throw new Error(`the dialog did not close; it says: ${text}`);
        });
        if (way === 'save') await dialogCase.saved?.(round);
        const expected =
          way === 'save' && dialogCase.afterSave ? dialogCase.afterSave(round) : opener;
        await expectFocusOn(page, expected, label);
        expect({ label, focusOnBody: await takeFocusLosses(page) }).toEqual({
          label,
          focusOnBody: [],
        });
        await expectTabMovesOn(page);
        await dialogCase.afterRound?.(way, round);
      } catch (error) {
        // Which dialog, which way, which round: a timeout alone does not say.
        if (error instanceof Error) error.message = `${label}: ${error.message}`;
        throw error;
      }
    }
  }
};
