import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { KEMIJARVI_2026_GOALS } from '../../shared/example/kemijarvi-2026-goals';
import { ValvoApp } from './pages/ValvoApp';
import { risksTable, shownActions, shownRisks } from './pages/shownRows';

const PARENT = 'Elinkeino- ja työllisyyspalvelut';
const CHILD = 'Joukkoliikenne';

const TRICKY = {
  objective: 'Hyvä "laatu"; ärhäkkä ö-tarkastus',
  actions: 'Ensimmäinen vaihe; "lainaus"\nToinen vaihe: äöå',
  indicator: 'Mittari ä/ö',
  owner: 'Äijö Öljynen',
  deadline: '15.5.2026',
};
const FORMULA = {
  objective: '=HYPERLINK("http://example.invalid";"Avaa")',
  actions: '+358 40 123 4567',
  indicator: '-1+1',
  owner: '@esimies',
  deadline: '30.9.2026',
};

const addRow = async (app: ValvoApp, values: typeof TRICKY) => {
  await app.page.getByRole('button', { name: 'Lisää rivi' }).click();
  await app.fillRow(values);
  await app.save();
  await app.dialog().waitFor({ state: 'detached' });
};

const download = async (
  page: Page,
  click: () => Promise<void>,
): Promise<{ file: Download; bytes: Buffer }> => {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
};

const byHeader = (header: string[], row: string[]) =>
  Object.fromEntries(header.map((name, index) => [name, row[index] ?? '']));

