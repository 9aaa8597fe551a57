import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppPage } from '../support/browser';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from './pages/ValvoApp';

const UNIT = 'Viestintä ja markkinointi';

describe('bad input gets a Finnish message and changes nothing', () => {
  let browser: Browser;
  let session: AppPage;
  let app: ValvoApp;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    session = await openApp(browser);
    app = new ValvoApp(session.page);
    await app.firstRunWithExample();
    await app.openUnit(UNIT);
    // The rows arrive by a live query after the heading; read them only once the table is there.
    await app.table.waitFor();
    return () => session.context.close();
  });

  const objectives = () => app.table.getByRole('rowheader').allTextContents();

  it.each([
    { case: 'an empty objective', values: { objective: '' }, message: 'Pakollinen tieto puuttuu.' },
    {
      case: 'a 10,000-character objective',
      values: { objective: 'x'.repeat(10_000) },
      message: 'Teksti on liian pitkä: enintään 1000 merkkiä.',
    },
    {
      case: 'an impossible date',
      values: { objective: 'Uusi', deadline: '31.2.2026' },
      message: 'Päivämäärä ei kelpaa. Kirjoita muodossa p.k.vvvv, esim. 30.9.2026.',
    },
    {
      case: 'a deadline outside the plan year',
      values: { objective: 'Uusi', deadline: '15.1.2027' },
      message: 'Määräajan on oltava suunnitteluvuonna 2026.',
    },
  ])('refuses $case', async ({ values, message }) => {
    const before = await objectives();
    await session.page.getByRole('button', { name: 'Lisää rivi' }).click();
    await app.fillRow(values);
    await app.save();
    await app.dialog().getByText(message).waitFor();
    // The typed text is kept in the form so nothing the user wrote is lost.
    if (values.objective) {
      expect(
        await app.dialog().getByLabel('Sisäinen valvonta ja riskienhallinta').inputValue(),
      ).toBe(values.objective);
    }
    await app.dialog().getByRole('button', { name: 'Peruuta' }).click();
    await session.page.reload();
    await app.table.waitFor();
    expect(await objectives()).toEqual(before);
  });

  it('refuses a second window while Valvo is open in the first', async () => {
    const second = await session.context.newPage();
    await second.goto(session.page.url());
    await second.getByRole('heading', { name: 'Valvo on jo auki' }).waitFor();
    expect(await second.getByRole('alert').textContent()).toContain('toisessa ikkunassa');
    expect(await second.getByRole('button', { name: 'Lisää rivi' }).count()).toBe(0);
    await second.close();
  });

  it('deletes a row and brings it back with undo, by keyboard', async () => {
    const objective = 'Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan.';
    const before = await objectives();
    await app.row(objective).getByRole('button', { name: 'Poista' }).focus();
    await session.page.keyboard.press('Enter');
    await session.page.getByRole('status').getByText('Rivi poistettiin.').waitFor();
    await expect.poll(objectives).toEqual(before.filter((text) => text !== objective));
    await session.page.getByRole('status').getByRole('button', { name: 'Kumoa' }).focus();
    await session.page.keyboard.press('Enter');
    await session.page.getByRole('status').getByText('Rivi palautettiin.').waitFor();
    await expect.poll(objectives).toEqual(before);
  });

  it('keeps the order of rows after moving one down and reloading', async () => {
    const before = await objectives();
    await app.row(before[0]!).getByRole('button', { name: 'Siirrä alas' }).click();
    await session.page.waitForFunction(
      (first) => document.querySelector('tbody th')?.textContent !== first,
      before[0],
    );
    await session.page.reload();
    await app.table.waitFor();
    expect(await objectives()).toEqual([before[1], before[0], before[2]]);
  });
});
