import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEMIJARVI_2026 } from '../../shared/example/kemijarvi-2026';
import type { ExampleUnit } from '../../shared/example/kemijarvi-2026';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { bodyText, printPdf, squash } from '../support/pdf';
import { ValvoApp } from './pages/ValvoApp';

const walk = (unit: ExampleUnit): ExampleUnit[] => [unit, ...(unit.children ?? []).flatMap(walk)];
const EXAMPLE_OBJECTIVES = walk(KEMIJARVI_2026).flatMap((unit) =>
  (unit.rows ?? []).map((row) => row.objective),
);

describe('printed reports in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const openPreview = async (app: ValvoApp, type: string, scope: RegExp) => {
    const { page } = app;
    await page.getByRole('link', { name: 'Raportit' }).click();
    await page.getByLabel('Raportti').selectOption({ label: type });
    await app.chooseOption('Rajaus', scope);
    await page.getByRole('link', { name: 'Esikatsele' }).click();
    await page.locator('html[data-print-ready="true"]').waitFor();
  };

  it('prints the audit committee pack with every unit’s rows, page numbers and the summary counts', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit('Viestintä ja markkinointi');
    const row = app.row('Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan.');
    await row.getByRole('button', { name: 'Päivitä tila' }).click();
    await app.dialog().getByLabel('Tila').selectOption('done');
    await app.dialog().getByLabel('Edistymismerkintä').fill('Luottamuskysely tehty toukokuussa.');
    await app.save();
    await app.dialog().waitFor({ state: 'detached' });

    await openPreview(app, 'Tarkastuslautakunnalle', /Kemijärven kaupunki/);
    expect(await seriousViolations(page)).toEqual([]);
    const summary = page.getByRole('table', {
      name: 'Yhteenveto toimialoittain ja vastuualueittain',
    });
    expect(await summary.getByRole('row').last().getByRole('cell').allTextContents()).toEqual([
      '9',
      '1',
      '0',
      '0',
      '0',
      '0',
    ]);

    const pdf = await printPdf(page);
    expect(pdf.pages).toBeGreaterThanOrEqual(5);
    const text = squash(pdf.text);
    for (const objective of EXAMPLE_OBJECTIVES) expect(text).toContain(squash(objective));
    for (let number = 1; number <= pdf.pages; number += 1)
      expect(text).toContain(squash(`Sivu ${number} / ${pdf.pages}`));
    expect(text).toContain(
      squash('Sisäinen valvonta ja riskienhallinta 2026: raportti tarkastuslautakunnalle'),
    );
    expect(text).toContain(squash('Yhteensä 9 1 0 0 0 0'));
    expect(text).toContain(squash('Luottamuskysely tehty toukokuussa.'));
    expect(text).toContain(squash('Lausuma toimintakertomukseen (kuntalaki 115 §)'));
    expect(text).toContain(
      squash('asetettiin 9 sisäisen valvonnan ja riskienhallinnan toimenpidettä'),
    );
    expect(text).toContain(squash('Muutoshistorian tarkiste'));
    expect(new Set(pdf.pageSizes).size).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
    // The whole budget chapter's pack: dozens of pages to lay out and print.
  }, 150_000);

  it('prints the controller’s edited §115 statement', async () => {
    const { page, context } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await openPreview(app, 'Tarkastuslautakunnalle', /Konserni- ja elinvoimapalvelut/);
    const editor = page.getByLabel('Lausuman teksti');
    expect(await editor.inputValue()).toContain('asetettiin 9 sisäisen valvonnan');
    await editor.fill(
      'Toimiala on järjestänyt sisäisen valvonnan hyvin. Kehitettävää on sopimushallinnassa.',
    );
    await page.getByRole('button', { name: 'Tallenna lausuma' }).click();
    await page.getByRole('status').getByText('Lausuma tallennettu.').waitFor();
    await page.reload();
    await page.locator('html[data-print-ready="true"]').waitFor();
    const pdf = await printPdf(page);
    expect(squash(pdf.text)).toContain(squash('Kehitettävää on sopimushallinnassa.'));
    expect(squash(pdf.text)).not.toContain(squash('asetettiin 9 sisäisen'));
    await context.close();
  });

  it('prints a unit summary with its risks, wraps a very long text, and says when a scope is empty', async () => {
    const { page, context } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit('Elinkeino- ja työllisyyspalvelut');
    const longWord = 'Pitkä'.repeat(800);
    await page.getByRole('button', { name: 'Lisää rivi' }).click();
    await app.fillRow({ objective: 'Pitkä teksti', actions: longWord });
    await app.save();
    await app.dialog().waitFor({ state: 'detached' });

    await openPreview(app, 'Yksikön yhteenveto', /Elinkeino- ja työllisyyspalvelut/);
    expect(await seriousViolations(page)).toEqual([]);
    const fits = await page.evaluate(() => {
      const report = document.querySelector('.report')!;
      return report.scrollWidth <= report.clientWidth + 1;
    });
    expect(fits).toBe(true);
    const pdf = await printPdf(page);
    const text = squash(pdf.text);
    expect(text).toContain(squash('Yksikön yhteenveto 2026: Elinkeino- ja työllisyyspalvelut'));
    expect(text).toContain(squash('Riskienhallinnan parantaminen'));
    expect(text).toContain(
      squash('Väestön ikääntyminen ja työikäisten väheneminen heikentävät elinvoimaa'),
    );
    // Every part of the long text is printed, wrapped over pages; a page break may split one word.
    const printed =
      bodyText(pdf, 'Yksikön yhteenveto 2026: Elinkeino- ja työllisyyspalvelut').match(/Pitkä/g) ??
      [];
    expect(printed.length).toBeGreaterThanOrEqual(790);
    expect(new Set(pdf.pageSizes).size).toBe(1);

    await page.getByRole('link', { name: 'Takaisin' }).click();
    await page.getByLabel('Raportti').selectOption({ label: 'Tarkastuslautakunnalle' });
    await app.chooseOption('Rajaus', 'Kotouttaminen');
    await page.getByRole('link', { name: 'Esikatsele' }).click();
    await page
      .getByText(
        'Rajauksessa Kotouttaminen ei ole vuodelle 2026 rivejä eikä riskejä, joten raportoitavaa ei ole.',
      )
      .waitFor();
    await context.close();
  });
});

describe('the §115 statement as Word', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('downloads a DOCX with the statement and the summary table', async () => {
    const { page, context } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await page.getByRole('link', { name: 'Raportit' }).click();
    await page.getByRole('link', { name: 'Esikatsele' }).click();
    await page.locator('html[data-print-ready="true"]').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Vie lausuma ja taulukot Wordiin (DOCX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('valvo-lausuma-2026.docx');
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const xml = strFromU8(files['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Lausuma toimintakertomukseen (kuntalaki 115 §)');
    expect(text).toContain(
      'vuoden 2026 talousarviossa asetettiin 9 sisäisen valvonnan ja riskienhallinnan toimenpidettä',
    );
    expect(text).toContain('Yhteensä 9 0 0 0 0 0');
    expect(text).toContain('Valtionosuusuudistus vaikeuttaa talouden suunnittelua');
    await context.close();
  });
});
