import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEMIJARVI_2026 } from '../../shared/example/kemijarvi-2026';
import type { ExampleRow, ExampleUnit } from '../../shared/example/kemijarvi-2026';
import { KEMIJARVI_2026_GOALS } from '../../shared/example/kemijarvi-2026-goals';
import { launchChromium, openApp } from '../support/browser';
import { closeOffice, officeToPdf, pdfPages } from '../support/office';
import { medianWordHeight, pdfWordBoxes, pdfWords, printFaults } from '../support/pdf-words';
import { ValvoApp } from './pages/ValvoApp';

/** The register's XLSX as people see it: opened and printed by LibreOffice Calc, read back with poppler. */

const walk = (unit: ExampleUnit): ExampleUnit[] => [unit, ...(unit.children ?? []).flatMap(walk)];
/** The example's rows: the budget chapter's tables of every kind, elsewhere a unit's internal control. */
const EXAMPLE_ROWS: ExampleRow[] = walk(KEMIJARVI_2026).flatMap((unit) => {
  const tables = unit.kind === 'costUnit' ? undefined : KEMIJARVI_2026_GOALS[unit.name];
  return tables ? tables.flatMap((table) => table.rows) : (unit.rows ?? []);
});
const EXAMPLE_ROW_TEXTS = EXAMPLE_ROWS.flatMap((row) => [
  row.objective,
  row.actions,
  row.indicator,
]);

/** A long row with every field filled, to make rows many lines tall. */
const LONG_ROW = {
  objective:
    'Hankintojen ja sopimusten elinkaaren hallinta sekä niihin liittyvien väärinkäytösriskien ennaltaehkäisy koko kaupunkikonsernissa',
  actions:
    'Päivitetään hankintaohje ja sopimushallinnan prosessikuvaus; koulutetaan tilaajat ja hyväksyjät; otetaan käyttöön neljännesvuosittainen otantatarkastus, jonka tulokset raportoidaan tarkastuslautakunnalle. Yhteistyö Itä-Lapin kuntayhtymän ja Lapin liiton kanssa jatkuu.',
  indicator: 'Ohje hyväksytty, koulutukset pidetty ja otantatarkastusten löydökset käsitelty',
  owner: 'Tietohallintopäällikkö Äijö Öljynen-Väänänen',
  deadline: '30.11.2026',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Goal rows of two kinds, imported beside the example's own, printed on their kinds' sheets. */
const GOAL_ROWS = [
  {
    Taulukko: 'Strategiset tavoitteet',
    'Sisäinen valvonta ja riskienhallinta':
      'Elinvoimainen keskusta: yritysten määrä kasvaa ja kivijalkaliikkeiden tyhjät tilat vähenevät',
    Toimenpiteet:
      'Keskustan kehittämissuunnitelma päivitetään yhdessä yrittäjien kanssa, ja tyhjille liiketiloille haetaan käyttäjiä.',
    Toteutuma: 'Uusien yritysten määrä (väh. 40) ja tyhjien liiketilojen määrä',
  },
  {
    Taulukko: 'Muut tavoitteet',
    'Sisäinen valvonta ja riskienhallinta': 'Asiakaspalvelun saavutettavuus paranee',
    Toimenpiteet: 'Sähköinen ajanvaraus otetaan käyttöön kaikissa palvelupisteissä.',
    Toteutuma: 'Asiakastyytyväisyyskyselyn tulos',
  },
];

const cellText = (value: ExcelJS.CellValue): string => {
  if (value instanceof Date) {
    return `${value.getUTCDate()}.${value.getUTCMonth() + 1}.${value.getUTCFullYear()}`;
  }
  return value === null || value === undefined ? '' : String(value);
};

/** The last printed column of each sheet, from its print area ('Toimenpiteet'!$A:$J). */
const printAreas = (file: string): Map<string, string> => {
  const workbook = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['xl/workbook.xml']!);
  const areas = workbook.matchAll(
    /<definedName name="_xlnm.Print_Area"[^>]*>&apos;(.+?)&apos;!\$A:\$([A-Z]+)<\/definedName>/g,
  );
  return new Map([...areas].map(([, sheet, column]) => [sheet!, column!]));
};

/** The texts of each sheet's printed columns (all of them without a print area) and of the rest. */
const sheetTexts = async (file: string) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const areas = printAreas(file);
  const printed: string[] = [];
  const notPrinted: string[] = [];
  for (const sheet of workbook.worksheets) {
    printed.push(sheet.name);
    const area = areas.get(sheet.name);
    const lastPrinted = area ? sheet.getColumn(area).number : sheet.columnCount;
    sheet.eachRow((row) => {
      for (let column = 1; column <= sheet.columnCount; column += 1) {
        const text = cellText(row.getCell(column).value);
        (column <= lastPrinted ? printed : notPrinted).push(text);
      }
    });
  }
  return { printed: printed.filter(Boolean), notPrinted: notPrinted.filter(Boolean) };
};

/**
 * What Calc prints besides the cells: the sheet name and "page / pages" in the footers, and a
 * shortened sheet's full name at the top of its pages.
 */
