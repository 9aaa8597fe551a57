import type { Page } from 'playwright-core';
import { ValvoApp } from '../web/pages/ValvoApp';
import { callHarness } from './harness';
import type { Figure } from './measure';
import { middle } from './measure';
import { GRID, countIs, countOf, screenFigure } from './register-figures';
import { actionShape } from './synthetic-actions';
import type { DataSetPlan } from './synthetic-plan';
import { timeUiStages } from './ui-timing';

const NOTICE = '.notice-region .notice';

const closeNotice = async (page: Page) => {
  const close = page.locator('.notice-region').getByRole('button', { name: 'Sulje' });
  if (await close.count()) await close.click();
  await page.locator(NOTICE).waitFor({ state: 'detached' });
};

/** A cost unit of the data set with about `rows` rows: a unit manager's everyday page. */
export const unitWithRows = (plan: DataSetPlan, rows: number) => {
  const counts = new Map<string, number>();
  for (let index = 0; index < plan.size.actions; index += 1) {
    const { unit } = actionShape(plan, index);
    counts.set(unit.id, (counts.get(unit.id) ?? 0) + 1);
  }
  const costUnits = plan.working.filter((unit) => unit.kind === 'costUnit');
  return costUnits.reduce((best, unit) =>
    Math.abs((counts.get(unit.id) ?? 0) - rows) < Math.abs((counts.get(best.id) ?? 0) - rows)
      ? unit
      : best,
  );
};

/**
 * Saving one edited row on a unit page, with the whole data set in the database: from the click
 * on "Tallenna" to the "Tallennettu" notice, the dialog gone and the new text painted.
 */
export const measureSave = async (page: Page, unitId: string, runs = 5): Promise<Figure[]> => {
  const app = new ValvoApp(page);
  await page.evaluate((id) => {
    location.hash = `#/units/${id}?year=2026`;
  }, unitId);
  await app.table.waitFor({ timeout: 60_000 });
  const notice = { inDom: [] as number[], painted: [] as number[] };
  const row: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const objective = `Muokattu tavoite ${run + 1}`;
    await closeNotice(page);
    await app.table.getByRole('button', { name: 'Muokkaa', exact: true }).nth(run).click();
    await app.fillRow({ objective });
    const times = await timeUiStages(
      page,
      { kind: 'event', type: 'click' },
      [
        [{ kind: 'present', selector: NOTICE, text: 'Tallennettu' }],
        [
          { kind: 'absent', selector: '[role="dialog"]' },
          { kind: 'present', selector: 'th[scope="row"]', text: objective },
        ],
      ],
      () => app.save(),
    );
    notice.inDom.push(times.inDom[0]!);
    notice.painted.push(times.painted[0]!);
    row.push(times.painted[1]!);
  }
  await closeNotice(page);
  const floor = {
    name: 'raw IndexedDB put of 1 row + 1 event into the app’s database, strict',
    median: middle(await callHarness(page, 'rawWriteFloor', 1, 5)),
  };
  return [
    screenFigure(
      'save one edited row (unit page): click "Tallenna" to "Tallennettu" painted',
      notice.painted,
      50,
      floor,
    ),
    screenFigure(
      '… the same, to "Tallennettu" in the DOM (before paint)',
      notice.inDom,
      null,
      floor,
    ),
    screenFigure('… the same, to the dialog closed and the new text painted', row, null),
  ];
};

/**
 * Bulk update of 1,000 rows from the register: rows 1–1,000 chosen (a click, then Shift and a
 * click on the 1,000th), their owner changed in the dialog. Two figures from the same clicks:
 * to the notice (the write is done) and to the register showing the new owner.
 */
export const measureBulkUpdate = async (page: Page, all: string, runs = 3): Promise<Figure[]> => {
  await page.evaluate(() => {
    location.hash = '#/register';
  });
  await countIs(page, all);
  // The register keeps its scroll position across a change of view: back to the first row.
  if (!(await callHarness(page, 'scrollToRow', 0))) throw new Error('row 1 never rendered');
  await page.locator(`${GRID} input[data-row="0"]`).click();
  if (!(await callHarness(page, 'scrollToRow', 999))) throw new Error('row 1000 never rendered');
  await page.locator(`${GRID} input[data-row="999"]`).click({ modifiers: ['Shift'] });
  await page.getByText('1000 riviä valittu').waitFor();
  const notices: number[] = [];
  const shown: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const owner = `Joukkopäivitys ${run + 1}`;
    await closeNotice(page);
    await page.getByRole('button', { name: 'Muokkaa valittuja (1000)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Muuta valittuja rivejä' });
    await dialog.getByLabel('Muuta vastuuhenkilö').check();
    await dialog.getByLabel('Vastuuhenkilö', { exact: true }).fill(owner);
    const { painted } = await timeUiStages(
      page,
      { kind: 'event', type: 'click' },
      [
        [{ kind: 'present', selector: NOTICE, text: 'Muutettiin 1000 riviä' }],
        [{ kind: 'present', selector: `${GRID} tbody td`, text: owner }],
      ],
      () => dialog.getByRole('button', { name: 'Tallenna' }).click(),
    );
    notices.push(painted[0]!);
    shown.push(painted[1]!);
  }
  await closeNotice(page);
  const floor = {
    name: 'raw IndexedDB put of 1,000 rows + 1,000 events into the app’s database, strict',
    median: middle(await callHarness(page, 'rawWriteFloor', 1_000, runs)),
  };
  return [
    screenFigure(
      'bulk-update 1,000 rows (owner; click "Tallenna" to the notice: the write done)',
      notices,
      1_000,
      floor,
    ),
    screenFigure(
      `bulk-update 1,000 rows, to the register showing the new owner (all ${countOf(all).toLocaleString('en')} rows re-read)`,
      shown,
      null,
    ),
  ];
};
