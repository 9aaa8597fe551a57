import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { z } from 'zod';
import type { ControlAction } from '../../../shared/domain/control-action';
import { ControlActionSchema } from '../../../shared/domain/control-action';
import { PlanYearSchema } from '../../../shared/domain/plan-year';
import { AssessmentSchema, RiskSchema } from '../../../shared/domain/risk';
import { UnitSchema } from '../../../shared/domain/unit';
import { readStore, writeRecords } from '../../support/idb';

/**
 * A second plan year for the example register, written straight into IndexedDB: the year
 * comparison's spec and the docs script print 2026 against it.
 */
export const CARRIED_CHANGED = 'Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan.';
export const CARRIED_SAME = 'Sisäisen valvonnan suunnitelma';
export const DROPPED = 'Riskienhallinnan parantaminen';
export const NEW_ROW = 'Hankintojen valvonnan kehittäminen';
export const NEW_OWNER = 'Viestintäpäällikkö Liisa Laine';
export const RAISED_RISK = 'Valtionosuusuudistus vaikeuttaa talouden suunnittelua';
export const TITLE = 'Vuosien 2026 ja 2027 vertailu: Kemijärven kaupunki';

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
export const seed2027 = async (page: Page) => {
  const units = z.array(UnitSchema).parse(await readStore(page, 'units'));
  const rows = z
    .array(ControlActionSchema)
    .parse(await readStore(page, 'controlActions'))
    .filter((row) => row.year === 2026 && row.kindId === 'internalControl');
  const risks = z.array(RiskSchema).parse(await readStore(page, 'risks'));
  const assessments = z.array(AssessmentSchema).parse(await readStore(page, 'assessments'));
  // The example's internal-control rows: the rows this year carries, drops and adds to.
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
    kindId: 'internalControl',
    priorityId: null,
    judgementOverride: null,
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
