import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { KEMIJARVI_2026 } from '../../shared/example/kemijarvi-2026';
import { openApp } from '../support/browser';
import { officeToPdf } from '../support/office';
import { ValvoApp } from '../web/pages/ValvoApp';
import { addDocsGoals } from './docsGoals';
import type { Printed } from './printed';

/** Clicks a button that downloads a file and keeps the file in `dir` as `name`. */
const download = async (page: Page, click: () => Promise<void>, dir: string, name: string) => {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, name);
  await file.saveAs(path);
  return path;
};

/**
 * The example register's XLSX and the audit pack's DOCX (with goals added), as LibreOffice
 * prints them: what a controller sees when opening the exports in Calc or Writer.
 */
export const officeExports = async (browser: Browser): Promise<Printed[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'valvo-docs-office-'));
  const { page, context } = await openApp(browser);
  const app = new ValvoApp(page);
  await app.firstRunWithExample();
  await app.openUnit(KEMIJARVI_2026.name);
  const xlsx = await download(
    page,
    () =>
      page
        .getByRole('region', { name: 'Vie tiedot' })
        .getByRole('button', { name: 'Vie Excel (XLSX)' })
        .click(),
    dir,
    'rekisteri.xlsx',
  );
  // The DOCX with goals, so that it shows the activity report's goal section too.
  await addDocsGoals(app, 'Viestintä ja markkinointi');
  await page.getByRole('link', { name: 'Raportit', exact: true }).click();
  await page.getByRole('link', { name: 'Esikatsele' }).click();
  await page.locator('html[data-print-ready="true"]').waitFor();
  const docx = await download(
    page,
    () => page.getByRole('button', { name: 'Vie lausuma ja taulukot Wordiin (DOCX)' }).click(),
    dir,
    'lausuma.docx',
  );
  await context.close();
  return [
    { name: 'export-xlsx', file: officeToPdf(xlsx, dir) },
    { name: 'export-docx', file: officeToPdf(docx, dir) },
  ];
};
