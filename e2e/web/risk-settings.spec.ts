import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from './pages/ValvoApp';

const openSettings = async (page: Page) => {
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Asetukset' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Asetukset' }).waitFor();
};

describe('risk matrix and risk categories in Asetukset', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a controller resizes the matrix, manages categories and is refused an invalid band', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await openSettings(page);
    const size = page.getByLabel('Matriisin koko');
    await expect.poll(() => size.inputValue()).toBe('5');
    expect(await seriousViolations(page)).toEqual([]);

    // The example is assessed on 5 × 5: choosing 4 × 4 warns, live, how many will show rescaled.
    const warning = page.getByText(/^⚠ Koon vaihto: \d+ arviota/);
    expect(await warning.count()).toBe(0);
    await size.selectOption('4');
    await warning.waitFor();
    const count = Number(/(\d+) arviota/.exec((await warning.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    const likelihood = page.getByRole('group', { name: 'Todennäköisyyden asteikko' });
    await expect.poll(() => likelihood.getByRole('textbox').count()).toBe(4);
    expect(await page.getByLabel('Todennäköisyyden asteikko: Taso 4').inputValue()).toBe(
      'Lähes varma',
    );
    expect(await page.getByLabel('Taso 4: Alkaa pisteistä').inputValue()).toBe('12');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Vaikutuksen asteikko: Taso 1').fill('Pieni');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await page
      .getByRole('status')
      .getByText(`Riskimatriisi tallennettu. ${count} aiempaa arviota`, { exact: false })
      .waitFor();
    await expect.poll(() => warning.count()).toBe(0);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Asetukset' }).waitFor();
    await expect.poll(() => page.getByLabel('Matriisin koko').inputValue()).toBe('4');
    expect(await page.getByLabel('Vaikutuksen asteikko: Taso 1').inputValue()).toBe('Pieni');
    expect(
      await page.getByRole('table').getByRole('columnheader', { name: '1 Pieni' }).count(),
    ).toBe(1);

    // A category some risk uses is refused with the Finnish reason and stays listed.
    await page.getByRole('button', { name: 'Poista: Taloudellinen' }).click();
    await page
      .getByRole('alert')
      .getByText(/Riskiluokkaa käyttää \d+ riskiä\. Vaihda niiden luokka ensin\.$/)
      .waitFor();
    expect(await page.getByLabel('Riskiluokan nimi: Taloudellinen').count()).toBe(1);

    await page.getByLabel('Uuden riskiluokan nimi').fill('Tietoturva');
    await page.getByRole('button', { name: 'Lisää riskiluokka' }).click();
    await page.getByRole('status').getByText('Riskiluokka Tietoturva lisättiin.').waitFor();
    await expect.poll(() => page.getByLabel('Riskiluokan nimi: Tietoturva').count()).toBe(1);
    expect(await page.getByLabel('Uuden riskiluokan nimi').inputValue()).toBe('');

    await page.getByLabel('Uuden riskiluokan nimi').fill('tietoturva');
    await page.getByRole('button', { name: 'Lisää riskiluokka' }).click();
    await page.getByRole('alert').getByText('Riskiluokka tietoturva on jo olemassa.').waitFor();

    await page.getByLabel('Riskiluokan nimi: Tietoturva').fill('Kyberturvallisuus');
    await page.getByRole('button', { name: 'Tallenna nimi: Tietoturva' }).click();
    await page.getByRole('status').getByText('Riskiluokka nimettiin uudelleen.').waitFor();
    await expect
      .poll(() => page.getByLabel('Riskiluokan nimi: Kyberturvallisuus').inputValue())
      .toBe('Kyberturvallisuus');

    await page.getByRole('button', { name: 'Poista: Kyberturvallisuus' }).click();
    await page
      .getByRole('status')
      .getByText('Riskiluokka Kyberturvallisuus poistettiin.')
      .waitFor();
    await expect.poll(() => page.getByLabel('Riskiluokan nimi: Kyberturvallisuus').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // A second band starting where the first does is explained on the field; nothing is saved.
    const secondBand = page.getByLabel('Taso 2: Alkaa pisteistä');
    await secondBand.fill('1');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await page.getByText('Tasojen alkupisteiden on kasvettava tasosta toiseen.').waitFor();
    expect(await secondBand.getAttribute('aria-invalid')).toBe('true');
    expect(await secondBand.inputValue()).toBe('1');
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Asetukset' }).waitFor();
    await expect.poll(() => page.getByLabel('Taso 2: Alkaa pisteistä').inputValue()).toBe('4');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('a reader sees the matrix and categories without any control to change them', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.createProfile('Lauri Lukija', 'reader');
    await app.loadExample();
    await openSettings(page);
    await page.getByText('Vain controller voi muuttaa riskimatriisia ja riskiluokkia.').waitFor();
    await page.getByRole('listitem').getByText('Taloudellinen', { exact: true }).waitFor();
    // The reader may still pick their own language and download a backup; the matrix and the
    // categories offer no control at all.
    for (const name of ['Riskimatriisi', 'Riskiluokat']) {
      const section = page.getByRole('region', { name });
      await section.getByRole('heading', { name }).waitFor({ timeout: 2000 });
      expect(await section.getByRole('button').count()).toBe(0);
      expect(await section.getByRole('textbox').count()).toBe(0);
      expect(await section.getByRole('combobox').count()).toBe(0);
      expect(await section.getByRole('spinbutton').count()).toBe(0);
    }
    const main = page.getByRole('main');
    expect(await main.getByText('5 × 5', { exact: true }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
