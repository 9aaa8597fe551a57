import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from '../web/pages/ValvoApp';
import type { Figure } from './measure';
import { median, printTable } from './measure';
import { openUnitId, seedStore } from './seed';
import { syntheticActions } from './synthetic';

/** Renders a unit summary of `rows` rows and prints it to PDF: render and printToPDF times. */
const reportFigures = async (browser: Browser, rows: number): Promise<Figure[]> => {
  const { page, context } = await openApp(browser);
  const app = new ValvoApp(page);
  await app.firstRunWithExample();
  await app.openUnit('Viestintä ja markkinointi');
  const unitId = openUnitId(page);
  await seedStore(page, 'controlActions', syntheticActions(unitId, 2026, rows));
  const url = new URL(
    `#/print/unit?scope=${unitId}&year=2026`,
    page.url().replace(/#.*$/, ''),
  ).toString();
  const render = await median(3, async () => {
    await page.goto('about:blank');
    const started = Date.now();
    await page.goto(url);
    await page.locator('html[data-print-ready="true"]').waitFor({ timeout: 120_000 });
    return Date.now() - started;
  });
  let pages = 0;
  const pdf = await median(3, async () => {
    const started = Date.now();
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return Date.now() - started;
  });
  await context.close();
  return [
    {
      measure: `unit summary of ${rows} rows: open the print route to report on screen`,
      median: render,
      target: null,
      unit: 'ms',
    },
    {
      measure: `unit summary of ${rows} rows: printToPDF (${pages} pages)`,
      median: pdf,
      target: rows <= 500 ? 1_500 : 10_000,
      unit: 'ms',
    },
  ];
};

describe('benchmark: reports', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints 500- and 5,000-row reports to PDF', async () => {
    const figures = [
      ...(await reportFigures(browser, 500)),
      ...(await reportFigures(browser, 5_000)),
    ];
    printTable('Valvo benchmark: reports to PDF (median of 3)', figures);
  });
});