const footers = async (file: string, pages: number) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return [
    ...workbook.worksheets.flatMap((sheet) => [
      sheet.name,
      (sheet.headerFooter.oddHeader ?? '').replace(/^&L&B/, '').replace(/&&/g, '&'),
    ]),
    '/',
    ...Array.from({ length: pages }, (_, index) => String(index + 1)),
  ].filter(Boolean);
};

describe('the register’s XLSX printed by LibreOffice', () => {
  let browser: Browser;
  let work = '';
  beforeAll(async () => {
    browser = await launchChromium();
    work = mkdtempSync(join(tmpdir(), 'valvo-office-xlsx-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
    closeOffice();
  });

  const exportXlsx = async (page: Page, name: string): Promise<string> => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('region', { name: 'Vie tiedot' })
        .getByRole('button', { name: 'Vie Excel (XLSX)' })
        .click(),
    ]);
    const file = join(work, name);
    await download.saveAs(file);
    return file;
  };

  /** Imports the goal rows into the unit on screen through the row import, as CSV. */
  const importGoals = async (page: Page, unit: string) => {
    const imports = page.getByRole('region', { name: 'Tuo rivejä' });
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('region', { name: 'Vie tiedot' })
        .getByRole('button', { name: 'Vie CSV' })
        .click(),
    ]);
    const header = readFileSync(await csv.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!;
    const lines = GOAL_ROWS.map((row) =>
      header
        .split(';')
        .map((name) => ({ ...row, Yksikkö: unit, Vuosi: '2026', Tila: 'Käynnissä' })[name] ?? '')
        .join(';'),
    );
    await imports.getByLabel('Tuo rivejä (CSV tai Excel)').setInputFiles({
      name: 'tavoitteet.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${[header, ...lines].join('\r\n')}\r\n`, 'utf8'),
    });
    await imports.getByRole('button', { name: 'Tuo', exact: true }).click();
    await page
      .getByText(`Tuonti valmis: uusia rivejä ${GOAL_ROWS.length}, muutettuja 0.`)
      .waitFor();
    // Exported once the rows are on screen, as a user would (the export reads the database itself).
    for (const row of GOAL_ROWS) {
      await page
        .getByRole('rowheader', { name: row['Sisäinen valvonta ja riskienhallinta'], exact: true })
        .waitFor();
    }
  };

  it('prints the register, a sheet per table kind, readable, every word whole, identifiers left out', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit(KEMIJARVI_2026.name);
    await importGoals(page, KEMIJARVI_2026.name);
    const file = await exportXlsx(page, 'esimerkki.xlsx');
    const { printed, notPrinted } = await sheetTexts(file);
    for (const text of EXAMPLE_ROW_TEXTS) expect(printed).toContain(text);
    for (const row of GOAL_ROWS) expect(printed).toContain(row.Toimenpiteet);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheets = workbook.worksheets.map((sheet) => sheet.name);
    // The example's four table kinds, in the budget's order, before the risks.
    expect(sheets.slice(0, 4)).toEqual([
      'Strategiset tavoitteet',
      'Muut tavoitteet',
      'Tuottavuustoimenpiteet ja…',
      'Sisäinen valvonta ja…',
    ]);
    // Each goal kind's sheet is headed with the kind's own columns.
    expect(printed).toContain('Toiminnalliset tavoitteet ja painopisteet');
    const rows = workbook.worksheets.reduce((sum, sheet) => sum + sheet.rowCount - 1, 0);
    const risks = workbook.getWorksheet('Riskit');
    expect(rows - (risks ? risks.rowCount - 1 : 0)).toBe(EXAMPLE_ROWS.length + GOAL_ROWS.length);

    const pdf = officeToPdf(file, work);
    const pages = pdfPages(pdf);
    expect(printFaults(pdf, printed, await footers(file, pages))).toEqual({
      broken: [],
      missing: [],
      overlapping: [],
    });
    // Readable: word boxes at least 6 pt tall, about 5 pt DejaVu Sans, as wide as Calibri 11 pt
    // printed at 60 % (the old export printed 13 columns at about 4 pt boxes).
    expect(medianWordHeight(pdfWordBoxes(pdf))).toBeGreaterThanOrEqual(6);
    // Record ids stay on the sheet (an import reads them back) but off the paper.
    const ids = notPrinted.filter((text) => UUID.test(text));
    expect(ids).toHaveLength(rows);
    const words = new Set(pdfWords(pdf));
    expect(ids.filter((id) => words.has(id))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits rows of long text and a date to their height, nothing printed over anything else', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit('Joukkoliikenne');
    for (let copy = 0; copy < 3; copy += 1) {
      await page.getByRole('button', { name: 'Lisää rivi' }).click();
      await app.fillRow(LONG_ROW);
      await app.save();
      await app.dialog().waitFor({ state: 'detached' });
    }
    await expect.poll(() => app.row(LONG_ROW.objective).count()).toBe(3);
    const file = await exportXlsx(page, 'pitkat-rivit.xlsx');
    const { printed } = await sheetTexts(file);
    expect(printed).toContain(LONG_ROW.deadline);

    const pdf = officeToPdf(file, work);
    const pages = pdfPages(pdf);
    expect(pages).toBeLessThanOrEqual(2);
    expect(printFaults(pdf, printed, await footers(file, pages))).toEqual({
      broken: [],
      missing: [],
      overlapping: [],
    });
    expect(errors).toEqual([]);
    await context.close();
  });
});
