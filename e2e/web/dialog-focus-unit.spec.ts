import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from '../support/browser';
import { runDialogCycles } from '../support/dialogCycles';
import { chooseWithArrows, typeInto } from '../support/keyboard';
import { ValvoApp } from './pages/ValvoApp';

const UNIT = 'Viestintä ja markkinointi';
const ROW = 'Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan.';
const RISK = 'Väärinymmärrykset, epäselvä viestintä ja ylikuormitus';

/**
 * Issue 14, section 2: every dialog of a unit's page gives focus back to what opened it after
 * save, cancel and Escape, five times each, by keyboard only, without focus ever passing
 * through the page body (the save button used to be disabled while saving, which dropped
 * focus on the body until the dialog had closed), and the next Tab goes on from there.
 */
describe('focus after the dialogs of a unit page', () => {
  let browser: Browser;
  let page: Page;
  let app: ValvoApp;
  let errors: string[];
  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, errors } = await openApp(browser));
    app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit(UNIT);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const rowButton = (objective: string, name: string) =>
    app.row(objective).getByRole('button', { name, exact: true });
  const riskRow = () =>
    page.getByRole('row').filter({ has: page.getByRole('link', { name: RISK, exact: true }) });

  it('the row dialog, from Lisää rivi and from a row’s Muokkaa', async () => {
    await runDialogCycles(page, {
      what: 'new row',
      opener: () => page.getByRole('button', { name: 'Lisää rivi' }),
      dialog: app.dialog('Uusi rivi'),
      fill: (dialog, round) =>
        typeInto(page, dialog.getByLabel('Sisäinen valvonta ja riskienhallinta'), `Rivi ${round}`),
      saved: (round) => app.row(`Rivi ${round}`).waitFor(),
    });
    await runDialogCycles(page, {
      what: 'edit row',
      opener: () => rowButton(ROW, 'Muokkaa'),
      dialog: app.dialog('Muokkaa riviä'),
      fill: (dialog, round) =>
        typeInto(page, dialog.getByLabel('Vastuuhenkilö'), `Omistaja ${round}`),
      saved: async (round) => {
        await expect.poll(() => app.row(ROW).textContent()).toContain(`Omistaja ${round}`);
      },
    });
    expect(errors).toEqual([]);
  });

  it('the status dialog and the record history of a row', async () => {
    await runDialogCycles(page, {
      what: 'row status',
      opener: () => rowButton(ROW, 'Päivitä tila'),
      dialog: app.dialog(/^Päivitä tila:/),
      fill: async (dialog, round) => {
        await chooseWithArrows(
          page,
          dialog.getByLabel('Tila'),
          round % 2 ? 'Käynnissä' : 'Ei aloitettu',
        );
        await typeInto(page, dialog.getByLabel('Edistymismerkintä'), `Merkintä ${round}`);
      },
    });
    await runDialogCycles(
      page,
      {
        what: 'row history',
        opener: () => rowButton(ROW, 'Historia'),
        dialog: app.dialog(/^Muutoshistoria:/),
        cancelButton: 'Sulje',
      },
      ['cancel', 'escape'],
    );
    expect(errors).toEqual([]);
  });

  it('the risk dialog and the assessment dialog', async () => {
    await runDialogCycles(page, {
      what: 'new risk',
      opener: () => page.getByRole('button', { name: 'Lisää riski' }),
      dialog: app.dialog('Uusi riski'),
      fill: (dialog, round) =>
        typeInto(page, dialog.getByLabel('Riski (pakollinen)'), `Riski ${round}`),
      saved: (round) => page.getByRole('link', { name: `Riski ${round}`, exact: true }).waitFor(),
    });
    await runDialogCycles(page, {
      what: 'edit risk',
      opener: () => riskRow().getByRole('button', { name: 'Muokkaa', exact: true }),
      dialog: app.dialog('Muokkaa riskiä'),
      fill: (dialog, round) =>
        typeInto(page, dialog.getByLabel('Vastuuhenkilö'), `Omistaja ${round}`),
    });
    await runDialogCycles(page, {
      what: 'assess risk',
      opener: () => riskRow().getByRole('button', { name: 'Arvioi', exact: true }),
      dialog: app.dialog(/^Arvioi riski/),
      fill: async (dialog, round) => {
        await chooseWithArrows(
          page,
          dialog.getByLabel('Todennäköisyys'),
          new RegExp(`^${(round % 3) + 1}`),
        );
        await chooseWithArrows(page, dialog.getByLabel('Vaikutus'), /^2/);
        await typeInto(page, dialog.getByLabel('Arviointipäivä'), `${round + 1}.6.2026`);
      },
    });
    expect(errors).toEqual([]);
  });

  it('the unit dialogs: edit, move and add a child unit', async () => {
    const details = page.getByRole('region', { name: 'Yksiköt' });
    await runDialogCycles(page, {
      what: 'edit unit',
      opener: () => details.getByRole('button', { name: 'Muokkaa', exact: true }),
      dialog: app.dialog('Muokkaa yksikköä'),
      fill: (dialog, round) =>
        typeInto(page, dialog.getByLabel('Esihenkilö'), `Esihenkilö ${round}`),
    });
    // A cost unit can move to another area; each save moves it to the first one offered.
    await app.openUnit('Työsuojelu');
    await runDialogCycles(page, {
      what: 'move unit',
      opener: () => details.getByRole('button', { name: 'Siirrä', exact: true }),
      dialog: app.dialog(/^Siirrä yksikkö/),
      saveButton: 'Siirrä',
    });
    // A new unit opens at once: focus goes to its heading, as the button that opened the
    // dialog belongs to the parent's page (a cost unit has no children to add).
    await app.openUnit(UNIT);
    await runDialogCycles(page, {
      what: 'add child unit',
      opener: () => details.getByRole('button', { name: 'Lisää alayksikkö', exact: true }),
      dialog: app.dialog(/^Uusi alayksikkö/),
      fill: (dialog, round) =>
        typeInto(page, dialog.getByLabel('Nimi (pakollinen)'), `Alayksikkö ${round}`),
      afterSave: (round) => page.getByRole('heading', { level: 1, name: `Alayksikkö ${round}` }),
      afterRound: async (way) => {
        if (way === 'save') await app.openUnit(UNIT);
      },
    });
    expect(errors).toEqual([]);
  });
});
