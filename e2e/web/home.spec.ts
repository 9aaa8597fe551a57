import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { KEMIJARVI_2026_GOALS } from '../../shared/example/kemijarvi-2026-goals';
import { ValvoApp } from './pages/ValvoApp';

const ME = 'Maija Meikäläinen';
const UNIT = 'Viestintä ja markkinointi';
const LATE =
  'Varmistaa viestinnän johdonmukaisuus, selkeys ja vastuullisuus sekä ehkäistä viestinnällisiä riskejä.';
const SOON = 'Vähennetään väärinymmärrysten, epäselvän viestinnän ja ylikuormituksen riskiä.';
const OTHERS = 'Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan.';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name, exact: true });

/** Edits a row of the open unit through its form, and waits until the form has closed. */
const setOwnerAndDeadline = async (
  app: ValvoApp,
  objective: string,
  owner: string,
  deadline: string,
) => {
  await app.row(objective).getByRole('button', { name: 'Muokkaa' }).click();
  await app.dialog('Muokkaa riviä').waitFor();
  await app.fillRow({ owner, deadline });
  await app.save();
  await app.dialog().waitFor({ state: 'detached' });
};

describe('the "Omat" home view', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lands on Omat, lists my late and soon-due rows with counts, and a status update moves a row', async () => {
    // The clock stands at 15.6.2026: 1.6. is late, 30.6. is within 30 days.
    const { page, context, errors } = await openApp(browser, { path: '#/' });
    const app = new ValvoApp(page);
    await app.createProfile(ME, 'controller');
    await page.getByRole('button', { name: 'Lataa esimerkki' }).click();
    await page.getByRole('heading', { level: 1, name: 'Omat' }).waitFor();
    expect(page.url()).toContain('#/home');
    await page.getByRole('heading', { name: 'Myöhässä (0)' }).waitFor();
    await page.getByText('Sinulla ei ole myöhässä olevia rivejä.').waitFor();
    await page.getByRole('heading', { name: 'Yksikkösi (0)' }).waitFor();

    await nav(page, 'Yksiköt').click();
    await app.openUnit(UNIT);
    await setOwnerAndDeadline(app, LATE, ME, '1.6.2026');
    await setOwnerAndDeadline(app, SOON, ME, '30.6.2026');
    await setOwnerAndDeadline(app, OTHERS, 'Matti Virtanen', '10.6.2026');
    await page
      .getByRole('region', { name: 'Yksiköt' })
      .getByRole('button', { name: 'Muokkaa', exact: true })
      .click();
    await app.dialog('Muokkaa yksikköä').getByLabel('Esihenkilö').fill(ME);
    await app.save();
    await app.dialog().waitFor({ state: 'detached' });

    await nav(page, 'Omat').click();
    const late = page.getByRole('region', { name: 'Myöhässä (1)' });
    const soon = page.getByRole('region', { name: 'Erääntyy 30 päivän kuluessa (1)' });
    await late.waitFor();
    await soon.waitFor();
    expect(await page.getByText(`${ME}, Controller`).count()).toBe(1);
    expect(await late.getByRole('rowheader').allTextContents()).toEqual([LATE]);
    expect(await late.getByRole('row', { name: /myöhässä 14 päivää/ }).count()).toBe(1);
    expect(await soon.getByRole('rowheader').allTextContents()).toEqual([SOON]);
    expect(await soon.getByRole('row', { name: /15 päivää jäljellä/ }).count()).toBe(1);
    // A controller also sees the whole city: the other person's late row counts there.
    const city = page.getByRole('region', { name: 'Koko kaupunki vuonna 2026' });
    await expect.poll(() => city.textContent()).toContain('Myöhässä2');
    expect(await city.textContent()).toContain('Erääntyy 30 päivän kuluessa1');
    const units = page.getByRole('region', { name: 'Yksikkösi (1)' });
    // Every table of the unit counts: its goal rows too.
    const unitRows = KEMIJARVI_2026_GOALS[UNIT]!.flatMap((table) => table.rows).length;
    await units.getByText(`${unitRows} riviä vuonna 2026, myöhässä 2`).waitFor();
    await page.getByRole('heading', { name: /^Arvioitavat riskit \(\d+\)$/ }).waitFor();

    expect(await seriousViolations(page)).toEqual([]);

    await late.getByRole('button', { name: 'Päivitä tila' }).click();
    const dialog = app.dialog(/^Päivitä tila:/);
    await dialog.getByLabel('Tila').selectOption({ label: 'Toteutunut' });
    await dialog.getByLabel('Edistymismerkintä').fill('Viestintäsuunnitelma hyväksytty.');
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByRole('heading', { name: 'Myöhässä (0)' }).waitFor();
    await page.getByText('Sinulla ei ole myöhässä olevia rivejä.').waitFor();
    await page.getByRole('status').getByText('Rivin tila päivitetty.').waitFor();
    await page.getByRole('heading', { name: 'Erääntyy 30 päivän kuluessa (1)' }).waitFor();
    await expect.poll(() => city.textContent()).toContain('Myöhässä1');

    // The unit link leads to the register, where the row carries its dated note.
    await units.getByRole('link', { name: UNIT }).click();
    await page.getByRole('heading', { level: 1, name: UNIT }).waitFor();
    await expect.poll(() => app.statusCell(LATE).textContent()).toContain('Toteutunut');
    await app.statusCell(LATE).getByText('Merkinnät (1)').click();
    await app
      .statusCell(LATE)
      .getByText(/15\.6\.2026 · Maija Meikäläinen · Toteutunut/)
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('bulk-assigns rows to me in the register; they show in Omat, and Kumoa takes them back', async () => {
    const { page, context, errors } = await openApp(browser, { path: '#/' });
    const app = new ValvoApp(page);
    await app.createProfile(ME, 'unitManager');
    await page.getByRole('button', { name: 'Lataa esimerkki' }).click();
    await page.getByRole('heading', { name: 'Erääntyy 30 päivän kuluessa (0)' }).waitFor();

    await nav(page, 'Rekisteri').click();
    for (const objective of [LATE, SOON]) {
      const box = page.getByRole('checkbox', { name: `Valitse: ${objective}` });
      await box.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await page.getByRole('button', { name: 'Muokkaa valittuja (2)' }).click();
    const dialog = app.dialog('Muuta valittuja rivejä');
    await dialog.getByText('Muutetaan 2 riviä').waitFor();
    await dialog.getByRole('checkbox', { name: 'Muuta vastuuhenkilö' }).check();
    await dialog.getByLabel('Vastuuhenkilö', { exact: true }).fill(ME);
    await dialog.getByRole('checkbox', { name: 'Muuta määräaika' }).check();
    await dialog.getByLabel('Määräaika', { exact: true }).fill('30.6.2026');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText('Muutettiin 2 riviä.').waitFor();

    await nav(page, 'Omat').click();
    const soon = page.getByRole('region', { name: 'Erääntyy 30 päivän kuluessa (2)' });
    await soon.waitFor();
    expect((await soon.getByRole('rowheader').allTextContents()).sort()).toEqual(
      [LATE, SOON].sort(),
    );
    await page.getByRole('status').getByRole('button', { name: 'Kumoa' }).click();
    await page.getByRole('status').getByText('Muutos kumottiin 2 riviltä.').waitFor();
    await page.getByRole('heading', { name: 'Erääntyy 30 päivän kuluessa (0)' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells a reader what there is without offering changes', async () => {
    const { page, context, errors } = await openApp(browser, { path: '#/' });
    const app = new ValvoApp(page);
    await app.createProfile('Lauri Lukija', 'reader');
    await page.getByRole('button', { name: 'Lataa esimerkki' }).click();
    await page.getByRole('heading', { level: 1, name: 'Omat' }).waitFor();
    await page.getByText('Lukijan roolissa voit katsoa rivejä, mutta et muuttaa niitä.').waitFor();
    await page.getByText('Sinulla ei ole rivejä, jotka erääntyvät 30 päivän kuluessa.').waitFor();
    expect(await page.getByRole('region', { name: /Koko kaupunki/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
