import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from '../support/browser';
import { runDialogCycles } from '../support/dialogCycles';
import { tabTo } from '../support/keyboard';
import { ValvoApp } from './pages/ValvoApp';
import { issueExamplePackage, openPackageAsManager } from './pages/packageExchange';

const UNIT = 'Viestintä ja markkinointi';
const MANAGER = 'Ville Viestijä';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name, exact: true });

/**
 * Space on a file input opens the browser's chooser, which gets `path`. The handler stays for
 * the whole page: Playwright stops intercepting choosers while no handler is listening, and a
 * chooser opened in that moment would not be caught.
 */
const answerFileChoosersWith = (page: Page, path: string) => {
  page.on('filechooser', (chooser) => void chooser.setFiles(path));
  return () => page.keyboard.press('Space');
};

/**
 * Issue 14, section 2: the dialogs that confirm a file (restore, import, a package replacing the
 * open one) and the date picker's popover inside the row dialog give focus back to what opened
 * them, five times each by save, cancel and Escape, by keyboard, never through the page body.
 */
describe('focus after the file dialogs and the date picker', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('restore and import from a backup file', async () => {
    const { page, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await nav(page, 'Asetukset').click();
    const section = page.getByRole('region', { name: 'Varmuuskopiot' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Lataa varmuuskopio' }).click(),
    ]);
    const backup = await download.path();
    const open = answerFileChoosersWith(page, backup);
    const fileCase = (label: string, title: string, saveButton: string) => ({
      what: label,
      opener: (): Locator => section.getByLabel(label),
      open,
      dialog: app.dialog(title),
      saveButton,
    });
    await runDialogCycles(
      page,
      fileCase('Palauta tiedostosta', 'Palautetaanko varmuuskopio?', 'Palauta'),
    );
    await runDialogCycles(page, fileCase('Tuo tiedostosta', 'Tuodaanko tiedoston tiedot?', 'Tuo'));
    expect(errors).toEqual([]);
  });

  it('a package that would replace the open one', async () => {
    const { controller, packagePath } = await issueExamplePackage(browser, {
      area: UNIT,
      issuedTo: MANAGER,
    });
    const { page, errors } = await openPackageAsManager(browser, {
      packagePath,
      name: MANAGER,
      unit: UNIT,
    });
    const toSettings = async () => {
      await nav(page, 'Asetukset').click();
      await page.getByRole('heading', { level: 2, name: 'Avaa yksikköpaketti' }).waitFor();
    };
    await toSettings();
    await runDialogCycles(page, {
      what: 'replace package',
      opener: () => page.getByLabel('Yksikköpaketin tiedosto'),
      open: answerFileChoosersWith(page, packagePath),
      dialog: page.getByRole('dialog', { name: 'Korvataanko avoinna oleva paketti?' }),
      saveButton: 'Avaa paketti',
      saved: () => page.getByText(`Yksikköpaketti avattu: ${UNIT}, 2026.`).waitFor(),
    });
    expect(errors).toEqual([]);
    await controller.context.close();
  });

  it('the date picker in the row dialog', async () => {
    const { page, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit(UNIT);
    await page.getByRole('button', { name: 'Lisää rivi' }).click();
    const rowDialog = app.dialog('Uusi rivi');
    await rowDialog.waitFor();
    const deadline = rowDialog.getByLabel('Määräaika', { exact: true });
    await runDialogCycles(
      page,
      {
        what: 'date picker',
        opener: () => rowDialog.getByRole('button', { name: 'Valitse päivä kalenterista' }),
        dialog: page.getByRole('dialog', { name: 'Määräaika' }),
        // The calendar opens on the field's date (first today, 15.6.2026): the next day,
        // chosen with Enter.
        fill: async (dialog) => {
          await tabTo(page, dialog.getByRole('gridcell').locator('[tabindex="0"]'));
          await page.keyboard.press('ArrowRight');
        },
        saveKey: 'Enter',
        saved: async (round) => {
          await expect.poll(() => deadline.inputValue()).toBe(`${16 + round}.6.2026`);
        },
      },
      ['save', 'escape'],
    );
    expect(errors).toEqual([]);
  });
});
