import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { z } from 'zod';
import { ControlActionSchema } from '../../shared/domain/control-action';
import { IndicatorSchema } from '../../shared/domain/indicator';
import { UnitSchema } from '../../shared/domain/unit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutSoftHyphens } from '../../shared/print/hyphenation';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { readStore, writeRecords } from '../support/idb';
import { printPdf, squash } from '../support/pdf';
import {
  CARRIED_CHANGED,
  CARRIED_SAME,
  DROPPED,
  NEW_OWNER,
  NEW_ROW,
  RAISED_RISK,
  TITLE,
  seed2027,
} from './pages/secondYear';
import { ValvoApp } from './pages/ValvoApp';

const GOAL = 'Yrittäjyys vahvistuu';
const CONTROL = 'Sisäinen valvonta ja riskienhallinta';

/**
 * A goal of the other-goals table in 2026, judged met by its one indicator, continued into 2027
 * with the same indicator not yet measured: written straight into IndexedDB like seed2027.
 */
const seedGoalPair = async (page: Page) => {
  const units = z.array(UnitSchema).parse(await readStore(page, 'units'));
  const unitId = units.find((unit) => unit.name === 'Hallintopalvelut')!.id;
  const meta = () => ({
    id: randomUUID(),
    createdAt: '2026-06-15T06:00:00.000Z',
    updatedAt: '2026-06-15T06:00:00.000Z',
    updatedBy: 'Maija Meikäläinen',
    rev: 1,
    deletedAt: null,
  });
  const goal = (year: number, carriedFromId: string | null) =>
    ControlActionSchema.parse({
      ...meta(),
      year,
      unitId,
      objective: GOAL,
      actions: 'Yritysneuvonta',
      indicator: '',
      owner: 'Elinvoimajohtaja',
      deadline: null,
      status: year === 2026 ? 'done' : 'not_started',
      sortOrder: 20,
      notes: [],
      outcome: null,
      riskIds: [],
      carriedFromId,
      kindId: 'otherGoal',
      priorityId: null,
      judgementOverride: null,
    });
  const measure = (actionId: string, year: number, judgement: 'met' | null) =>
    IndicatorSchema.parse({
      ...meta(),
      actionId,
      unitId,
      year,
      text: 'Uusien yritysten määrä',
      type: 'number',
      unit: 'kpl',
      upTo100: false,
      baseline: 14,
      target: 20,
      higherIsBetter: true,
      values: [],
      judgement,
      sortOrder: 0,
    });
  const from = goal(2026, null);
  const to = goal(2027, from.id);
  await writeRecords(page, {
    controlActions: [from, to],
    indicators: [measure(from.id, 2026, 'met'), measure(to.id, 2027, null)],
  });
};

/** What a cell shows, without the soft hyphens the printed report puts in for line breaks. */
const shown = async (texts: Promise<string | null> | Promise<string[]>) => {
  const value = await texts;
  return Array.isArray(value) ? value.map(withoutSoftHyphens) : withoutSoftHyphens(value ?? '');
};

