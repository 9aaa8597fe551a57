import type { Browser, Page } from 'playwright-core';
import { fi } from '../../renderer/i18n/fi';
import { openApp } from '../support/browser';
import { MergePage } from '../web/pages/MergePage';
import { PackagesPage } from '../web/pages/PackagesPage';
import { ValvoApp } from '../web/pages/ValvoApp';
import { issueExamplePackage, openPackageAsManager } from '../web/pages/packageExchange';
import { seed2027 } from '../web/pages/secondYear';
import { addDocsGoals } from './docsGoals';
import type { Printed } from './printed';
import { printOpenReport } from './printed';

const AREA = 'Viestintä ja markkinointi';
const MANAGER = 'Eero Esihenkilö';
const ROW = 'Vähennetään väärinymmärrysten, epäselvän viestinnän ja ylikuormituksen riskiä.';

/** Reports screen → report, scope (and years) → preview, ready to print. */
const openPreview = async (
  app: ValvoApp,
  type: string,
  scope: string,
  years?: { from: string; to: string },
) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Raportit', exact: true }).click();
  await page.getByLabel('Raportti').selectOption({ label: type });
  if (years) {
    await page.getByLabel('Vuoteen').selectOption(years.to);
    await page.getByLabel('Vuodesta').selectOption(years.from);
  }
  await app.chooseOption('Rajaus', scope);
  await page.getByRole('link', { name: 'Esikatsele' }).click();
  await page.locator('html[data-print-ready="true"]').waitFor();
};

/** One row of the area gets a status, a note and a deadline, so its columns have something. */
const updateOneRow = async (app: ValvoApp) => {
  await app.openUnit(AREA);
  await app.row(ROW).getByRole('button', { name: 'Päivitä tila' }).click();
  await app.dialog().getByLabel('Tila').selectOption('in_progress');
  await app
    .dialog()
    .getByLabel('Edistymismerkintä')
    .fill('Viestintäprosessin kuvaus luonnosteltu, kommentoitavana johtoryhmässä.');
  await app.save();
  await app.dialog().waitFor({ state: 'detached' });
};

/**
 * The controller's Valvo with the example, one row updated, a second plan year, and goals with
 * indicators added to the area (after the year: its seed reads the example's rows as loaded).
 */
const exampleRegister = async (browser: Browser) => {
  const opened = await openApp(browser);
  const app = new ValvoApp(opened.page);
  await app.firstRunWithExample();
  await updateOneRow(app);
  await seed2027(opened.page);
  // Written past Dexie: its live queries start afresh.
  await opened.page.reload();
  await opened.page.getByRole('navigation', { name: 'Organisaatio' }).waitFor();
  await addDocsGoals(app, AREA);
  return { ...opened, app };
};

const back = (page: Page) => page.getByRole('link', { name: 'Takaisin' }).click();

/** A returned package merged: the manager changed one row's actions and owner. */
const mergeReport = async (browser: Browser): Promise<Printed> => {
  const { controller, packagePath } = await issueExamplePackage(browser, {
    area: AREA,
    issuedTo: MANAGER,
  });
  const manager = await openPackageAsManager(browser, {
    packagePath,
    name: MANAGER,
    unit: AREA,
  });
  const managerApp = new ValvoApp(manager.page);
  await managerApp.row(ROW).getByRole('button', { name: 'Muokkaa' }).click();
  await managerApp.fillRow({
    actions: 'Selkeytetään viestintäprosesseja, nimetään varahenkilöt ja priorisoidaan tehtäviä.',
    owner: MANAGER,
  });
  await managerApp.save();
  await managerApp.dialog().waitFor({ state: 'detached' });
  const returned = await new PackagesPage(manager.page).returnPackage();
  const merge = new MergePage(controller.page);
  await merge.open();
  await merge.chooseFile(await returned.path());
  await merge.preview(AREA, 2026).waitFor();
  await merge.merge(AREA, 2026);
  await merge.openPrintView();
  const printed = await printOpenReport(controller.page, 'merge-report');
  await manager.context.close();
  await controller.context.close();
  return printed;
};

/** Unit summary, audit committee pack, year comparison and merge report, in Finnish. */
export const finnishReports = async (browser: Browser): Promise<Printed[]> => {
  const { page, context, app } = await exampleRegister(browser);
  const printed: Printed[] = [];
  await openPreview(app, 'Yksikön yhteenveto', AREA);
  printed.push(await printOpenReport(page, 'unit-summary'));
  await back(page);
  await openPreview(app, 'Tarkastuslautakunnalle', 'Kemijärven kaupunki');
  printed.push(await printOpenReport(page, 'audit-committee'));
  await back(page);
  await openPreview(app, 'Vuosien vertailu', 'Kemijärven kaupunki', { from: '2026', to: '2027' });
  printed.push(await printOpenReport(page, 'year-comparison'));
  await context.close();
  printed.push(await mergeReport(browser));
  return printed;
};

/** The audit committee pack in Swedish (the example's own texts stay Finnish). */
export const auditPackInSwedish = async (browser: Browser): Promise<Printed[]> => {
  const { page, context, app } = await exampleRegister(browser);
  await openPreview(app, 'Tarkastuslautakunnalle', 'Kemijärven kaupunki');
  const url = page.url();
  await back(page);
  await page.getByRole('link', { name: fi.nav.settings }).click();
  await page.getByLabel('Kieli / Språk / Language').selectOption('sv');
  await page.locator('html[lang="sv"]').waitFor({ state: 'attached' });
  await page.goto(url);
  await page.locator('html[data-print-ready="true"]').waitFor();
  const printed = await printOpenReport(page, 'audit-committee-sv');
  await context.close();
  return [printed];
};
