import fc from 'fast-check';
import type { ActionStatus, ControlAction } from '../domain/control-action';
import { ACTION_STATUSES, actionInputSchema } from '../domain/control-action';
import type { PlanYear, PlanYearStatus } from '../domain/plan-year';
import type { Unit } from '../domain/unit';
import { formatDateForInput } from '../dates';
import { ACTION_COLUMNS } from '../exports/action-columns';
import { PRESET_TABLE_KINDS } from '../table-kind-presets';
import type { ActionImportPlan, ImportState } from './action-import';
import { planActionImport } from './action-import';
import type { ImportTable } from './import-header';

/**
 * Fixtures and builders shared by the action import tests (imported only by *.test.ts files):
 * a small register of units, years and rows, file rows in the export's column order, and
 * what the repositories would store for a plan.
 */

export const STATUS_WORDS: Record<ActionStatus, string> = {
  not_started: 'Ei aloitettu',
  in_progress: 'Käynnissä',
  done: 'Toteutunut',
  partly_done: 'Osittain toteutunut',
  not_done: 'Ei toteutunut',
  postponed: 'Siirtyy seuraavalle vuodelle',
  cancelled: 'Peruttu',
};
export const t = (key: string): string => {
  const status = key.replace('actions.statuses.', '') as ActionStatus;
  if (status in STATUS_WORDS) return STATUS_WORDS[status];
  return { 'app.yes': 'Kyllä', 'app.no': 'Ei' }[key] ?? key;
};

export const status = fc.constantFrom(...ACTION_STATUSES);

export const HEADER: string[] = ACTION_COLUMNS.map((column) => column.header);

const meta = (id: string) => ({
  id,
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
  updatedBy: 'Testi',
  rev: 1,
  deletedAt: null as string | null,
});

export const unit = (
  id: string,
  name: string,
  parentId: string | null,
  changes: Partial<Unit> = {},
) =>
  ({
    ...meta(id),
    parentId,
    name,
    code: '',
    accountable: '',
    manager: '',
    kind: parentId === null ? 'organisation' : 'division',
    sortOrder: 0,
    active: true,
    ...changes,
  }) satisfies Unit;

const planYear = (year: number, status: PlanYearStatus): PlanYear => ({
  ...meta(`year-${year}`),
  year,
  status,
  closedAt: null,
  closedBy: null,
  reopenReason: null,
});

export const action = (id: string, unitId: string, changes: Partial<ControlAction> = {}) =>
  ({
    ...meta(id),
    year: 2026,
    unitId,
    objective: `Tavoite ${id}`,
    actions: 'Toimet',
    indicator: 'Mittari',
    owner: 'Hallintojohtaja',
    deadline: '2026-09-30',
    status: 'not_started',
    sortOrder: 0,
    notes: [],
    outcome: null,
    riskIds: [],
    carriedFromId: null,
    kindId: 'internalControl',
    priorityId: null,
    judgementOverride: null,
    ...changes,
  }) satisfies ControlAction;

const ROOT = unit('root', 'Kaupunki', null);
export const CHILD = unit('child', 'Elinvoima', 'root');
export const CLOSED_YEAR = 2025;

export const baseState = (): ImportState => ({
  units: [ROOT, CHILD, unit('idle', 'Lakkautettu', 'root', { active: false })],
  planYears: [planYear(CLOSED_YEAR, 'closed'), planYear(2026, 'active')],
  actions: [
    action('a1', 'root', { sortOrder: 0 }),
    action('a2', 'child', { sortOrder: 0, owner: '', deadline: null, status: 'in_progress' }),
    action('old', 'root', { year: CLOSED_YEAR, deadline: '2025-06-30' }),
    action('gone', 'root', { deletedAt: '2026-02-01T08:00:00.000Z', sortOrder: 1 }),
  ],
  kinds: PRESET_TABLE_KINDS,
  priorities: [],
});

export type RowValues = Partial<Record<(typeof ACTION_COLUMNS)[number]['key'], string>>;

/** A data row in the export's column order. */
export const cells = (values: RowValues): string[] =>
  ACTION_COLUMNS.map((column) => values[column.key] ?? '');

/** The file row of a stored row, as the export would write it (without read-only columns). */
export const exported = (row: ControlAction, unitName: string): RowValues => ({
  unit: unitName,
  year: String(row.year),
  objective: row.objective,
  actions: row.actions,
  indicator: row.indicator,
  owner: row.owner,
  deadline: row.deadline ? formatDateForInput(row.deadline) : '',
  status: STATUS_WORDS[row.status],
  id: row.id,
});

export const newRow = (changes: RowValues = {}): RowValues => ({
  unit: 'Kaupunki',
  year: '2026',
  objective: 'Uusi tavoite',
  actions: '',
  indicator: '',
  owner: 'Talousjohtaja',
  deadline: '31.12.2026',
  status: 'Ei aloitettu',
  ...changes,
});

export const table = (rows: RowValues[], header: string[] = HEADER): ImportTable => ({
  header,
  rows: rows.map(cells),
  formulaEscapes: false,
});

export const plan = (rows: RowValues[], state = baseState()) =>
  planActionImport(table(rows), state, { t });

export const errorsOf = (result: ActionImportPlan) => {
  if (result.ok) throw new Error(`expected errors, got a plan: ${JSON.stringify(result)}`);
  return result.errors;
};

export const planOf = (result: ActionImportPlan) => {
  if (!result.ok) throw new Error(`expected a plan, got errors: ${JSON.stringify(result.errors)}`);
  return result;
};

let created = 0;

/** What the repositories would store for a plan (creates appended, updates revised). */
export const applyPlan = (state: ImportState, result: ActionImportPlan): ImportState => {
  const { creates, updates } = planOf(result);
  const actions = state.actions.map((row) => {
    const update = updates.find((item) => item.id === row.id);
    if (!update) return row;
    const input = actionInputSchema(row.year).parse(update.values);
    return { ...row, ...input, rev: row.rev + 1 };
  });
  for (const create of creates) {
    created += 1;
    const input = actionInputSchema(create.year).parse(create.values);
    const sortOrder = actions
      .filter((row) => row.unitId === create.unitId && row.year === create.year)
      .reduce((max, row) => Math.max(max, row.sortOrder + 1), 0);
    actions.push(
      action(`new-${created}`, create.unitId, { ...input, year: create.year, sortOrder }),
    );
  }
  return { ...state, actions };
};
