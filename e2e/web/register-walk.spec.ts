import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from './pages/ValvoApp';

describe('first run to a saved row, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads the example, adds a row with owner and deadline, changes its status, and keeps it all over a reload', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    expect(await page.getByText('Esimerkkiaineisto').isVisible()).toBe(true);

    await app.openUnit('Elinkeino- ja työllisyyspalvelut');
    await expect
      .poll(() => app.table.getByRole('rowheader').allTextContents())
      .toEqual(['Riskienhallinnan parantaminen', 'Sisäisen valvonnan suunnitelma']);

    await page.getByRole('button', { name: 'Lisää rivi' }).click();
    await app.fillRow({
      objective: 'Hankintojen valvonta',
      actions: 'Laaditaan hankintaohje ja koulutetaan tilaajat.',
      indicator: 'Ohje hyväksytty',
      owner: 'Elinkeinojohtaja',
      deadline: '30.9.2026',
    });
    await app.save();
    await app.dialog().waitFor({ state: 'detached' });
    const row = app.row('Hankintojen valvonta');
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['Elinkeinojohtaja', '30.9.2026']),
    );

    await row.getByRole('button', { name: 'Päivitä tila' }).click();
    await app.dialog().getByLabel('Tila').selectOption('in_progress');
    await app.dialog().getByLabel('Edistymismerkintä').fill('Ohjeen luonnos valmis.');
    await app.save();
    await app.dialog().waitFor({ state: 'detached' });
    await app
      .statusCell('Hankintojen valvonta')
      .getByText('Käynnissä', { exact: false })
      .first()
      .waitFor();
    expect(await app.statusCell('Hankintojen valvonta').textContent()).toMatch(/^◐\sKäynnissä/);

    await page.reload();
    await app.unitLink('Elinkeino- ja työllisyyspalvelut').waitFor();
    const saved = app.row('Hankintojen valvonta');
    await saved.waitFor();
    expect(await saved.textContent()).toContain('Käynnissä');
    expect(await saved.textContent()).toContain('30.9.2026');
    await saved.getByText('Merkinnät (1)').click();
    expect(await saved.textContent()).toContain('Ohjeen luonnos valmis.');
    expect(await saved.textContent()).toContain('Maija Meikäläinen');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a row as overdue once its deadline has passed and it is not finished, in words and symbol', async () => {
    const { page, context } = await openApp(browser, { now: '2026-06-15T09:00:00+03:00' });
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit('Viestintä ja markkinointi');
    const objective =
      'Vähennetään väärinymmärrysten, epäselvän viestinnän ja ylikuormituksen riskiä.';
    await app.row(objective).getByRole('button', { name: 'Muokkaa' }).click();
    await app.fillRow({ deadline: '1.6.2026' });
    await app.save();
    await app.dialog().waitFor({ state: 'detached' });
    await app.statusCell(objective).getByText('Myöhässä').waitFor();
    expect(await app.statusCell(objective).textContent()).toBe('▲\u00a0Ei aloitettu · Myöhässä');

    await app.row(objective).getByRole('button', { name: 'Päivitä tila' }).click();
    await app.dialog().getByLabel('Tila').selectOption('done');
    await app.save();
    await app.dialog().waitFor({ state: 'detached' });
    await app.statusCell(objective).getByText('Toteutunut').first().waitFor();
    expect(await app.statusCell(objective).textContent()).toMatch(/^●\sToteutunut/);
    await context.close();
  });
});
