import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ControlAction } from '../../shared/domain/control-action';
import { ControlActionSchema } from '../../shared/domain/control-action';
import { PlanYearSchema } from '../../shared/domain/plan-year';
import { AssessmentSchema, RiskSchema } from '../../shared/domain/risk';
import { UnitSchema } from '../../shared/domain/unit';
import { withoutSoftHyphens } from '../../shared/print/hyphenation';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { printPdf, squash } from '../support/pdf';
import { ValvoApp } from './pages/ValvoApp';

const CARRIED_CHANGED = 'Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan.';
const CARRIED_SAME = 'Sisäisen valvonnan suunnitelma';
const DROPPED = 'Riskienhallinnan parantaminen';
const NEW_ROW = 'Hankintojen valvonnan kehittäminen';
const NEW_OWNER = 'Viestintäpäällikkö Liisa Laine';
const RAISED_RISK = 'Valtionosuusuudistus vaikeuttaa talouden suunnittelua';
const TITLE = 'Vuosien 2026 ja 2027 vertailu: Kemijärven kaupunki';

type StoreName = 'units' | 'controlActions' | 'risks' | 'assessments' | 'planYears';

/** Every record of one store of the app's IndexedDB database 'valvo'. */
const readStore = (page: Page, store: StoreName) =>
  page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('valvo');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store);

/** Adds records in one transaction, as a repository would (without the audit events). */
const writeRecords = (page: Page, records: Partial<Record<StoreName, unknown[]>>) =>
  page.evaluate(async (batches) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('valvo');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const transaction = db.transaction(Object.keys(batches), 'readwrite');
      for (const [name, items] of Object.entries(batches))
        for (const item of items ?? []) transaction.objectStore(name).add(item);
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error);
      });
    } finally {
      db.close();
    }
  }, records);

/** What a cell shows, without the soft hyphens the printed report puts in for line breaks. */
const shown = async (texts: Promise<string | null> | Promise<string[]>) => {
  const value = await texts;
  return Array.isArray(value) ? value.map(withoutSoftHyphens) : withoutSoftHyphens(value ?? '');
};

const NOW = '2026-06-15T06:00:00.000Z';
const meta = () => ({
  id: randomUUID(),
  createdAt: NOW,
  updatedAt: NOW,
  updatedBy: 'Maija Meikäläinen',
  rev: 1,
  deletedAt: null,
});

/**
 * Plan year 2027 after the example's 2026: two rows continued (one with a new owner), one new
 * row, the other 2026 rows dropped, and one risk reassessed higher in 2027.
 */
const seed2027 = async (page: Page) => {
  const units = z.array(UnitSchema).parse(await readStore(page, 'units'));
  const rows = z
    .array(ControlActionSchema)
    .parse(await readStore(page, 'controlActions'))
    .filter((row) => row.year === 2026);
  const risks = z.array(RiskSchema).parse(await readStore(page, 'risks'));
  const assessments = z.array(AssessmentSchema).parse(await readStore(page, 'assessments'));
  expect(rows).toHaveLength(9);

  const rowOf = (objective: string) => rows.find((row) => row.objective === objective)!;
  const carry = (from: ControlAction, extra: Partial<ControlAction> = {}) =>
    ControlActionSchema.parse({
      ...from,
      ...meta(),
      year: 2027,
      deadline: null,
      status: 'not_started',
      notes: [],
      outcome: null,
      carriedFromId: from.id,
      ...extra,
    });
  const unitId = units.find((unit) => unit.name === 'Hallintopalvelut')!.id;
  const added = ControlActionSchema.parse({
    ...meta(),
    year: 2027,
    unitId,
    objective: NEW_ROW,
    actions: 'Hankintojen sisäinen tarkastus kahdesti vuodessa.',
    indicator: 'Tarkastetut hankinnat',
    owner: 'Hankintapäällikkö',
    deadline: '2027-11-30',
    status: 'not_started',
    sortOrder: 10,
    notes: [],
    outcome: null,
    riskIds: [],
    carriedFromId: null,
  });
  const risk = risks.find((item) => item.title === RAISED_RISK)!;
  const residual = assessments.find((item) => item.riskId === risk.id && item.kind === 'residual')!;
  const raised = AssessmentSchema.parse({
    ...meta(),
    riskId: risk.id,
    date: '2027-02-01',
    assessor: 'Maija Meikäläinen',
    likelihood: residual.likelihood + 1,
    impact: residual.impact,
    scale: residual.scale,
    kind: 'residual',
    rationale: 'Uudistuksen leikkaukset vahvistuivat.',
    isExample: false,
  });
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
    controlActions: [
      carry(rowOf(CARRIED_CHANGED), { owner: NEW_OWNER }),
      carry(rowOf(CARRIED_SAME)),
      added,
    ],
    assessments: [raised],
  });
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
    const added = page.getByRole('table', { name: 'Uudet rivit' });
    expect(await shown(added.getByRole('rowheader').allTextContents())).toEqual([NEW_ROW]);
    const carried = page.getByRole('table', { name: 'Siirretyt rivit' });
    const changedRow = carried
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: CARRIED_CHANGED }) });
    expect(await shown(changedRow.getByRole('cell').last().textContent())).toBe(
      'muuttuneet kentät: Vastuuhenkilö',
    );
    expect(await shown(changedRow.getByRole('cell').nth(3).textContent())).toBe(NEW_OWNER);
    const sameRow = carried
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: CARRIED_SAME }) });
    expect(await shown(sameRow.getByRole('cell').last().textContent())).toBe('ennallaan');
    const dropped = page.getByRole('table', { name: 'Poistuneet rivit' });
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
    expect(new Set(pdf.pageSizes).size).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
