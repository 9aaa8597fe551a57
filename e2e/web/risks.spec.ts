import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from './pages/ValvoApp';

const UNIT = 'Elinkeino- ja työllisyyspalvelut';
const RISK = 'Yritysten työvoimapula';

/** The count shown in the risk map cell at likelihood × impact. */
const mapCount = async (page: Page, likelihood: number, impact: number) => {
  const row = page
    .getByRole('table', { name: /^Riskikartta/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${likelihood} `) }) });
  return Number(
    await row
      .getByRole('cell')
      .nth(impact - 1)
      .locator('.risk-map__count')
      .textContent(),
  );
};

/** Chooses the map's scope and waits until the map shows it (its caption names the scope). */
const showMapOf = async (page: Page, unit: string) => {
  await page.getByLabel('Rajaus').selectOption({ label: `\u00a0\u00a0\u00a0\u00a0${unit}` });
  await page.getByRole('table', { name: new RegExp(`^Riskikartta: ${unit},`) }).waitFor();
};

describe('the risk register in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates a risk linked to a row, assesses it twice, follows the trend and the map, and keeps it all over a reload', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();

    await page.getByRole('link', { name: 'Riskikartta' }).click();
    await showMapOf(page, UNIT);
    const before = { low: await mapCount(page, 2, 3), high: await mapCount(page, 4, 4) };

    await page.getByRole('link', { name: 'Yksiköt' }).click();
    await app.openUnit(UNIT);
    await page.getByRole('button', { name: 'Lisää riski' }).click();
    const form = app.dialog('Uusi riski');
    await form.getByLabel('Riski (pakollinen)', { exact: true }).fill(RISK);
    await form.getByLabel('Riskiluokka').selectOption({ label: 'Strateginen' });
    await form.getByLabel('Vastuuhenkilö').fill('Elinkeinojohtaja');
    await form.getByLabel('Seuraava arviointi').fill('30.9.2026');
    await form.getByRole('checkbox', { name: '2026: Riskienhallinnan parantaminen' }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Tallenna' }).click();
    await form.waitFor({ state: 'detached' });

    const riskRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: RISK }) });
    await riskRow.getByText('Ei arvioitu').first().waitFor();
    await page.getByText('Arvioitavat riskit (1)').waitFor();

    const assess = async (date: string, likelihood: string, impact: string, rationale: string) => {
      await riskRow.getByRole('button', { name: 'Arvioi' }).click();
      const dialog = app.dialog(/^Arvioi riski/);
      await dialog.getByLabel('Todennäköisyys').selectOption(likelihood);
      await dialog.getByLabel('Vaikutus').selectOption(impact);
      await dialog.getByLabel('Arviointipäivä').fill(date);
      await dialog.getByLabel('Perustelut').fill(rationale);
      await dialog.getByRole('button', { name: 'Tallenna' }).click();
      return dialog;
    };

    const future = await assess('16.6.2026', '2', '3', 'Liian aikaisin');
    await future.getByText('Arviointipäivä ei voi olla tulevaisuudessa.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await future.getByRole('button', { name: 'Peruuta' }).click();

    await (await assess('1.3.2026', '2', '3', 'Alkutilanne')).waitFor({ state: 'detached' });
    await expect
      .poll(() => riskRow.getByRole('cell').nth(3).textContent())
      .toBe('Kohtalainen (2 × 3 = 6)');
    await (
      await assess('1.6.2026', '4', '4', 'Rekrytoinnit epäonnistuneet')
    ).waitFor({ state: 'detached' });
    await expect
      .poll(() => riskRow.getByRole('cell').nth(3).textContent())
      .toBe('Kriittinen (4 × 4 = 16) ↑ Noussut');
    expect(await page.getByText('Arvioitavat riskit').count()).toBe(0);

    await page.getByRole('link', { name: 'Riskikartta' }).click();
    await showMapOf(page, UNIT);
    await expect.poll(() => mapCount(page, 4, 4)).toBe(before.high + 1);
    expect(await mapCount(page, 2, 3)).toBe(before.low);
    await page
      .getByRole('button', { name: /riskiä, taso Kriittinen: todennäköisyys 4, vaikutus 4/ })
      .click();
    await page
      .getByRole('heading', { name: /Solun riskit: todennäköisyys 4, vaikutus 4/ })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    await page.getByRole('link', { name: RISK }).first().click();
    await page.getByRole('heading', { level: 1, name: RISK }).waitFor();
    // The linked rows and the history arrive by live queries after the heading.
    await expect
      .poll(() =>
        page
          .getByRole('listitem')
          .filter({ hasText: '2026: Riskienhallinnan parantaminen' })
          .count(),
      )
      .toBe(1);
    const history = page.getByRole('table', { name: 'Riskin arviot, uusin ensin' });
    await expect
      .poll(() => history.getByRole('rowheader').allTextContents())
      .toEqual(['1.6.2026', '1.3.2026']);
    expect(await history.textContent()).toContain('Rekrytoinnit epäonnistuneet');
    expect(await page.getByText('Kriittinen (4 × 4 = 16)').first().isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the example risks with their levels and flags the one due for review', async () => {
    const { page, context } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit('Konserni- ja elinvoimapalvelut');
    await page.getByText('Arvioitavat riskit (1)').waitFor();
    const due = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: /Hyvinvointialueen palveluverkon/ }) });
    expect(await due.textContent()).toContain('Arvioitava: Arviointi erääntynyt');
    const flagged = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: /Valtionosuusuudistus/ }) });
    expect(await flagged.textContent()).toContain('Ylittää sietorajan');
    await page.getByRole('button', { name: 'Lisää riski' }).click();
    await app.dialog('Uusi riski').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
