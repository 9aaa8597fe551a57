import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { printPdf, squash } from '../support/pdf';
import { ValvoApp } from './pages/ValvoApp';
import { seedReviewedYear } from './pages/reviewedYear';

const UNITS: Record<string, string[]> = {
  'Konserni- ja elinvoimapalvelut': [
    'Riskienhallinnan systemaattinen kehittäminen',
    'Sopimushallinnan kehittäminen',
  ],
  Hallintopalvelut: [
    'Riskienhallinnan systemaattinen kehittäminen',
    'Sopimushallinnan kehittäminen',
  ],
  'Viestintä ja markkinointi': [
    'Varmistaa viestinnän johdonmukaisuus, selkeys ja vastuullisuus sekä ehkäistä viestinnällisiä riskejä.',
    'Vähennetään väärinymmärrysten, epäselvän viestinnän ja ylikuormituksen riskiä.',
    'Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan.',
  ],
  'Elinkeino- ja työllisyyspalvelut': [
    'Riskienhallinnan parantaminen',
    'Sisäisen valvonnan suunnitelma',
  ],
};

const card = (page: Page, unit: string) =>
  page.getByRole('region', { name: new RegExp(`^${unit}`) });

const recordOutcome = async (app: ValvoApp, unit: string, objective: string, status: string) => {
  await card(app.page, unit)
    .getByRole('button', { name: `Kirjaa toteuma: ${objective}` })
    .click();
  const dialog = app.dialog(/^Toteuma:/);
  await dialog.getByLabel('Lopullinen tila').selectOption(status);
  await dialog
    .getByLabel('Toteuma (pakollinen)')
    .fill(`Toteutuma kirjattu: ${objective.slice(0, 20)}`);
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await dialog.waitFor({ state: 'detached' });
};

const approve = async (page: Page, unit: string) => {
  await card(page, unit)
    .getByRole('button', { name: `Hyväksy: ${unit}` })
    .click();
  await expect.poll(() => card(page, unit).textContent()).toContain('Hyväksytty');
};

