import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from '../web/pages/ValvoApp';
import { median, printTable } from './measure';
import { openUnitId, seedStore } from './seed';
import { syntheticActions } from './synthetic';

describe('benchmark: exports', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('writes 10,000 rows to XLSX in the worker, click to file', async () => {
    const { page, context } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    // The rows go to a cost unit; its area's page lists two rows and exports its whole subtree.
    await app.openUnit('Joukkoliikenne');
    await seedStore(page, 'controlActions', syntheticActions(openUnitId(page), 2026, 10_000));
    await app.openUnit('Elinkeino- ja työllisyyspalvelut');
    await app.table.waitFor({ timeout: 60_000 });
    let sheetRows = 0;
    const xlsx = await median(3, async () => {
      const started = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page
          .getByRole('region', { name: 'Vie tiedot' })
          .getByRole('button', { name: 'Vie Excel (XLSX)' })
          .click(),
      ]);
      const file = await download.path();
      const elapsed = Date.now() - started;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      // The rows are on a sheet per table kind; the last sheet is the risks'.
      sheetRows = workbook.worksheets
        .slice(0, -1)
        .reduce((sum, sheet) => sum + sheet.rowCount - 1, 0);
      return elapsed;
    });
    printTable('Valvo benchmark: exports (median of 3)', [
      {
        measure: `XLSX of ${sheetRows} rows and the risks (click to downloaded file)`,
        median: xlsx,
        target: 2_000,
        unit: 'ms',
      },
    ]);
    await context.close();
  });
});
