import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { printPdf, squash } from '../support/pdf';
import { MergePage } from './pages/MergePage';
import { PackagesPage } from './pages/PackagesPage';
import { ValvoApp } from './pages/ValvoApp';

const DIVISION = 'Konserni- ja elinvoimapalvelut';
const UNIT = 'Viestintä ja markkinointi';
const ROW = 'Vähennetään väärinymmärrysten, epäselvän viestinnän ja ylikuormituksen riskiä.';
const MANAGER = 'Eero Esihenkilö';
const THEIR_ACTIONS = 'Yksikön päivittämät toimenpiteet';
const OUR_ACTIONS = 'Controllerin päivittämät toimenpiteet';
/** Row cells after the row header: actions, indicator, owner, deadline, status. */
const ACTIONS_CELL = 0;
const OWNER_CELL = 2;

/** Edits one row of the open unit through its dialog and waits for the table to show it. */
const editRow = async (app: ValvoApp, values: { actions?: string; owner?: string }) => {
  await app.row(ROW).getByRole('button', { name: 'Muokkaa' }).click();
  await app.fillRow(values);
  await app.save();
  await app.dialog().waitFor({ state: 'detached' });
  if (values.actions !== undefined)
    await expect
      .poll(() => app.row(ROW).getByRole('cell').nth(ACTIONS_CELL).textContent())
      .toBe(values.actions);
};

/** The controller's Valvo: the example register, and the unit's package issued to its manager. */
const issuePackage = async (page: Page) => {
  await new ValvoApp(page).firstRunWithExample();
  const packages = new PackagesPage(page);
  await packages.open();
  await packages.expand(DIVISION);
  await packages.select(UNIT, 'Vastuualue', MANAGER);
  const issued = await packages.export();
  return issued.path();
};

/** The unit manager's Valvo: opens the package, edits the row, writes the return. */
const editAndReturn = async (page: Page, issuedPath: string) => {
  const app = new ValvoApp(page);
  const unitSide = new PackagesPage(page);
  await app.createProfile(MANAGER, 'unitManager');
  await unitSide.openFile(issuedPath);
  await page.getByRole('heading', { level: 1, name: UNIT }).waitFor();
  await app.row(ROW).waitFor();
  await editRow(app, { actions: THEIR_ACTIONS, owner: MANAGER });
  const returned = await unitSide.returnPackage();
  return returned.path();
};

/**
 * Two people, two Valvos: the controller issues a package, the unit manager (a second browser
 * context with its own IndexedDB) edits and returns it, the controller has meanwhile changed the
 * same field, merges, resolves the conflict, and the register and the change log show it.
 */
