import type { ControlAction } from '../domain/control-action';
import type { Assessment, Risk } from '../domain/risk';
import type { Unit, UnitKind } from '../domain/unit';

/** Fixtures for the register tests: a small city and records with only what a test sets. */

const META = {
  createdAt: '2026-01-02T08:00:00.000Z',
  updatedAt: '2026-01-02T08:00:00.000Z',
  updatedBy: 'Testaaja',
  rev: 1,
  deletedAt: null,
};

/** A readable id in UUID form: `id(7)` is 00000000-0000-4000-8000-000000000007. */
export const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const unit = (n: number, parent: number | null, kind: UnitKind, name: string): Unit => ({
  ...META,
  id: id(n),
  parentId: parent === null ? null : id(parent),
  kind,
  name,
  code: '',
  accountable: '',
  manager: '',
  sortOrder: 0,
  active: true,
});

/** Kaupunki › Sivistys (Opetus › Koulu A; Varhaiskasvatus) and Tekninen (Kadut). */
export const CITY: Unit[] = [
  unit(1, null, 'organisation', 'Kaupunki'),
  unit(10, 1, 'division', 'Sivistys'),
  unit(11, 10, 'area', 'Opetus'),
  unit(12, 11, 'costUnit', 'Koulu A'),
  unit(13, 10, 'area', 'Varhaiskasvatus'),
  unit(20, 1, 'division', 'Tekninen'),
  unit(21, 20, 'area', 'Kadut'),
];

let next = 1_000;

export const action = (unitNumber: number, fields: Partial<ControlAction> = {}): ControlAction => {
  next += 1;
  return {
    ...META,
    id: id(next),
    year: 2026,
    unitId: id(unitNumber),
    objective: 'Tavoite',
    actions: '',
    indicator: '',
    owner: '',
    deadline: null,
    status: 'not_started',
    sortOrder: next,
    notes: [],
    outcome: null,
    riskIds: [],
    carriedFromId: null,
    kindId: 'internalControl',
    priorityId: null,
    judgementOverride: null,
    ...fields,
  };
};

export const risk = (unitNumber: number, fields: Partial<Risk> = {}): Risk => {
  next += 1;
  return {
    ...META,
    id: id(next),
    unitId: id(unitNumber),
    title: 'Riski',
    description: '',
    category: '',
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
    ...fields,
  };
};

export const assessment = (
  riskId: string,
  kind: Assessment['kind'],
  likelihood: number,
  impact: number,
  date = '2026-02-01',
): Assessment => {
  next += 1;
  return {
    ...META,
    id: id(next),
    riskId,
    date,
    assessor: 'Arvioija',
    likelihood,
    impact,
    scale: 5,
    kind,
    rationale: '',
    isExample: false,
  };
};
