import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from '../support/browser';
import { runDialogCycles } from '../support/dialogCycles';
import { expectFocusOn, takeFocusLosses, watchFocusLoss } from '../support/focusTrail';
import { activate, chooseWithArrows, typeInto } from '../support/keyboard';
import { ValvoApp } from './pages/ValvoApp';

const ME = 'Maija Meikäläinen';
const UNIT = 'Viestintä ja markkinointi';
const RISK = 'Väärinymmärrykset, epäselvä viestintä ja ylikuormitus';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name, exact: true });

/**
 * Issue 14, section 2, beyond the unit page: the dialogs of the register, Omat, the risk page,
 * the year-end review and the years, five times each by save, cancel and Escape, by keyboard.
 * Where a save removes the control that opened the dialog (a row done leaves Omat, a row with
 * an outcome leaves the review's list), focus goes to the same control in the next row.
 */
describe('focus after the dialogs of the register, Omat, the risk page and the review', () => {
  let browser: Browser;
  let page: Page;
  let app: ValvoApp;
  let errors: string[];
  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, errors } = await openApp(browser));
    app = new ValvoApp(page);
    await app.createProfile(ME, 'controller');
    await app.loadExample();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the bulk update of the register, and the status dialog of Omat as rows leave it', async () => {
    await nav(page, 'Rekisteri').click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await watchFocusLoss(page);
    const selectAll = page.getByRole('button', { name: /^Valitse kaikki hakua vastaavat/ });
    await activate(page, selectAll, 'Space');
    // The pressed button is disabled once all are chosen: focus goes on to the next one.
    await expectFocusOn(page, page.getByRole('button', { name: 'Poista valinnat' }), 'clear');
    expect(await takeFocusLosses(page)).toEqual([]);
    const edit = page.getByRole('button', { name: /^Muokkaa valittuja/ });
    await runDialogCycles(page, {
      what: 'bulk update',
      opener: () => edit,
      dialog: app.dialog('Muuta valittuja rivejä'),
      fill: async (dialog, round) => {
        await activate(
          page,
          dialog.getByRole('checkbox', { name: 'Muuta vastuuhenkilö' }),
          'Space',
        );
        await typeInto(page, dialog.getByLabel('Vastuuhenkilö', { exact: true }), ME);
        await activate(page, dialog.getByRole('checkbox', { name: 'Muuta määräaika' }), 'Space');
        await typeInto(
          page,
          dialog.getByLabel('Määräaika', { exact: true }),
          `${20 + round}.6.2026`,
        );
      },
    });

    // Closing the "Muutettiin" notice gives focus back to where it came from, not to the last
    // row's link before the notice (in a long register that scrolled the rows away).
    const closeNotice = page.locator('.notice-region').getByRole('button', { name: 'Sulje' });
    await closeNotice.waitFor();
    await edit.focus();
    await closeNotice.focus();
    await page.keyboard.press('Enter');
    await closeNotice.waitFor({ state: 'detached' });
    await expectFocusOn(page, edit, 'after closing the notice');

    await nav(page, 'Omat').click();
    const soon = page.getByRole('region', { name: /^Erääntyy 30 päivän kuluessa/ });
    const firstUpdate = () => soon.getByRole('button', { name: 'Päivitä tila' }).first();
    await firstUpdate().waitFor();
    const before = await soon.getByRole('button', { name: 'Päivitä tila' }).count();
    expect(before).toBeGreaterThan(5);
    await runDialogCycles(page, {
      what: 'status from Omat',
      opener: firstUpdate,
      dialog: app.dialog(/^Päivitä tila:/),
      fill: (dialog) => chooseWithArrows(page, dialog.getByLabel('Tila'), 'Toteutunut'),
      // The row is done and leaves the list with its button: focus goes to the next row's.
      saved: async (round) => {
        await expect
          .poll(() => soon.getByRole('button', { name: 'Päivitä tila' }).count())
          .toBe(before - round - 1);
      },
      afterSave: firstUpdate,
    });
    expect(errors).toEqual([]);
  });

  it('the risk page: edit and assess', async () => {
    await nav(page, 'Yksiköt').click();
    await app.openUnit(UNIT);
    await page.getByRole('link', { name: RISK, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: RISK }).waitFor();
    await runDialogCycles(page, {
      what: 'edit risk on its page',
      opener: () => page.getByRole('button', { name: 'Muokkaa', exact: true }),
      dialog: app.dialog('Muokkaa riskiä'),
      fill: (dialog, round) =>
        typeInto(page, dialog.getByLabel('Vastuuhenkilö'), `Omistaja ${round}`),
    });
    await runDialogCycles(page, {
      what: 'assess risk on its page',
      opener: () => page.getByRole('button', { name: 'Arvioi', exact: true }),
      dialog: app.dialog(/^Arvioi riski/),
      fill: async (dialog, round) => {
        await chooseWithArrows(page, dialog.getByLabel('Todennäköisyys'), /^2/);
        await chooseWithArrows(
          page,
          dialog.getByLabel('Vaikutus'),
          new RegExp(`^${(round % 3) + 1}`),
        );
        await typeInto(page, dialog.getByLabel('Arviointipäivä'), `${round + 1}.5.2026`);
      },
    });
    expect(errors).toEqual([]);
  });

  it('the review: an outcome for each row, and returning a unit', async () => {
    // More rows for the unit, so five outcomes each leave one behind.
    await nav(page, 'Yksiköt').click();
    await app.openUnit(UNIT);
    for (let index = 0; index < 4; index += 1) {
      await page.getByRole('button', { name: 'Lisää rivi' }).click();
      await app.fillRow({ objective: `Arvioitava rivi ${index}` });
      await app.save();
      await app.row(`Arvioitava rivi ${index}`).waitFor();
    }
    await nav(page, 'Vuodet').click();
    const year = page.getByRole('group', { name: '2026' });
    await year.getByRole('button', { name: 'Siirry vuosiarviointiin' }).click();
    await year.getByRole('button', { name: 'Sulje vuosi' }).waitFor();

    await nav(page, 'Vuosiarviointi').click();
    const card = page.getByRole('region', { name: new RegExp(`^${UNIT}`) });
    const firstRecord = () => card.getByRole('button', { name: /^Kirjaa toteuma: / }).first();
    await firstRecord().waitFor();
    const before = await card.getByRole('button', { name: /^Kirjaa toteuma: / }).count();
    expect(before).toBeGreaterThan(5);
    await runDialogCycles(page, {
      what: 'outcome',
      opener: firstRecord,
      dialog: app.dialog(/^Toteuma:/),
      fill: async (dialog, round) => {
        await chooseWithArrows(page, dialog.getByLabel('Lopullinen tila'), 'Toteutunut');
        await typeInto(page, dialog.getByLabel('Toteuma (pakollinen)'), `Tehty ${round}.`);
      },
      saved: async (round) => {
        await expect
          .poll(() => card.getByRole('button', { name: /^Kirjaa toteuma: / }).count())
          .toBe(before - round - 1);
      },
      afterSave: firstRecord,
    });
    await runDialogCycles(page, {
      what: 'return unit',
      opener: () => card.getByRole('button', { name: `Palauta: ${UNIT}` }),
      dialog: app.dialog(/^Palauta yksikkö/),
      saveButton: 'Palauta',
      fill: (dialog, round) =>
        typeInto(page, dialog.getByLabel(/^Kommentti yksikön esihenkilölle/), `Täydennä ${round}.`),
    });
    expect(errors).toEqual([]);
  });
});