describe('merging a returned unit package', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('merges the unit’s return with one conflict resolved, and the log names the package', async () => {
    const controller = await openApp(browser);
    const manager = await openApp(browser);
    const issuedPath = await issuePackage(controller.page);
    const returnPath = await editAndReturn(manager.page, issuedPath);
    const returnFile = JSON.parse(await readFile(returnPath, 'utf8')) as { returnId: string };

    const app = new ValvoApp(controller.page);
    await controller.page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Yksiköt' })
      .click();
    await app.openUnit(UNIT);
    await editRow(app, { actions: OUR_ACTIONS });

    const merge = new MergePage(controller.page);
    await merge.open();
    await merge.history.getByText('Paketteja ei ole vielä yhdistetty.').waitFor();
    expect(await seriousViolations(controller.page)).toEqual([]);

    await merge.chooseFile(returnPath);
    const preview = merge.preview(UNIT, 2026);
    await preview.waitFor();
    expect(await merge.count('Ristiriidat')).toBe('1');
    expect(await merge.count('Lisätään')).toBe('0');
    const conflict = controller.page.getByRole('table', { name: `Ristiriita: ${ROW}` });
    const actionsRow = conflict.getByRole('row', { name: /^Toimenpiteet/ });
    expect(await actionsRow.getByRole('cell').nth(1).textContent()).toBe(OUR_ACTIONS);
    expect(await actionsRow.getByRole('cell').nth(2).textContent()).toBe(THEIR_ACTIONS);
    // The unit's other change to the same row (its owner) is taken with the merge.
    expect(
      await preview.getByText('Yksiköltä otetaan lisäksi:').locator('..').textContent(),
    ).toMatch(new RegExp(`Vastuuhenkilö: .* → ${MANAGER}`));
    await expect.poll(() => merge.mergeButton().textContent()).toBe('Yhdistä (1 ratkaisematta)');
    expect(await merge.mergeButton().isDisabled()).toBe(true);
    expect(await seriousViolations(controller.page)).toEqual([]);

    // Resolved from the keyboard: focus the group's first choice and take "Heidän" with Space.
    await merge.choice('Toimenpiteet').getByRole('radio', { name: 'Heidän' }).focus();
    await controller.page.keyboard.press('Space');
    await expect.poll(() => merge.mergeButton().isEnabled()).toBe(true);
    await merge.merge(UNIT, 2026);
    const report = controller.page.getByRole('article');
    await report.getByRole('heading', { name: 'Ratkaistut ristiriidat' }).waitFor();
    expect(await report.textContent()).toContain(`Heidän: ${THEIR_ACTIONS}`);
    expect(await seriousViolations(controller.page)).toEqual([]);

    await merge.openPrintView();
    const pdf = await printPdf(controller.page);
    expect(squash(pdf.text)).toContain(squash(`Yhdistämisraportti: ${UNIT}, 2026`));
    expect(squash(pdf.text)).toContain(squash(THEIR_ACTIONS));
    expect(new Set(pdf.pageSizes)).toEqual(new Set([pdf.pageSizes[0]]));
    // A4 landscape, as the other reports print.
    expect(pdf.pageSizes[0]).toMatch(/^841\.\d+ x 59\d\.\d+ pts \(A4\)$/);

    // The register has the merged values: their actions (the conflict) and their owner.
    await controller.page.goto(controller.page.url().replace(/#.*$/, '#/units'));
    await app.openUnit(UNIT);
    await expect
      .poll(() => app.row(ROW).getByRole('cell').nth(ACTIONS_CELL).textContent())
      .toBe(THEIR_ACTIONS);
    expect(await app.row(ROW).getByRole('cell').nth(OWNER_CELL).textContent()).toBe(MANAGER);

    // The change log names the package in every event of the merge.
    const source = `Yksikköpaketti ${UNIT} 2026, palautus ${MANAGER} 15.6.2026 (${returnFile.returnId})`;
    await controller.page.goto(controller.page.url().replace(/#.*$/, '#/audit?op=merge'));
    const log = controller.page.getByRole('table', { name: 'Muutosloki, uusin ensin' });
    await expect.poll(() => log.getByText(source).count()).toBe(2);
    expect(await log.getByRole('row').filter({ hasText: source }).allTextContents()).toEqual([
      expect.stringContaining('Paketin yhdistäminen'),
      expect.stringContaining(THEIR_ACTIONS),
    ]);

    // The same return again changes nothing and says so.
    await merge.open();
    await merge.history.getByRole('link', { name: /^Avaa raportti/ }).waitFor();
    await merge.chooseFile(returnPath);
    await controller.page.getByText(/^Tämä palautus on jo yhdistetty/).waitFor();

    expect(controller.errors).toEqual([]);
    expect(manager.errors).toEqual([]);
    await controller.context.close();
    await manager.context.close();
  });

  it('refuses a hand-edited return with the place of the problem, changing nothing', async () => {
    const controller = await openApp(browser);
    await new ValvoApp(controller.page).firstRunWithExample();
    const merge = new MergePage(controller.page);
    await merge.open();
    await merge.chooseFile({
      name: 'palautus.valvo-paketti.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"valvo-unit-package",'),
    });
    const problems = controller.page.getByRole('region', {
      name: 'Pakettia palautus.valvo-paketti.json ei voitu lukea',
    });
    await problems.waitFor();
    expect(await problems.textContent()).toContain('Koko tiedosto');
    expect(await problems.getByRole('alert').textContent()).toContain('Mitään ei muutettu.');
    expect(await seriousViolations(controller.page)).toEqual([]);
    expect(controller.errors).toEqual([]);
    await controller.context.close();
  });
});
