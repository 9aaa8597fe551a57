import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from './pages/ValvoApp';

const ME = 'Maija Meikäläinen';
const UNIT = 'Viestintä ja markkinointi';
const GOAL = 'Kaupungin verkkopalvelut ovat saavutettavia kaikille.';
const MEASURE = 'Saavutettavuusvirheiden määrä';
const OTHER_GOALS = 'Muut tavoitteet';

/**
 * A goal row of another table than internal control, from the unit page to the register and
 * Omat: added with an indicator through the dialogs, found by the kind filter and by its
 * indicator's text, shown with its kind and indicator columns, bulk-updated with the register's
 * selection, and listed in Omat with its table. Axe clean on each screen. The example's own rows
 * are never counted: they may be of any kind.
 */
describe('the register across table kinds', () => {
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

  const expectClean = async (where: string) =>
    expect({ where, violations: await seriousViolations(page) }).toEqual({
      where,
      violations: [],
    });
  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name, exact: true });
  const register = () => page.getByRole('table', { name: /Kaikkien yksiköiden/ });
  const registerRow = (objective: string) =>
    register()
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: objective, exact: true }) });
  /** Where the column headed `column` is among the table's cells (the selection counts). */
  const columnIndex = async (table: Locator, column: string) => {
    const headers = (await table.getByRole('columnheader').allTextContents()).map((text) =>
      text.replace(/[↕▲▼]/g, '').trim(),
    );
    const index = headers.indexOf(column);
    expect(index, `column ${column} in ${headers.join(' | ')}`).toBeGreaterThan(-1);
    return index;
  };
  /** The text of a row's cell under the column header `column`. */
  const cellText = async (table: Locator, row: Locator, column: string) =>
    (
      await row
        .locator('th, td')
        .nth(await columnIndex(table, column))
        .textContent()
    )?.trim();
  const searchParams = () => new URL(page.url().replace('#/', '')).searchParams;

  it('adds a goal row of another kind with a judged indicator on the unit page', async () => {
    await app.openUnit(UNIT);
    await page.getByRole('button', { name: 'Lisää rivi' }).click();
    const form = app.dialog('Uusi rivi');
    await form.getByLabel('Taulukko', { exact: true }).selectOption({ label: OTHER_GOALS });
    // The fields are named as the chosen table's columns.
    await form.getByLabel('Toiminnalliset tavoitteet ja painopisteet').fill(GOAL);
    await form.getByLabel('Vastuuhenkilö').fill('Matti Virtanen');
    await form.getByLabel('Määräaika').fill('1.9.2026');
    await app.save();
    await form.waitFor({ state: 'detached' });

    await app.kindRow(OTHER_GOALS, GOAL).getByRole('button', { name: 'Mittarit' }).click();
    const dialog = app.dialog(`Mittarit: ${GOAL}`);
    await dialog.getByRole('button', { name: 'Lisää mittari' }).click();
    await dialog.getByLabel('Mittari (pakollinen)', { exact: true }).fill(MEASURE);
    await dialog.getByLabel('Tyyppi').selectOption({ label: 'Luku' });
    await dialog.getByLabel('Tavoite').fill('0');
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    const card = dialog.getByRole('listitem', { name: MEASURE });
    await card.getByRole('button', { name: 'Arvioi' }).click();
    await dialog.getByLabel('Arvio', { exact: true }).selectOption('met');
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await dialog.getByText(/^Säännön mukaan: toteutunut/).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('filters the register by kind from the keyboard, and shows the kind and indicator columns', async () => {
    await nav('Rekisteri').click();
    await page.getByRole('heading', { level: 1, name: /Rekisteri: toimenpiteet/ }).waitFor();
    await registerRow(GOAL).waitFor();
    const kinds = page.getByRole('group', { name: 'Taulukko' });
    await expectClean('register with the kind filter');

    // Another kind only: the goal row goes.
    const control = kinds.getByRole('checkbox', { name: 'Sisäinen valvonta ja riskienhallinta' });
    await control.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => searchParams().getAll('kind')).toEqual(['internalControl']);
    await registerRow(GOAL).waitFor({ state: 'detached' });
    await page.keyboard.press('Space');

    const other = kinds.getByRole('checkbox', { name: OTHER_GOALS });
    await other.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => searchParams().getAll('kind')).toEqual(['otherGoal']);
    await registerRow(GOAL).waitFor();
    // Every row listed is of the chosen kind, named in the Taulukko column.
    const kindColumn = await columnIndex(register(), 'Taulukko');
    const shown = await register()
      .locator('tbody tr:not([aria-hidden="true"])')
      .evaluateAll(
        (rows, index) => rows.map((row) => row.children[index]?.textContent?.trim()),
        kindColumn,
      );
    expect(new Set(shown)).toEqual(new Set([OTHER_GOALS]));

    // The indicator columns, chosen from the column chooser.
    await page.getByRole('button', { name: /Sarakkeet/ }).click();
    // The view lives in the address: a box shows checked once the address has changed.
    for (const column of ['Mittareita', 'Arvioituja', 'Toteutuneita', 'Arvio']) {
      const box = page.getByRole('checkbox', { name: column, exact: true });
      await box.click();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await page.getByRole('button', { name: /Sarakkeet/ }).click();
    const row = registerRow(GOAL);
    await expect.poll(() => cellText(register(), row, 'Arvio')).toBe('Toteutunut');
    expect(await cellText(register(), row, 'Mittareita')).toBe('1');
    expect(await cellText(register(), row, 'Arvioituja')).toBe('1');
    expect(await cellText(register(), row, 'Toteutuneita')).toBe('1');
    const judgementHeader = register().getByRole('columnheader', { name: 'Arvio', exact: true });
    await judgementHeader.getByRole('button').click();
    await expect.poll(() => judgementHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(searchParams().get('sort')).toBe('judgement');
    await expectClean('register filtered by kind, with the indicator columns');

    // The view is in the address: a reload keeps the kind, the columns and the sort.
    await page.reload();
    await registerRow(GOAL).waitFor();
    expect(await page.getByRole('checkbox', { name: OTHER_GOALS }).isChecked()).toBe(true);
    await expect.poll(() => cellText(register(), registerRow(GOAL), 'Arvio')).toBe('Toteutunut');

    // The search finds the row by its indicator's text alone.
    await page.getByRole('button', { name: 'Tyhjennä suodattimet' }).first().click();
    await page.getByLabel('Hae', { exact: true }).fill(MEASURE.toLocaleLowerCase('fi'));
    await expect.poll(() => register().getByRole('rowheader').allTextContents()).toEqual([GOAL]);
    expect(errors).toEqual([]);
  });

  it('bulk-updates the goal row from the register and shows it in Omat with its table', async () => {
    const box = page.getByRole('checkbox', { name: `Valitse: ${GOAL}` });
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Muokkaa valittuja (1)' }).click();
    const dialog = app.dialog('Muuta valittuja rivejä');
    await dialog.getByRole('checkbox', { name: 'Muuta vastuuhenkilö' }).check();
    await dialog.getByLabel('Vastuuhenkilö', { exact: true }).fill(ME);
    await dialog.getByRole('checkbox', { name: 'Muuta määräaika' }).check();
    await dialog.getByLabel('Määräaika', { exact: true }).fill('30.6.2026');
    await dialog.getByRole('checkbox', { name: 'Muuta tila' }).check();
    await dialog.getByLabel('Tila', { exact: true }).selectOption({ label: 'Käynnissä' });
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText('Muutettiin 1 rivi.').waitFor();
    await expect.poll(() => cellText(register(), registerRow(GOAL), 'Vastuuhenkilö')).toBe(ME);
    // The goal is still in its table, judged by its indicator as before.
    expect(await cellText(register(), registerRow(GOAL), 'Taulukko')).toBe(OTHER_GOALS);

    await nav('Omat').click();
    const soon = page.getByRole('region', { name: /^Erääntyy 30 päivän kuluessa/ });
    const listed = soon
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: GOAL, exact: true }) });
    await listed.waitFor();
    expect(await cellText(soon.getByRole('table'), listed, 'Taulukko')).toBe(OTHER_GOALS);
    expect(await cellText(soon.getByRole('table'), listed, 'Tila')).toContain('Käynnissä');
    await expectClean('Omat with a goal row');
    expect(errors).toEqual([]);
  });
});
