import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from './pages/ValvoApp';

describe('managing the organisation tree', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('adds a cost unit, sets its people, moves it to another area and deactivates it', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    const unitButtons = () => page.getByRole('region', { name: 'Yksiköt' });
    await app.firstRunWithExample();

    await app.openUnit('Viestintä ja markkinointi');
    await unitButtons().getByRole('button', { name: 'Lisää alayksikkö' }).click();
    const add = app.dialog(/Uusi alayksikkö/);
    await add.getByLabel('Nimi').fill('Verkkoviestintä');
    await add.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verkkoviestintä' }).waitFor();
    expect(
      await page
        .getByText(
          'Kemijärven kaupunki › Konserni- ja elinvoimapalvelut › Viestintä ja markkinointi',
        )
        .count(),
    ).toBe(1);

    await unitButtons().getByRole('button', { name: 'Muokkaa', exact: true }).click();
    const edit = app.dialog('Muokkaa yksikköä');
    await edit.getByLabel('Nimi').fill('');
    await edit.getByRole('button', { name: 'Tallenna' }).click();
    await edit.getByText('Pakollinen tieto puuttuu.').waitFor();
    await edit.getByLabel('Nimi').fill('Verkko- ja someviestintä');
    await edit.getByLabel('Tilivelvollinen').fill('Viestintäpäällikkö');
    await edit.getByLabel('Esihenkilö').fill('Sisällöntuottaja');
    await edit.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verkko- ja someviestintä' }).waitFor();
    expect(await unitButtons().textContent()).toContain('Viestintäpäällikkö');

    await unitButtons().getByRole('button', { name: 'Siirrä' }).click();
    const move = app.dialog(/Siirrä yksikkö/);
    const options = await move.getByLabel('Uusi yläyksikkö').locator('option').allTextContents();
    // Only areas and cost units may hold a cost unit; its own parent is not offered.
    expect(
      options.some((option) => option.includes('Elinkeino- ja työllisyyspalvelut (Vastuualue)')),
    ).toBe(true);
    expect(options.some((option) => option.includes('Viestintä ja markkinointi'))).toBe(false);
    expect(
      options.some((option) => option.includes('(Toimiala)') || option.includes('(Organisaatio)')),
    ).toBe(false);
    await move.getByLabel('Uusi yläyksikkö').selectOption({
      label: options.find((option) => option.includes('Elinkeino- ja työllisyyspalvelut'))!,
    });
    await move.getByRole('button', { name: 'Siirrä' }).click();
    await page
      .getByText(
        'Kemijärven kaupunki › Konserni- ja elinvoimapalvelut › Elinkeino- ja työllisyyspalvelut',
      )
      .waitFor();

    await unitButtons().getByRole('button', { name: 'Poista käytöstä' }).click();
    await page
      .getByRole('status')
      .getByText(/poistettiin käytöstä/)
      .waitFor();
    await expect
      .poll(() => app.unitLink('Verkko- ja someviestintä').textContent())
      .toContain('ei käytössä');
    await expect.poll(() => page.getByRole('button', { name: 'Lisää rivi' }).count()).toBe(0);

    await page.reload();
    await expect
      .poll(() => app.unitLink('Verkko- ja someviestintä').textContent())
      .toContain('ei käytössä');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses to deactivate an area that still has active cost units, with a Finnish message', async () => {
    const { page, context } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit('Elinkeino- ja työllisyyspalvelut');
    await page
      .getByRole('region', { name: 'Yksiköt' })
      .getByRole('button', { name: 'Poista käytöstä' })
      .click();
    await page.getByRole('alert').getByText('Poista ensin alayksiköt käytöstä.').waitFor();
    expect(await app.unitLink('Elinkeino- ja työllisyyspalvelut').textContent()).not.toContain(
      'ei käytössä',
    );
    await context.close();
  });
});
