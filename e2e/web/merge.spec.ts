import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEMIJARVI_2026_GOALS } from '../../shared/example/kemijarvi-2026-goals';
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
const INDICATOR_ROW = 'Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan.';
const MEASURE = 'Kyselyyn vastanneiden määrä';
/** The row's own indicators in the example (its Toteutuma, a text): nobody judges them here. */
const EXAMPLE_INDICATORS = (KEMIJARVI_2026_GOALS[UNIT] ?? [])
  .flatMap((table) => table.rows)
  .filter((row) => row.objective === INDICATOR_ROW)
  .flatMap((row) => row.indicators.map((indicator) => indicator.text));
/** The rule waits for every indicator: ours judged, the example's still open. */
const VERDICT = `Arvioitu 1/${EXAMPLE_INDICATORS.length + 1} mittaria`;
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
const issuePackage = async (page: Page, { withExample } = { withExample: true }) => {
  if (withExample) await new ValvoApp(page).firstRunWithExample();
  const packages = new PackagesPage(page);
  await packages.open();
  await packages.expand(DIVISION);
  await packages.select(UNIT, 'Vastuualue', MANAGER);
  const issued = await packages.export();
  return issued.path();
};

/** The controller gives a row of the open unit an indicator: from 120 towards 300 answers. */
const addIndicator = async (app: ValvoApp) => {
  await app.row(INDICATOR_ROW).getByRole('button', { name: 'Mittarit' }).click();
  const dialog = app.dialog(`Mittarit: ${INDICATOR_ROW}`);
  await dialog.getByRole('button', { name: 'Lisää mittari' }).click();
  await dialog.getByLabel('Mittari (pakollinen)', { exact: true }).fill(MEASURE);
  await dialog.getByLabel('Yksikkö').fill('kpl');
  await dialog.getByLabel('Lähtötaso').fill('120');
  await dialog.getByLabel('Tavoite').fill('300');
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await dialog
    .getByRole('listitem', { name: MEASURE })
    .getByText('300 kpl · suurempi on parempi')
    .waitFor();
  await app.page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
};

/** The unit manager, in package mode, records 310 answers and judges the indicator as suggested. */
const measureAndJudge = async (app: ValvoApp) => {
  await app.page.getByRole('heading', { level: 1, name: UNIT }).waitFor();
  await app.row(INDICATOR_ROW).getByRole('button', { name: 'Mittarit' }).click();
  const dialog = app.dialog(`Mittarit: ${INDICATOR_ROW}`);
  const card = dialog.getByRole('listitem', { name: MEASURE });
  await card.getByRole('button', { name: 'Kirjaa toteuma' }).click();
  await dialog.getByLabel('Toteuma (pakollinen)', { exact: true }).fill('310');
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await card.getByText(/^310 kpl \(/).waitFor();
  await card.getByRole('button', { name: 'Arvioi' }).click();
  expect(await dialog.getByLabel('Arvio', { exact: true }).inputValue()).toBe('met');
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  // The card's judgement, no longer "Ei arvioitu · … ehdotus: toteutunut".
  await card.getByText('Toteutunut', { exact: true }).waitFor();
  for (const text of EXAMPLE_INDICATORS)
    await dialog.getByRole('listitem', { name: text }).waitFor();
  await dialog.getByText(VERDICT, { exact: true }).waitFor();
  await app.page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
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

  it('carries an indicator’s actual value and judgement back and merges them', async () => {
    const controller = await openApp(browser);
    const manager = await openApp(browser);
    const app = new ValvoApp(controller.page);
    await app.firstRunWithExample();
    await app.openUnit(UNIT);
    await addIndicator(app);
    const issuedPath = await issuePackage(controller.page, { withExample: false });

    const unitApp = new ValvoApp(manager.page);
    await unitApp.createProfile(MANAGER, 'unitManager');
    await new PackagesPage(manager.page).openFile(issuedPath);
    await measureAndJudge(unitApp);
    const returnPath = await (await new PackagesPage(manager.page).returnPackage()).path();

    const merge = new MergePage(controller.page);
    await merge.open();
    await merge.chooseFile(returnPath);
    const preview = merge.preview(UNIT, 2026);
    await preview.waitFor();
    expect(await merge.count('Ristiriidat')).toBe('0');
    const changed = preview.getByRole('table', { name: 'Muutettavat: Mittarit' });
    const indicator = changed.getByRole('row', { name: new RegExp(`^Mittari ${MEASURE}`) });
    expect(await indicator.getByRole('rowheader').textContent()).toBe(
      `Mittari ${MEASURE} (rivi: ${INDICATOR_ROW})`,
    );
    const change = await indicator.getByRole('cell').textContent();
    expect(change).toMatch(new RegExp(`Toteumat: – → \\d+\\.\\d+\\.2026: 310 \\(${MANAGER}\\)`));
    expect(change).toContain('Arvio: – → Toteutunut');
    expect(await seriousViolations(controller.page)).toEqual([]);

    await merge.merge(UNIT, 2026);
    await merge.openPrintView();
    const pdf = await printPdf(controller.page);
    expect(squash(pdf.text)).toContain(squash(`Mittari ${MEASURE}`));
    expect(squash(pdf.text)).toContain(squash('Arvio: – → Toteutunut'));

    await controller.page.goto(controller.page.url().replace(/#.*$/, '#/units'));
    await app.openUnit(UNIT);
    await app.row(INDICATOR_ROW).getByRole('button', { name: 'Mittarit' }).click();
    const card = app.dialog(`Mittarit: ${INDICATOR_ROW}`).getByRole('listitem', { name: MEASURE });
    await card.getByText(/^310 kpl \(/).waitFor();
    await card.getByText('Toteutunut', { exact: true }).waitFor();
    await app.dialog(`Mittarit: ${INDICATOR_ROW}`).getByText(VERDICT, { exact: true }).waitFor();

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