describe('register exports in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('exports a unit and its subtree as CSV and XLSX that read back as the register shows them', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();

    await app.openUnit(CHILD);
    await addRow(app, FORMULA);
    await app.row(FORMULA.objective).waitFor();
    const childActions = await shownActions(page, CHILD);
    const childRisks = await shownRisks(page, CHILD);

    await app.openUnit(PARENT);
    await addRow(app, TRICKY);
    await app.row(TRICKY.objective).waitFor();
    await app.row(TRICKY.objective).getByRole('button', { name: 'Päivitä tila' }).click();
    await app.dialog().getByLabel('Edistymismerkintä').fill('Aloitettu; "hyvin"');
    await app.save();
    await app.dialog().waitFor({ state: 'detached' });
    await app.row(TRICKY.objective).getByText('Merkinnät (1)').waitFor();
    const parentActions = await shownActions(page, PARENT);
    await risksTable(page).waitFor();
    const parentRisks = await shownRisks(page, PARENT);
    const expectedActions = [...parentActions, ...childActions];
    const expectedRisks = [...parentRisks, ...childRisks];
    expect(expectedActions).toHaveLength(4);
    expect(expectedActions).toContainEqual(
      expect.objectContaining({
        ...TRICKY,
        unit: PARENT,
        status: 'Ei aloitettu',
        overdue: 'Kyllä',
      }),
    );
    expect(expectedRisks.length).toBeGreaterThan(0);

    const exports = page.getByRole('region', { name: 'Vie tiedot' });
    await exports.getByText(`Yksikkö ${PARENT} alayksiköineen`).waitFor();

    // CSV of the rows.
    const csv = await download(page, () =>
      exports.getByRole('button', { name: 'Vie CSV' }).click(),
    );
    expect(csv.file.suggestedFilename()).toBe(
      'valvo-toimenpiteet-2026-elinkeino-ja-tyollisyyspalvelut.csv',
    );
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFYksikkö;Yksikön tunnus;Vuosi;Sisäinen valvonta ja riskienhallinta;Toimenpiteet;Toteutuma;Vastuuhenkilö;Määräaika;Tila;Myöhässä;Viimeisin edistymismerkintä;Toteuma;Id;Taulukko;Painopiste;Mittareiden toteutuminen;Rivin arvio',
    );
    expect(text).toContain(`"'${FORMULA.objective.replace(/"/g, '""')}"`);
    const parsed = Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    const [header = [], ...records] = parsed.data;
    const rows = records.map((record) => byHeader(header, record));
    // The unit's goal tables come along, each row named by its table; the internal-control
    // rows read back as the unit pages show them.
    const goalRows = KEMIJARVI_2026_GOALS[PARENT]!.filter(
      (table) => table.kind !== 'internalControl',
    ).flatMap((table) => table.rows);
    expect(
      rows.filter((row) => row['Taulukko'] !== 'Sisäinen valvonta ja riskienhallinta'),
    ).toHaveLength(goalRows.length);
    expect(
      rows
        .filter((row) => row['Taulukko'] === 'Sisäinen valvonta ja riskienhallinta')
        .map((row) => ({
          unit: row['Yksikkö'],
          objective: row['Sisäinen valvonta ja riskienhallinta']?.replace(/^'(?=[=+\-@])/, ''),
          actions: row['Toimenpiteet']?.replace(/^'(?=[=+\-@])/, ''),
          indicator: row['Toteutuma']?.replace(/^'(?=[=+\-@])/, ''),
          owner: row['Vastuuhenkilö']?.replace(/^'(?=[=+\-@])/, ''),
          deadline: row['Määräaika'],
          status: row['Tila'],
          overdue: row['Myöhässä'],
        })),
    ).toEqual(expectedActions);
    const tricky = rows.find(
      (row) => row['Sisäinen valvonta ja riskienhallinta'] === TRICKY.objective,
    );
    expect(tricky).toMatchObject({
      Vuosi: '2026',
      Toimenpiteet: TRICKY.actions,
      'Viimeisin edistymismerkintä':
        '15.6.2026 Maija Meikäläinen (Ei aloitettu): Aloitettu; "hyvin"',
    });
    const formula = rows.find((row) => row['Yksikkö'] === CHILD);
    expect(formula).toMatchObject({
      'Sisäinen valvonta ja riskienhallinta': `'${FORMULA.objective}`,
      Toimenpiteet: `'${FORMULA.actions}`,
      Toteutuma: `'${FORMULA.indicator}`,
      Vastuuhenkilö: `'${FORMULA.owner}`,
    });

    // CSV of the risks.
    await exports.getByLabel('CSV-tiedoston taulukko').selectOption({ label: 'Riskit' });
    const riskCsv = await download(page, () =>
      exports.getByRole('button', { name: 'Vie CSV' }).click(),
    );
    expect(riskCsv.file.suggestedFilename()).toBe(
      'valvo-riskit-elinkeino-ja-tyollisyyspalvelut.csv',
    );
    const riskRows = Papa.parse<string[]>(riskCsv.bytes.toString('utf8'), {
      delimiter: ';',
      newline: '\r\n',
    }).data;
    const [riskHeader = [], ...riskRecords] = riskRows;
    expect(
      riskRecords.map((record) => {
        const row = byHeader(riskHeader, record);
        return {
          unit: row['Yksikkö'],
          title: row['Riski'],
          category: row['Riskiluokka'],
          owner: row['Vastuuhenkilö'],
          status: row['Tila'],
          inherent: [row['Bruttoriskin taso'], row['Bruttoriskin pisteet']]
            .filter(Boolean)
            .join(' '),
          residual: [row['Nettoriskin taso'], row['Nettoriskin pisteet']].filter(Boolean).join(' '),
          review: row['Seuraava arviointi'],
        };
      }),
    ).toEqual(expectedRisks);

    // XLSX, built in the worker under the production CSP. The worker script is held back a
    // moment so the progress can be seen and checked, and it gets a first line that stops the
    // worker unless eval is refused in it: only then did the CSP header really apply.
    let workerCsp: string | undefined;
    await page.route('**/xlsx.worker-*.js', async (route) => {
      const response = await route.fetch();
      workerCsp = response.headers()['content-security-policy'];
      const probe =
        "try{(0,eval)('1');throw new Error('CSP not applied: eval ran in the worker')}catch(e){if(!(e instanceof EvalError))throw e}\n";
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.fulfill({ response, body: probe + (await response.text()) });
    });
    const xlsxPromise = download(page, () =>
      exports.getByRole('button', { name: 'Vie Excel (XLSX)' }).click(),
    );
    await exports.getByRole('status').getByText('Valmistellaan Excel-tiedostoa…').waitFor();
    expect(await exports.locator('progress').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    const xlsx = await xlsxPromise;
    expect(xlsx.file.suggestedFilename()).toBe(
      'valvo-rekisteri-2026-elinkeino-ja-tyollisyyspalvelut.xlsx',
    );
    expect(workerCsp).toContain("script-src 'self'");
    expect(workerCsp).not.toContain('unsafe-eval');
    await exports.locator('progress').waitFor({ state: 'detached' });
    await page.getByText('Vienti valmis: valvo-rekisteri-2026').waitFor();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
    // A sheet of rows per table kind, in the kinds' order, then the risks.
    const rowSheets = workbook.worksheets.slice(0, -1);
    expect(workbook.worksheets.at(-1)?.name).toBe('Riskit');
    expect(rowSheets.map((sheet) => sheet.name)).toContain('Sisäinen valvonta ja…');
    const sheet = workbook.getWorksheet('Sisäinen valvonta ja…')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const headerRow = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1) as string[];
    // The CSV's columns but the priority (internal control has none), the identifiers at the
    // right end (they do not print).
    const identifiers = ['Yksikön tunnus', 'Vuosi', 'Taulukko', 'Id'];
    expect([...headerRow].sort()).toEqual(header.filter((name) => name !== 'Painopiste').sort());
    expect(headerRow.slice(-identifiers.length)).toEqual(identifiers);
    const deadlineColumn = headerRow.indexOf('Määräaika') + 1;
    const sheetRows: Record<string, string>[] = [];
    for (const rowSheet of rowSheets) {
      const names = (rowSheet.getRow(1).values as ExcelJS.CellValue[]).slice(1) as string[];
      rowSheet.eachRow((row, number) => {
        if (number === 1) return;
        const cells = names.map((_, index) => {
          const value = row.getCell(index + 1).value;
          if (value instanceof Date)
            return `${value.getUTCDate()}.${value.getUTCMonth() + 1}.${value.getUTCFullYear()}`;
          return value === null || value === undefined ? '' : String(value);
        });
        sheetRows.push(byHeader(names, cells));
      });
    }
    const sheetRowOf = (id: string) => sheetRows.find((row) => row['Id'] === id);
    const idColumn = header.indexOf('Id');
    // The same rows as the CSV, except that the XLSX keeps formula-like text as text, unprefixed.
    expect(sheetRows).toHaveLength(records.length);
    for (const record of records) {
      const expected = byHeader(
        header,
        record.map((cell) => cell.replace(/^'(?=[=+\-@])/, '')),
      );
      // A goal kind's sheet heads the three texts with its own names; the rest is the CSV's.
      const actual = sheetRowOf(record[idColumn]!) ?? {};
      const common = Object.entries(expected).filter(([name]) => name in actual);
      expect(common.length).toBeGreaterThanOrEqual(header.length - 4);
      expect(actual).toMatchObject(Object.fromEntries(common));
    }
    const sheetRowNumber = (objective: string) => {
      let found = 0;
      sheet.eachRow((row, number) => {
        if (row.values && (row.values as ExcelJS.CellValue[]).includes(objective)) found = number;
      });
      return found;
    };
    const trickyDate = sheet.getRow(sheetRowNumber(TRICKY.objective)).getCell(deadlineColumn);
    expect(trickyDate.value).toEqual(new Date(Date.UTC(2026, 4, 15)));
    expect(trickyDate.numFmt).toBe('d.m.yyyy');
    expect(sheet.getRow(2).getCell(deadlineColumn).numFmt).toBe('d.m.yyyy');
    const formulaCell = sheet
      .getRow(sheetRowNumber(FORMULA.objective))
      .getCell(headerRow.indexOf('Sisäinen valvonta ja riskienhallinta') + 1);
    expect(formulaCell.type).toBe(ExcelJS.ValueType.String);
    expect(formulaCell.value).toBe(FORMULA.objective);
    const trickyIndex = sheetRowNumber(TRICKY.objective) - 2;
    // Rows as tall as their wrapped text; a bold header; A4 landscape, one page wide.
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(trickyIndex + 2).height).toBeGreaterThanOrEqual(30);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    const riskSheet = workbook.getWorksheet('Riskit')!;
    expect(riskSheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(riskSheet.rowCount - 1).toBe(expectedRisks.length);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains in Finnish when the XLSX cannot be built, and saves nothing', async () => {
    const { page, context } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit(PARENT);
    await page.route('**/xlsx.worker-*.js', (route) => route.abort());
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    const exports = page.getByRole('region', { name: 'Vie tiedot' });
    await exports.getByRole('button', { name: 'Vie Excel (XLSX)' }).click();
    const alert = exports.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /^⚠ Vienti epäonnistui, eikä tiedostoa tallennettu\./,
    );
    expect(await exports.locator('progress').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(downloads).toBe(0);
    await context.close();
  });
});