describe('the year comparison in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows and prints the rows added, carried and dropped from 2026 to 2027 and the risk moves', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await seed2027(page);
    await seedGoalPair(page);
    // The records were written past Dexie, so its live queries start afresh.
    await page.reload();
    await page.getByRole('navigation', { name: 'Organisaatio' }).waitFor();

    await page.getByRole('link', { name: 'Raportit' }).click();
    await page.getByLabel('Raportti').selectOption({ label: 'Vuosien vertailu' });
    await page.getByLabel('Vuoteen').selectOption('2027');
    await page.getByLabel('Vuodesta').selectOption('2026');
    await app.chooseOption('Rajaus', 'Kemijärven kaupunki');
    await page.getByRole('link', { name: 'Esikatsele' }).click();
    await page.locator('html[data-print-ready="true"]').waitFor();
    expect(page.url()).toContain('#/print/compare?');
    expect(page.url()).toContain('year=2027');
    expect(page.url()).toContain('from=2026');

    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const added = page.getByRole('table', { name: `${CONTROL} Uudet rivit` });
    expect(await shown(added.getByRole('rowheader').allTextContents())).toEqual([NEW_ROW]);
    const carried = page.getByRole('table', { name: `${CONTROL} Siirretyt rivit` });
    const changedRow = carried
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: CARRIED_CHANGED }) });
    // Two of the example's internal-control rows are measurable: the table has judgement
    // columns at its end, so the change is read by its text, not its place.
    expect(await shown(changedRow.getByRole('cell').allTextContents())).toContain(
      'muuttuneet kentät: Vastuuhenkilö',
    );
    expect(await shown(changedRow.getByRole('cell').nth(3).textContent())).toBe(NEW_OWNER);
    const sameRow = carried
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: CARRIED_SAME }) });
    expect(await shown(sameRow.getByRole('cell').allTextContents())).toContain('ennallaan');
    const dropped = page.getByRole('table', { name: `${CONTROL} Poistuneet rivit` });
    const droppedObjectives = await shown(dropped.getByRole('rowheader').allTextContents());
    expect(droppedObjectives).toHaveLength(7);
    expect(droppedObjectives).toContain(DROPPED);
    expect(droppedObjectives).not.toContain(CARRIED_CHANGED);
    const moves = page.getByRole('table', { name: 'Riskitasojen muutokset' });
    const raisedRow = moves
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: RAISED_RISK }) });
    expect(await shown(raisedRow.getByRole('cell').last().textContent())).toBe('↑ Noussut');
    expect(
      await raisedRow.getByRole('cell').last().getByText('↑').getAttribute('aria-hidden'),
    ).toBe('true');
    expect(await moves.getByRole('cell', { name: /Ennallaan/ }).count()).toBeGreaterThan(0);
    // Rows by table kind, in the budget's order; a goal with its judgement in each year.
    expect(await shown(page.getByRole('heading', { level: 2 }).allTextContents())).toEqual([
      'Strategiset tavoitteet',
      'Muut tavoitteet',
      'Tuottavuustoimenpiteet ja -hankkeet',
      CONTROL,
      'Riskitasojen muutokset',
    ]);
    const goals = page.getByRole('table', { name: 'Muut tavoitteet Siirretyt rivit' });
    const goalRow = goals
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: GOAL }) });
    expect(await shown(goalRow.getByRole('cell').allTextContents())).toEqual(
      expect.arrayContaining(['Toteutunut', 'ei vielä arvioitu']),
    );
    expect(await shown(goals.getByRole('columnheader').allTextContents())).toEqual(
      expect.arrayContaining([
        'Toiminnalliset tavoitteet ja painopisteet',
        'Arvio 2026',
        'Arvio 2027',
      ]),
    );
    expect(await seriousViolations(page)).toEqual([]);

    const pdf = await printPdf(page);
    const text = squash(pdf.text);
    expect(text).toContain(squash(TITLE));
    expect(text).toContain(squash('2026–2027'));
    for (let number = 1; number <= pdf.pages; number += 1)
      expect(text).toContain(squash(`Sivu ${number} / ${pdf.pages}`));
    expect(text).toContain(squash(NEW_ROW));
    expect(text).toContain(squash(CARRIED_CHANGED));
    expect(text).toContain(squash('muuttuneet kentät: Vastuuhenkilö'));
    expect(text).toContain(squash(NEW_OWNER));
    expect(text).toContain(squash(DROPPED));
    expect(text).toContain(squash('Riskitasojen muutokset'));
    expect(text).toContain(squash('Noussut'));
    expect(text).toContain(squash('Muut tavoitteet'));
    expect(text).toContain(squash('Arvio 2026'));
    expect(new Set(pdf.pageSizes).size).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
