import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ControlActionSchema } from '../../shared/domain/control-action';
import { PlanYearSchema } from '../../shared/domain/plan-year';
import { UnitSchema } from '../../shared/domain/unit';
import type { ExampleUnit } from '../../shared/example/kemijarvi-2026';
import { KEMIJARVI_2026 } from '../../shared/example/kemijarvi-2026';
import { KEMIJARVI_2026_GOALS } from '../../shared/example/kemijarvi-2026-goals';
import { KEMIJARVI_RISKS } from '../../shared/example/kemijarvi-risks';
import { launchChromium, openApp } from '../support/browser';
import { readStore, writeRecords } from '../support/idb';
import { ValvoApp } from './pages/ValvoApp';

/** One painted state of the unit page: its heading and what its two tables offer. */
type PageState = {
  heading: string;
  rows: { name: string; hasCommands: boolean }[];
  risks: { name: string; hasCommands: boolean }[];
};

type Recorder = { __states?: PageState[] };

/**
 * Records every state the unit page paints: a MutationObserver callback runs after each DOM
 * change React commits, before the next task, so no painted state escapes it.
 */
const recordStates = (page: Page) =>
  page.evaluate(() => {
    const tableRows = (section: string) =>
      [...document.querySelectorAll(`section[aria-labelledby="${section}"] tbody tr`)]
        .filter((row) => row.querySelector('th[scope="row"]'))
        .map((row) => ({
          name: (
            row.querySelector('th[scope="row"] a') ?? row.querySelector('th[scope="row"]')!
          ).textContent!.trim(),
          hasCommands: row.querySelector('button') !== null,
        }));
    const states: PageState[] = [];
    (window as Recorder).__states = states;
    const record = () =>
      states.push({
        heading: document.querySelector('h1')?.textContent?.trim() ?? '',
        rows: tableRows('actions-heading'),
        risks: tableRows('risks-heading'),
      });
    new MutationObserver(record).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    record();
  });

/**
 * Which units each example row text and risk title belongs to (the same row text can be in two):
 * a unit's rows of every table kind of the budget chapter, else its internal-control rows.
 */
const ownersOfRows = () => {
  const owners = new Map<string, Set<string>>();
  const walk = (unit: ExampleUnit) => {
    const goalRows = (KEMIJARVI_2026_GOALS[unit.name] ?? []).flatMap((table) => table.rows);
    for (const row of [...(unit.rows ?? []), ...goalRows])
      owners.set(row.objective, new Set([...(owners.get(row.objective) ?? []), unit.name]));
    unit.children?.forEach(walk);
  };
  walk(KEMIJARVI_2026);
  return owners;
};
const ROW_OWNERS = ownersOfRows();
const RISK_OWNERS = new Map(KEMIJARVI_RISKS.map((risk) => [risk.title, risk.unitName]));
/** Rows of the goal tables (strategy and other goals, productivity): not internal control. */
const GOAL_ROWS = new Set(
  Object.values(KEMIJARVI_2026_GOALS)
    .flat()
    .filter((table) => table.kind !== 'internalControl')
    .flatMap((table) => table.rows.map((row) => row.objective)),
);