describe('the year-end review in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reviews the example year, refuses to close with a row missing, closes, locks it and carries work over', async () => {
    const { page, context, errors } = await openApp(browser, { now: '2027-01-20T10:00:00+02:00' });
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    // The goal tables' rows and every indicator are reviewed behind the screen; the nine
    // internal-control rows below are reviewed in the dialogs.
    const seeded = await seedReviewedYear(page, (row) => row.kindId === 'internalControl');
    await page.reload();
    await page.getByRole('link', { name: 'Vuodet' }).waitFor();

    await page.getByRole('link', { name: 'Vuodet' }).click();
    await page
      .getByRole('group', { name: '2026' })
      .getByRole('button', { name: 'Siirry vuosiarviointiin' })
      .click();
    await expect
      .poll(() => page.getByRole('row', { name: /2026/ }).textContent())
      .toContain('Vuosiarviointi');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Vuosiarviointi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vuosiarviointi 2026' }).waitFor();
    // Rows with an outcome, judged indicators and assessed risks (seven) over all of them.
    const total = seeded.rows + seeded.measurable + 7;
    const done = total - seeded.kept;
    expect(seeded.kept).toBe(9);
    await page
      .getByText(
        `Koko rajaus, valmiusaste: ${Math.round((done / total) * 100)} % (${done} / ${total})`,
      )
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const last = {
      unit: 'Elinkeino- ja työllisyyspalvelut',
      objective: 'Sisäisen valvonnan suunnitelma',
    };
    for (const [unit, objectives] of Object.entries(UNITS)) {
      for (const objective of objectives) {
        if (unit === last.unit && objective === last.objective) continue;
        const status =
          objective.startsWith('Sopimushallinnan') && unit === 'Hallintopalvelut'
            ? 'postponed'
            : 'done';
        await recordOutcome(
          app,
          unit,
          objective,
          objective === 'Riskienhallinnan parantaminen' ? 'not_done' : status,
        );
      }
    }
    for (const unit of Object.keys(UNITS)) await approve(page, unit);

    await page.getByRole('link', { name: 'Vuodet' }).click();
    await page
      .getByRole('group', { name: '2026' })
      .getByRole('button', { name: 'Sulje vuosi' })
      .click();
    await app.dialog('Sulje vuosi 2026').getByRole('button', { name: 'Sulje vuosi' }).click();
    await app
      .dialog()
      .getByText(
        'Vuotta ei voi sulkea: toteuma puuttuu 1 riviltä, mittareita on arvioimatta 0 rivillä, 0 riskiä on arvioimatta ja 0 yksikköä on hyväksymättä.',
      )
      .waitFor();
    await app.dialog().getByRole('button', { name: 'Peruuta' }).click();

    await page.getByRole('link', { name: 'Vuosiarviointi' }).click();
    await recordOutcome(app, last.unit, last.objective, 'done');
    // Recording the outcome changed an approved unit: its approval is withdrawn until approved again.
    await expect.poll(() => card(page, last.unit).textContent()).toContain('Hyväksyntä peruttu');
    await approve(page, last.unit);

    await page.getByRole('link', { name: 'Vuodet' }).click();
    await page
      .getByRole('group', { name: '2026' })
      .getByRole('button', { name: 'Sulje vuosi' })
      .click();
    await app.dialog('Sulje vuosi 2026').getByRole('button', { name: 'Sulje vuosi' }).click();
    await page.getByRole('status').getByText('Vuosi 2026 suljettiin.').waitFor();

    await page.getByRole('link', { name: 'Yksiköt' }).click();
    // Every state the closed year's unit page paints is watched: not even while its year is
    // still being read may it offer to add or change a row.
    await page.evaluate(() => {
      const seen = { offered: [] as string[] };
      (window as { __offered?: typeof seen }).__offered = seen;
      const look = () => {
        for (const button of document.querySelectorAll('main button')) {
          const text = button.textContent?.trim() ?? '';
          if (text === 'Lisää rivi' || text === 'Päivitä tila') seen.offered.push(text);
        }
      };
      new MutationObserver(look).observe(document.body, { childList: true, subtree: true });
    });
    await app.openUnit('Viestintä ja markkinointi');
    await page
      .getByText('Vuosi 2026 on suljettu. Sen tietoja voi lukea, mutta ei muuttaa.')
      .waitFor();
    await app.table.waitFor();
    expect(await page.getByRole('button', { name: 'Lisää rivi' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Päivitä tila' }).count()).toBe(0);
    const offered = await page.evaluate(
      () => (window as { __offered?: { offered: string[] } }).__offered?.offered ?? [],
    );
    expect(offered).toEqual([]);

    await page.getByRole('link', { name: 'Vuodet' }).click();
    await page
      .getByRole('group', { name: '2026' })
      .getByRole('button', { name: 'Siirrä keskeneräiset seuraavalle vuodelle' })
      .click();
    await app
      .dialog(/Siirrä vuoden 2026 keskeneräiset/)
      .getByRole('button', { name: 'Siirrä keskeneräiset seuraavalle vuodelle' })
      .click();
    await page
      .getByRole('status')
      .getByText('Vuodelle 2027 kopioitiin 2 riviä; 0 oli siirretty jo aiemmin.')
      .waitFor();
    await page
      .getByRole('group', { name: '2026' })
      .getByRole('button', { name: 'Siirrä keskeneräiset seuraavalle vuodelle' })
      .click();
    await app
      .dialog(/Siirrä vuoden 2026 keskeneräiset/)
      .getByRole('button', { name: 'Siirrä keskeneräiset seuraavalle vuodelle' })
      .click();
    await page
      .getByRole('status')
      .getByText('Siirrettäviä rivejä ei ollut; 2 oli siirretty jo aiemmin.')
      .waitFor();

    await page.getByRole('link', { name: 'Yksiköt' }).click();
    await app.openUnit('Elinkeino- ja työllisyyspalvelut');
    await page.getByLabel('Suunnitteluvuosi').selectOption('2027');
    await expect
      .poll(() => app.table.getByRole('rowheader').allTextContents())
      .toEqual(['Riskienhallinnan parantaminen']);
    expect(await app.statusCell('Riskienhallinnan parantaminen').textContent()).toContain(
      'Ei aloitettu',
    );
    await app.openUnit('Hallintopalvelut', 'Vastuualue');
    await page.getByLabel('Suunnitteluvuosi').selectOption('2027');
    await expect
      .poll(() => app.table.getByRole('rowheader').allTextContents())
      .toEqual(['Sopimushallinnan kehittäminen']);

    await page.getByRole('link', { name: 'Raportit' }).click();
    await page.getByLabel('Raportti').selectOption({ label: 'Vuosien vertailu' });
    await page.getByLabel('Vuoteen').selectOption('2027');
    await page.getByLabel('Vuodesta').selectOption('2026');
    await page.getByRole('link', { name: 'Esikatsele' }).click();
    await page.locator('html[data-print-ready="true"]').waitFor();
    const pdf = squash((await printPdf(page)).text);
    expect(pdf).toContain(squash('Vuosien 2026 ja 2027 vertailu'));
    expect(pdf).toContain(squash('Siirretyt rivit'));
    expect(pdf).toContain(squash('Riskienhallinnan parantaminen'));
    expect(pdf).toContain(squash('Sivu 1 /'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a returned unit’s comment on its page', async () => {
    const { page, context } = await openApp(browser, { now: '2027-01-20T10:00:00+02:00' });
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await page.getByRole('link', { name: 'Vuodet' }).click();
    await page
      .getByRole('group', { name: '2026' })
      .getByRole('button', { name: 'Siirry vuosiarviointiin' })
      .click();
    await page.getByRole('link', { name: 'Vuosiarviointi' }).click();
    await card(page, 'Viestintä ja markkinointi')
      .getByRole('button', { name: 'Palauta: Viestintä ja markkinointi' })
      .click();
    const dialog = app.dialog(/Palauta yksikkö/);
    await dialog.getByRole('button', { name: 'Palauta' }).click();
    await dialog.getByText('Pakollinen tieto puuttuu.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog
      .getByLabel('Kommentti yksikön esihenkilölle (pakollinen)')
      .fill('Kirjaa viestintäsuunnitelman toteuma.');
    await dialog.getByRole('button', { name: 'Palauta' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Yksiköt' }).click();
    await app.openUnit('Viestintä ja markkinointi');
    await page
      .getByText(
        'Controller palautti yksikön vuoden 2026 arvioinnin: Kirjaa viestintäsuunnitelman toteuma.',
      )
      .waitFor();
    await context.close();
  });
});
