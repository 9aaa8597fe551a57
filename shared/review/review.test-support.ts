/** Builders and generators for the review tests only; nothing shipped imports this file. */
import fc from 'fast-check';
import type { ActionStatus, ControlAction, Outcome } from '../domain/control-action';
import { ACTION_STATUSES } from '../domain/control-action';
import type { Assessment, Risk } from '../domain/risk';
import { RISK_STATUSES } from '../domain/risk';
import type { Unit, UnitKind } from '../domain/unit';

export const DELETED_AT = '2026-03-01T00:00:00.000Z';

const meta = (id: string, isDeleted = false) => ({
  id,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  updatedBy: 'Testaaja',
  rev: 1,
  deletedAt: isDeleted ? DELETED_AT : null,
});

export const unit = (
  id: string,
  parentId: string | null,
  kind: UnitKind,
  extra: Partial<Unit> = {},
): Unit => ({
  ...meta(id),
  parentId,
  kind,
  name: id,
  code: '',
  accountable: '',
  manager: '',
  sortOrder: 0,
  active: true,
  ...extra,
});

/** city → div → a (→ c), b; `gone` is a deleted area under div. */
export const UNITS: Unit[] = [
  unit('city', null, 'organisation'),
  unit('div', 'city', 'division'),
  unit('a', 'div', 'area', { sortOrder: 1 }),
  unit('b', 'div', 'area', { sortOrder: 2 }),
  unit('c', 'a', 'costUnit'),
  unit('gone', 'div', 'area', { sortOrder: 3, deletedAt: DELETED_AT }),
];
export const UNIT_IDS = UNITS.map((item) => item.id);

export const outcome = (status: ActionStatus = 'done'): Outcome => ({
  status,
  text: 'Toteutui',
  evidence: [],
  assessedBy: 'Controller',
  assessedAt: '2026-12-15T10:00:00.000Z',
});

export const row = (
  id: string,
  unitId: string,
  year: number,
  status: ActionStatus,
  extra: Partial<ControlAction> = {},
): ControlAction => ({
  ...meta(id),
  year,
  unitId,
  objective: `Tavoite ${id}`,
  actions: `Toimenpiteet ${id}`,
  indicator: `Mittari ${id}`,
  owner: 'Vastuuhenkilö',
  deadline: null,
  status,
  sortOrder: 0,
  notes: [],
  outcome: null,
  riskIds: [],
  carriedFromId: null,
  kindId: 'internalControl',
  priorityId: null,
  judgementOverride: null,
  ...extra,
});

export const risk = (id: string, unitId: string, extra: Partial<Risk> = {}): Risk => ({
  ...meta(id),
  unitId,
  title: `Riski ${id}`,
  description: '',
  category: 'operational',
  cause: '',
  consequence: '',
  owner: '',
  treatment: null,
  controls: '',
  status: 'open',
  reviewDate: null,
  toleranceOverride: null,
  objectiveActionId: null,
  objectiveText: '',
  ...extra,
});

export const assessment = (
  id: string,
  riskId: string,
  date: string,
  likelihood: number,
  impact: number,
  extra: Partial<Assessment> = {},
): Assessment => ({
  ...meta(id),
  riskId,
  date,
  assessor: 'Arvioija',
  likelihood,
  impact,
  scale: 5,
  kind: 'residual',
  rationale: '',
  isExample: false,
  ...extra,
});

export const deleted = <T extends { deletedAt: string | null }>(item: T): T => ({
  ...item,
  deletedAt: DELETED_AT,
});

export const YEARS = [2025, 2026, 2027] as const;

/** About one record in five is soft-deleted. */
const isDeletedArb = fc.nat(4).map((value) => value === 0);

/**
 * Rows over three years with any status, some deleted; most continue another row (of any year,
 * live or not, or a missing id), and the plan texts repeat so that some continuations match.
 */
export const rowsArb = fc
  .array(
    fc.record({
      unitId: fc.constantFrom(...UNIT_IDS),
      year: fc.constantFrom(...YEARS),
      status: fc.constantFrom(...ACTION_STATUSES),
      hasOutcome: fc.boolean(),
      isDeleted: isDeletedArb,
      carriedFrom: fc.option(fc.nat(30), { nil: null, freq: 3 }),
      objective: fc.constantFrom('Alpha', 'beta', 'Öljy', 'äänestys'),
      actions: fc.constantFrom('', 'Kartoitus'),
      indicator: fc.constantFrom('', 'Raportti'),
      owner: fc.constantFrom('Anna', 'Ben'),
    }),
    { maxLength: 30, size: 'medium' },
  )
  .map((specs) =>
    specs.map((spec, index) => ({
      ...row(`r${index}`, spec.unitId, spec.year, spec.status, {
        objective: spec.objective,
        actions: spec.actions,
        indicator: spec.indicator,
        owner: spec.owner,
        outcome: spec.hasOutcome ? outcome() : null,
        carriedFromId:
          spec.carriedFrom === null ? null : `r${spec.carriedFrom % (specs.length + 1)}`,
        sortOrder: index % 4,
      }),
      deletedAt: spec.isDeleted ? DELETED_AT : null,
    })),
  );

export const RISK_COUNT = 8;

export const risksArb = fc
  .array(
    fc.record({
      unitId: fc.constantFrom(...UNIT_IDS),
      status: fc.constantFrom(...RISK_STATUSES),
      isDeleted: isDeletedArb,
    }),
    { maxLength: RISK_COUNT },
  )
  .map((specs) =>
    specs.map((spec, index) =>
      risk(`k${index}`, spec.unitId, {
        status: spec.status,
        deletedAt: spec.isDeleted ? DELETED_AT : null,
      }),
    ),
  );

export const assessmentsArb = fc
  .array(
    fc.record({
      risk: fc.nat(RISK_COUNT),
      date: fc.constantFrom(
        '2024-06-01',
        '2025-01-01',
        '2025-12-31',
        '2026-05-05',
        '2026-12-31',
        '2027-01-01',
        '2027-06-30',
      ),
      likelihood: fc.integer({ min: 1, max: 5 }),
      impact: fc.integer({ min: 1, max: 5 }),
      kind: fc.constantFrom<Assessment['kind']>('inherent', 'residual'),
      isDeleted: isDeletedArb,
    }),
    { maxLength: 25, size: 'medium' },
  )
  .map((specs) =>
    specs.map((spec, index) =>
      assessment(`s${index}`, `k${spec.risk}`, spec.date, spec.likelihood, spec.impact, {
        kind: spec.kind,
        deletedAt: spec.isDeleted ? DELETED_AT : null,
      }),
    ),
  );