/** Units with rows and risks of their own, and one with none, tree link name and kind. */
const UNITS: [string, string][] = [
  ['Hallintopalvelut', 'Vastuualue'],
  ['Viestintä ja markkinointi', 'Vastuualue'],
  ['Elinkeino- ja työllisyyspalvelut', 'Vastuualue'],
  ['Talouspalvelut', 'Tulosyksikkö'],
  ['Konserni- ja elinvoimapalvelut', 'Toimiala'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('switching units quickly', () => {
  it('never shows one unit’s rows or risks, or their commands, under another unit’s heading', async () => {
    const { context, page, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit('Hallintopalvelut', 'Vastuualue');
    await app.row('Sopimushallinnan kehittäminen').waitFor();
    await recordStates(page);

    for (let step = 0; step < 20; step += 1) {
      const [name, kind] = UNITS[(step * 3 + 1) % UNITS.length]!;
      await app.unitLink(name, kind).click();
      // Now and then a user waits for the unit's rows (this step's unit has some); mostly they
      // click on at once.
      if (step % 5 === 2) {
        await page.getByRole('heading', { level: 1, name }).waitFor();
        await app.table.getByRole('rowheader').first().waitFor();
      }
    }
    await app.unitLink('Viestintä ja markkinointi', 'Vastuualue').click();
    await page.getByRole('heading', { level: 1, name: 'Viestintä ja markkinointi' }).waitFor();
    await app.table.getByRole('rowheader').first().waitFor();

    const states = await page.evaluate(() => (window as Recorder).__states ?? []);
    const painted = states.filter((state) => state.rows.length > 0);
    // The recorder saw the switches: rows of several units under their own headings.
    expect(new Set(painted.map((state) => state.heading)).size).toBeGreaterThanOrEqual(3);
    // … and the units' goal tables as well as their internal-control tables.
    expect(painted.some((state) => state.rows.some((row) => GOAL_ROWS.has(row.name)))).toBe(true);
    for (const state of states) {
      for (const row of state.rows) {
        expect(ROW_OWNERS.get(row.name), `row "${row.name}" under "${state.heading}"`).toContain(
          state.heading,
        );
      }
      for (const risk of state.risks) {
        expect(RISK_OWNERS.get(risk.name), `risk "${risk.name}" under "${state.heading}"`).toBe(
          state.heading,
        );
      }
    }
    // Every row offered its commands only under its own unit (checked above for all rows).
    expect(painted.some((state) => state.rows.some((row) => row.hasCommands))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Heading and the rows a screen offers to act on, in one painted state. */
type YearState = { heading: string; rows: string[] };

/** Records the h1 and the texts of `selector`'s matches (through `attribute`, or text) on every change. */
const recordYearStates = (page: Page, selector: string, attribute: string | null) =>
  page.evaluate(
    ([rowSelector, rowAttribute]) => {
      const states: YearState[] = [];
      (window as { __yearStates?: YearState[] }).__yearStates = states;
      const record = () =>
        states.push({
          heading: document.querySelector('h1')?.textContent?.trim() ?? '',
          rows: [...document.querySelectorAll(rowSelector!)].map((element) =>
            (rowAttribute ? element.getAttribute(rowAttribute) : element.textContent)!.trim(),
          ),
        });
      new MutationObserver(record).observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      record();
    },
    [selector, attribute],
  );

const yearStates = (page: Page) =>
  page.evaluate(() => (window as { __yearStates?: YearState[] }).__yearStates ?? []);

const NOW = '2026-06-15T06:00:00.000Z';
const NEXT_YEAR_ROW = 'Vuoden 2027 seurantarivi';

/** Plan year 2027 with one row of its own in three units of the example. */
const seedNextYear = async (page: Page) => {
  const meta = () => ({
    id: randomUUID(),
    createdAt: NOW,
    updatedAt: NOW,
    updatedBy: 'Maija Meikäläinen',
    rev: 1,
    deletedAt: null,
  });
  const units = z.array(UnitSchema).parse(await readStore(page, 'units'));
  const names = [
    'Hallintopalvelut',
    'Viestintä ja markkinointi',
    'Elinkeino- ja työllisyyspalvelut',
  ];
  await writeRecords(page, {
    planYears: [
      PlanYearSchema.parse({
        ...meta(),
        year: 2027,
        status: 'planning',
        closedAt: null,
        closedBy: null,
        reopenReason: null,
      }),
    ],
    controlActions: names.map((name, index) =>
      ControlActionSchema.parse({
        ...meta(),
        year: 2027,
        unitId: units.find((unit) => unit.name === name && unit.kind === 'area')!.id,
        objective: `${NEXT_YEAR_ROW} ${index + 1}`,
        actions: 'Seurataan.',
        indicator: 'Seurattu',
        owner: 'Hankintapäällikkö',
        deadline: '2027-11-30',
        status: 'not_started',
        sortOrder: 1,
        notes: [],
        outcome: null,
        riskIds: [],
        carriedFromId: null,
        kindId: 'internalControl',
        priorityId: null,
        judgementOverride: null,
      }),
    ),
  });
  await page.reload();
};

const EXAMPLE_ROWS = new Set(ROW_OWNERS.keys());

/** Whether a row text belongs to the year a heading names. */
const isOfYear = (row: string, heading: string) =>
  heading.includes('2027')
    ? row.includes(NEXT_YEAR_ROW)
    : [...EXAMPLE_ROWS].some((text) => row.includes(text));

describe('switching years quickly', () => {
  it('never shows one year’s rows under another year’s heading in the review or the register', async () => {
    const { context, page, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await seedNextYear(page);

    // The year-end review: each card lists the rows still without an outcome, with a button each.
    await page.goto(page.url().replace(/#.*$/, '#/review?year=2026'));
    await page.getByRole('heading', { level: 1, name: 'Vuosiarviointi 2026' }).waitFor();
    await page.locator('button[data-outcome-row]').first().waitFor();
    await recordYearStates(page, 'button[data-outcome-row]', 'aria-label');
    for (let step = 0; step < 20; step += 1) {
      await page
        .getByLabel('Vuosi', { exact: true })
        .selectOption(step % 2 === 0 ? '2027' : '2026');
      // Now and then the user waits for 2027's rows (steps 4 and 14); mostly they switch on.
      if (step % 10 === 4)
        await page
          .locator(`button[data-outcome-row][aria-label*="${NEXT_YEAR_ROW}"]`)
          .first()
          .waitFor();
    }
    await page.getByRole('heading', { level: 1, name: 'Vuosiarviointi 2026' }).waitFor();
    await page.locator('button[data-outcome-row]').first().waitFor();
    const review = await yearStates(page);
    expect(
      new Set(review.filter((state) => state.rows.length > 0).map((state) => state.heading)).size,
    ).toBe(2);
    for (const state of review)
      for (const row of state.rows)
        expect(isOfYear(row, state.heading), `${row} under ${state.heading}`).toBe(true);

    // The register across units: the year is one of its filters.
    await page.goto(page.url().replace(/#.*$/, '#/register?year=2026'));
    const register = page.getByRole('table', { name: /Kaikkien yksiköiden toimenpiteet/ });
    await register.getByRole('rowheader').first().waitFor();
    await recordYearStates(page, 'table tbody th[scope="row"]', null);
    for (let step = 0; step < 20; step += 1) {
      await page
        .getByLabel('Vuosi', { exact: true })
        .selectOption(step % 2 === 0 ? '2027' : '2026');
      if (step % 10 === 4)
        await register
          .getByRole('rowheader', { name: new RegExp(NEXT_YEAR_ROW) })
          .first()
          .waitFor();
    }
    await page.getByRole('heading', { level: 1, name: 'Rekisteri: toimenpiteet 2026' }).waitFor();
    await register.getByRole('rowheader').first().waitFor();
    const rows = await yearStates(page);
    expect(
      new Set(rows.filter((state) => state.rows.length > 0).map((state) => state.heading)).size,
    ).toBe(2);
    for (const state of rows)
      for (const row of state.rows)
        expect(isOfYear(row, state.heading), `${row} under ${state.heading}`).toBe(true);

    expect(errors).toEqual([]);
    await context.close();
  });
});
