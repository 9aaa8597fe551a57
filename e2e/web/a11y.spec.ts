import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from './pages/ValvoApp';

/**
 * axe over every screen and dialog of the foundation: no serious or critical WCAG 2.1 A/AA
 * violation anywhere. Each step names the screen so a failure says where.
 */
describe('accessibility of every screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const expectClean = async (page: Page, screen: string) => {
    expect({ screen, violations: await seriousViolations(page) }).toEqual({
      screen,
      violations: [],
    });
  };

  it('the scan itself finds a serious violation when there is one', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<html lang="fi"><title>x</title><main><button></button><img src="data:,"></main></html>',
    );
    expect((await seriousViolations(page)).map((finding) => finding.id).sort()).toEqual([
      'button-name',
      'image-alt',
    ]);
    await context.close();
  });

  it('first run, units, dialogs, profile and the not-found page', async () => {
    const { page, context } = await openApp(browser);
    const app = new ValvoApp(page);
    await page.getByLabel('Nimi').waitFor();
    await expectClean(page, 'first run: profile');

    await page.getByRole('button', { name: 'Jatka' }).click();
    await page.getByText('Pakollinen tieto puuttuu.').waitFor();
    await expectClean(page, 'first run: profile with an error');

    await app.createProfile();
    await page.getByRole('button', { name: 'Lataa esimerkki' }).waitFor();
    await expectClean(page, 'first run: start choice');

    await app.loadExample();
    await app.openUnit('Viestintä ja markkinointi');
    await expectClean(page, 'unit with its rows');

    await page.getByRole('button', { name: 'Lisää rivi' }).click();
    await app.dialog('Uusi rivi').waitFor();
    await app.save();
    await app.dialog().getByText('Pakollinen tieto puuttuu.').waitFor();
    await expectClean(page, 'add row dialog with an error');
    await app.dialog().getByRole('button', { name: 'Valitse päivä kalenterista' }).click();
    await page.getByRole('grid').waitFor();
    await expectClean(page, 'date picker');
    await page.keyboard.press('Escape');
    await page.getByRole('grid').waitFor({ state: 'detached' });
    await app.dialog().getByRole('button', { name: 'Peruuta' }).click();

    const row = app.row('Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan.');
    await row.getByRole('button', { name: 'Päivitä tila' }).click();
    await app.dialog().waitFor();
    await expectClean(page, 'status dialog');
    await app.dialog().getByRole('button', { name: 'Peruuta' }).click();

    await row.getByRole('button', { name: 'Muokkaa' }).click();
    await app.dialog('Muokkaa riviä').waitFor();
    await expectClean(page, 'edit row dialog');
    await app.dialog().getByRole('button', { name: 'Peruuta' }).click();

    for (const [button, title] of [
      ['Muokkaa', 'Muokkaa yksikköä'],
      ['Lisää alayksikkö', /Uusi alayksikkö/],
      ['Siirrä', /Siirrä yksikkö/],
    ] as const) {
      await page
        .getByRole('region', { name: 'Yksiköt' })
        .getByRole('button', { name: button, exact: true })
        .click();
      await app.dialog(title).waitFor();
      await expectClean(page, `unit dialog: ${button}`);
      await app.dialog().getByRole('button', { name: 'Peruuta' }).click();
    }

    await app.openUnit('Kotouttaminen');
    await expectClean(page, 'unit without rows');

    await page.getByRole('link', { name: 'Profiili' }).click();
    await page.getByRole('heading', { level: 1, name: 'Profiili' }).waitFor();
    await expectClean(page, 'profile');

    await page.goto(page.url().replace(/#.*$/, '#/ei-ole'));
    await page.getByRole('heading', { name: 'Sivua ei löytynyt.' }).waitFor();
    await expectClean(page, 'not found');
    await context.close();
  });
});
