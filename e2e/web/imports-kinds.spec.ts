import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { STRATEGY_PRIORITIES_2026 } from '../../shared/example/kemijarvi-2026-goals';
import { ValvoApp } from './pages/ValvoApp';
import { column, csvFile, download, parseCsv, summary, writeCsv } from './pages/rowFiles';

const PARENT = 'Elinkeino- ja työllisyyspalvelut';
const FILE_LABEL = 'Tuo rivejä (CSV tai Excel)';

describe('importing and exporting rows of every table kind in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // A priority the example's year lacks, added in Settings after the budget's five.
  const PRIORITY = 'KESTÄVÄ JA VIHREÄ KAUPUNKI';
  const GOALS = [
    { kind: 'Strategiset tavoitteet', priority: PRIORITY, objective: 'Tuotu strateginen tavoite' },
    { kind: 'other goals', priority: '', objective: 'Tuotu muu tavoite' },
    { kind: 'Konserniyhteisöjen tavoitteet', priority: '', objective: 'Tuotu konsernin tavoite' },
  ];
  const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  it('imports goal rows by kind and priority, refuses an unknown kind where it is, and reads its XLSX back', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    // The year's priority, kept in Settings.
    await page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Asetukset', exact: true })
      .click();
    await page.getByLabel('Uusi painopiste vuodelle 2026 (pakollinen)').fill(PRIORITY);
    await page.getByRole('button', { name: 'Lisää painopiste' }).click();
    await page.getByRole('textbox', { name: `Painopiste: ${PRIORITY}` }).waitFor();
    await page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Yksiköt', exact: true })
      .click();
    await app.openUnit(PARENT);
    const exports = page.getByRole('region', { name: 'Vie tiedot' });
    const imports = page.getByRole('region', { name: 'Tuo rivejä' });
    const input = imports.getByLabel(FILE_LABEL);
    await exports.getByText(`Yksikkö ${PARENT} alayksiköineen`).waitFor();
    const exportCsv = () =>
      download(page, () => exports.getByRole('button', { name: 'Vie CSV' }).click());
    const before = await exportCsv();
    const { header } = parseCsv(before);
    const line = (values: Record<string, string>) => header.map((name) => values[name] ?? '');
    const goalLine = ({ kind, priority, objective }: (typeof GOALS)[number]) =>
      line({
        Yksikkö: PARENT,
        Vuosi: '2026',
        Taulukko: kind,
        Painopiste: priority,
        'Sisäinen valvonta ja riskienhallinta': objective,
        Toimenpiteet: 'Seurataan neljännesvuosittain.',
        Tila: 'Ei aloitettu',
      });

    // An unknown kind and a priority not in the year's list: located errors, nothing imported.
    const bad = writeCsv({
      header,
      rows: [
        goalLine(GOALS[0]!),
        goalLine({ ...GOALS[1]!, kind: 'Talousarvion tavoitteet' }),
        goalLine({ ...GOALS[0]!, priority: 'HYVÄ ARKI', objective: 'Toinen' }),
      ],
    });
    await input.setInputFiles(csvFile(bad, 'taulukot.csv'));
    const errorList = imports.getByRole('list', { name: 'Virheet' });
    await errorList.waitFor();
    expect(await errorList.getByRole('listitem').allTextContents()).toEqual([
      'Rivi 3, sarake Taulukko: Taulukkoa ”Talousarvion tavoitteet” ei ole. Käytä jotakin näistä: Strategiset tavoitteet, Muut tavoitteet, Tuottavuustoimenpiteet ja -hankkeet, Sisäinen valvonta ja riskienhallinta, Konserniyhteisöjen tavoitteet.',
      `Rivi 4, sarake Painopiste: Painopistettä ”HYVÄ ARKI” ei ole vuoden 2026 luettelossa. Vuoden painopisteet: ${[...STRATEGY_PRIORITIES_2026, PRIORITY].join(', ')}.`,
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    expect((await exportCsv()).equals(before)).toBe(true);
    await imports.getByRole('button', { name: 'Sulje' }).click();

    // The good file: each row lands in its own table, the strategy goal under its priority.
    await input.setInputFiles(csvFile(writeCsv({ header, rows: GOALS.map(goalLine) })));
    await summary(imports, 3, 0, 0);
    await imports.getByRole('button', { name: 'Tuo', exact: true }).click();
    await page.getByText('Tuonti valmis: uusia rivejä 3, muutettuja 0.').waitFor();
    // Captions read "Strategiset tavoitteet, <priority>: yksikön …".
    const tableOf = (kind: string) => page.getByRole('table', { name: new RegExp(`^${kind}: `) });
    await tableOf(`Strategiset tavoitteet, ${PRIORITY}`)
      .getByRole('rowheader', { name: GOALS[0]!.objective })
      .waitFor();
    await tableOf('Muut tavoitteet')
      .getByRole('rowheader', { name: GOALS[1]!.objective })
      .waitFor();
    await tableOf('Konserniyhteisöjen tavoitteet')
      .getByRole('rowheader', { name: GOALS[2]!.objective })
      .waitFor();

    // The CSV names each row's kind and the strategy goal's priority.
    const csv = parseCsv(await exportCsv());
    const kindOf = (objective: string) => {
      const record = csv.rows.find(
        (row) => row[column(csv, 'Sisäinen valvonta ja riskienhallinta')] === objective,
      )!;
      return [record[column(csv, 'Taulukko')], record[column(csv, 'Painopiste')]];
    };
    expect(GOALS.map((goal) => kindOf(goal.objective))).toEqual([
      ['Strategiset tavoitteet', PRIORITY],
      ['Muut tavoitteet', ''],
      ['Konserniyhteisöjen tavoitteet', ''],
    ]);

    // The XLSX has a sheet per kind, with the kind's headings; it reads back all unchanged.
    const xlsx = await download(page, () =>
      exports.getByRole('button', { name: 'Vie Excel (XLSX)' }).click(),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx).buffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(0, 2)).toEqual(['Strategiset tavoitteet', 'Muut tavoitteet']);
    expect(names).toContain('Konserniyhteisöjen tavoitteet');
    expect(names.at(-1)).toBe('Riskit');
    const strategy = workbook.getWorksheet('Strategiset tavoitteet')!;
    const headings = (strategy.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(headings.slice(0, 5)).toEqual([
      'Yksikkö',
      'Painopiste',
      'Tavoite',
      'Toimenpiteet',
      'Mittarit',
    ]);
    // The imported goal among the unit's own strategy goals, under its priority.
    const goalRows: ExcelJS.Row[] = [];
    strategy.eachRow((row) => {
      if (row.getCell(3).value === GOALS[0]!.objective) goalRows.push(row);
    });
    expect(goalRows.map((row) => row.getCell(2).value)).toEqual([PRIORITY]);
    const csvRows = csv.rows.length;
    await input.setInputFiles({ name: 'rekisteri.xlsx', mimeType: XLSX_TYPE, buffer: xlsx });
    await summary(imports, 0, 0, csvRows);
    await imports.getByText('Tiedoston rivit vastaavat jo rekisteriä: tuotavaa ei ole.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    expect(errors).toEqual([]);
    await context.close();
  });
});