/** Closing, reopening and carrying over need a year whose review is complete: an empty one. */
describe('focus after the year dialogs', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('close, reopen and carry over, and the step buttons', async () => {
    const { page, errors } = await openApp(browser, { path: '#/years' });
    const app = new ValvoApp(page);
    await app.createProfile(ME, 'controller');
    await page.getByLabel('Organisaation nimi').fill('Testikunta');
    await page.getByRole('button', { name: 'Aloita' }).click();
    await nav(page, 'Vuodet').click();
    const year = page.getByRole('group', { name: '2026' });
    await watchFocusLoss(page);
    for (const step of ['Palauta suunnitteluun', 'Aloita toteutus', 'Siirry vuosiarviointiin']) {
      await activate(page, year.getByRole('button', { name: step }));
      // The pressed button gives way to the next phase's: focus goes to the first of those.
      await expectFocusOn(page, year.getByRole('button').first(), `after ${step}`);
      expect(await takeFocusLosses(page)).toEqual([]);
    }
    const first = () => year.getByRole('button').first();
    // The pressed button goes with the phase: focus goes to the new phase's first command.
    const close = {
      what: 'close year',
      opener: () => year.getByRole('button', { name: 'Sulje vuosi' }),
      dialog: app.dialog('Sulje vuosi 2026'),
      saveButton: 'Sulje vuosi',
      afterSave: first,
    };
    const reopen = {
      what: 'reopen year',
      opener: () => year.getByRole('button', { name: 'Avaa uudelleen' }),
      dialog: app.dialog('Avaa vuosi 2026 uudelleen'),
      saveButton: 'Avaa uudelleen',
      fill: (dialog: Locator) => typeInto(page, dialog.getByLabel(/^Perustelu/), 'Korjaus.'),
      afterSave: first,
    };
    await runDialogCycles(page, close, ['cancel', 'escape']);
    for (let round = 0; round < 5; round += 1) {
      await runDialogCycles(page, close, ['save'], 1);
      if (round === 0) await runDialogCycles(page, reopen, ['cancel', 'escape']);
      await runDialogCycles(page, reopen, ['save'], 1);
    }
    await runDialogCycles(page, close, ['save'], 1);
    await runDialogCycles(page, {
      what: 'carry over',
      opener: () => year.getByRole('button', { name: /^Siirrä keskeneräiset/ }),
      dialog: app.dialog(/^Siirrä vuoden 2026 keskeneräiset/),
      saveButton: 'Siirrä keskeneräiset seuraavalle vuodelle',
    });
    expect(errors).toEqual([]);
  });
});
