import type { ActionFormValues, ActionInput, ControlAction } from '../domain/control-action';
import { ACTION_STATUSES, actionInputSchema } from '../domain/control-action';
import type { PlanYear } from '../domain/plan-year';
import type { Unit } from '../domain/unit';
import { formatDateForInput } from '../dates';
import type { Translate } from '../exports/columns';
import type { ColumnKey, ImportError, ImportTable } from './import-header';
import {
  HEADER_OF,
  columnLetter,
  excelRow,
  isBlank,
  mapHeader,
  unescapeFormula,
} from './import-header';
import { validationMessage } from '../validation';

/**
 * The import of control-action rows from the file the export writes (CSV or the XLSX sheet
 * "Toimenpiteet"): the whole file is checked against the register before anything is written,
 * and the result is either every error, each with the row and column the user sees in Excel,
 * or a plan of what would be created, changed and left as it is.
 */

/** What a data row may change in an existing row: the fields of the row form. */
export const EDITABLE_FIELDS = [
  'objective',
  'actions',
  'indicator',
  'owner',
  'deadline',
  'status',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export type PlannedCreate = {
  row: number;
  unitId: string;
  year: number;
  /** As the row form would send them: the repository's create() takes these unchanged. */
  values: ActionFormValues;
};
export type PlannedUpdate = {
  row: number;
  id: string;
  /** The revision the plan was made against: a row changed since then stops the import. */
  rev: number;
  unitId: string;
  year: number;
  values: ActionFormValues;
  changed: EditableField[];
};
export type PlannedUnchanged = { row: number; id: string };

export type ActionImportPlan =
  | {
      ok: true;
      creates: PlannedCreate[];
      updates: PlannedUpdate[];
      unchanged: PlannedUnchanged[];
    }
  | { ok: false; errors: ImportError[] };

/** The register as the import sees it. */
export type ImportState = {
  /** The live units rows may belong to (the import's scope); names are matched exactly. */
  units: readonly Unit[];
  planYears: readonly PlanYear[];
  /** Every row of those units, deleted ones included (so a deleted row's Id is told apart). */
  actions: readonly ControlAction[];
};

export type PlanOptions = {
  /** Translates status keys to the Finnish words of the export. */
  t: Translate;
};

/** Form values that pass, to check one field of a row alone. */
const VALID_FORM = {
  objective: 'x',
  actions: '',
  indicator: '',
  owner: '',
  deadline: '',
  status: 'not_started',
} as const;

const FORM_FIELDS: Record<string, ColumnKey> = {
  objective: 'objective',
  actions: 'actions',
  indicator: 'indicator',
  owner: 'owner',
  deadline: 'deadline',
  status: 'status',
};

/** The row's identity when it has no Id: the same unit, year and texts are the same row. */
const rowKey = (
  unitId: string,
  year: number,
  input: Pick<ActionInput, 'objective' | 'actions' | 'indicator'>,
) => JSON.stringify([unitId, year, input.objective, input.actions, input.indicator]);

const changedFields = (input: ActionInput, action: ControlAction): EditableField[] =>
  EDITABLE_FIELDS.filter((field) => input[field] !== action[field]);

const formValues = (input: ActionInput): ActionFormValues => ({
  ...input,
  deadline: input.deadline ? formatDateForInput(input.deadline) : '',
});

type Candidate = { row: number; unitId: string; year: number; input: ActionInput };

const byRow = <T extends { row: number }>(items: T[]) => items.sort((a, b) => a.row - b.row);

/**
 * Checks every row and plans the import:
 * - a row with an Id updates that row (only the row form's fields; its unit and year stay);
 *   one whose fields already match is unchanged, and an Id that is not found is an error;
 * - a row without an Id is matched to an existing live row of the same unit, year, objective,
 *   actions and indicator (not claimed by another row of the file): unchanged when the rest
 *   matches too, otherwise an update of it; with no match it is created. So importing the same
 *   file twice never duplicates a row.
 * Rows of a closed year may be unchanged, never created or changed.
 */
export const planActionImport = (
  table: ImportTable,
  state: ImportState,
  { t }: PlanOptions,
): ActionImportPlan => {
  const problems = [...(table.problems ?? [])];
  const header = mapHeader(table);
  if (header.isWholeFile) return { ok: false, errors: header.errors };
  if (header.errors.length > 0) return { ok: false, errors: [...problems, ...header.errors] };
  const skipRows = new Set(problems.map((problem) => problem.row));
  const width = table.header.length;

  const unitsByName = new Map<string, Unit[]>();
  const unitsById = new Map<string, Unit>();
  for (const unit of state.units) {
    if (unit.deletedAt !== null) continue;
    unitsById.set(unit.id, unit);
    unitsByName.set(unit.name, [...(unitsByName.get(unit.name) ?? []), unit]);
  }
  const planYears = new Map(
    state.planYears.filter((item) => item.deletedAt === null).map((item) => [item.year, item]),
  );
  const actionsById = new Map(
    state.actions.filter((action) => unitsById.has(action.unitId)).map((a) => [a.id, a]),
  );
  const statusWords = new Map(
    ACTION_STATUSES.map((status) => [
      t(`actions.statuses.${status}`).toLocaleLowerCase('fi'),
      status,
    ]),
  );
  const wordList = ACTION_STATUSES.map((status) => t(`actions.statuses.${status}`)).join(', ');

  const errors: ImportError[] = [];
  const creates: PlannedCreate[] = [];
  const updates: PlannedUpdate[] = [];
  const unchanged: PlannedUnchanged[] = [];
  const claimedBy = new Map<string, number>();
  const withoutId: Candidate[] = [];

  const isClosed = (year: number) => planYears.get(year)?.status === 'closed';
  const schemas = new Map<number, ReturnType<typeof actionInputSchema>>();
  const schemaFor = (year: number) => {
    const schema = schemas.get(year) ?? actionInputSchema(year);
    schemas.set(year, schema);
    return schema;
  };

  table.rows.forEach((cells, position) => {
    const row = excelRow(position);
    if (skipRows.has(row) || isBlank(cells)) return;
    const rowErrors: ImportError[] = [];
    const fail = (key: ColumnKey | '', message: string) =>
      rowErrors.push({ row, column: key === '' ? '' : HEADER_OF[key], message });

    if (cells.slice(width).some((cell) => cell.trim() !== '')) {
      errors.push({ row, column: columnLetter(width), message: 'imports.errors.extraCells' });
      return;
    }
    const cell = (key: ColumnKey): string => {
      const at = header.index.get(key);
      const text = at === undefined ? '' : (cells[at] ?? '');
      return table.formulaEscapes ? unescapeFormula(text) : text;
    };

    // Year: four digits, a plan year that has been created.
    const yearText = cell('year').trim();
    let year: number | null = null;
    if (yearText === '') fail('year', 'validation.required');
    else if (!/^\d{4}$/.test(yearText)) fail('year', 'validation.invalidYear');
    else if (!planYears.has(Number(yearText)))
      fail('year', validationMessage('years.errors.missing', { year: Number(yearText) }));
    else year = Number(yearText);

    // The row it updates (by Id) or the unit it belongs to (by exact name).
    const id = cell('id').trim();
    const unitName = cell('unit').trim();
    let existing: ControlAction | undefined;
    let unit: Unit | undefined;
    if (id !== '') {
      existing = actionsById.get(id);
      if (!existing) fail('id', 'imports.errors.unknownId');
      else if (existing.deletedAt !== null) fail('id', 'imports.errors.deletedId');
      else {
        const earlier = claimedBy.get(id);
        if (earlier !== undefined)
          fail('id', validationMessage('imports.errors.duplicateId', { row: earlier }));
        else claimedBy.set(id, row);
        unit = unitsById.get(existing.unitId);
        if (unit && unitName !== unit.name) fail('unit', 'imports.errors.unitChanged');
        if (year !== null && year !== existing.year) fail('year', 'imports.errors.yearChanged');
      }
    } else if (unitName === '') {
      fail('unit', 'validation.required');
    } else {
      const matches = unitsByName.get(unitName) ?? [];
      if (matches.length === 0) fail('unit', 'imports.errors.unknownUnit');
      else if (matches.length > 1) fail('unit', 'imports.errors.ambiguousUnit');
      else if (!matches[0]?.active) fail('unit', 'actions.errors.unitInactive');
      else unit = matches[0];
    }

    // Status: one of the export's Finnish words (case does not matter).
    const statusText = cell('status').trim();
    const status = statusWords.get(statusText.toLocaleLowerCase('fi'));
    if (statusText === '') fail('status', 'validation.required');
    else if (!status)
      fail('status', validationMessage('imports.errors.unknownStatus', { words: wordList }));

    // The row form's own rules for the texts and the deadline. The deadline is checked on its
    // own as well, since the form's schema checks it only once the texts are valid.
    const schema = schemaFor(year ?? Number.NaN);
    const form = {
      objective: cell('objective'),
      actions: cell('actions'),
      indicator: cell('indicator'),
      owner: cell('owner'),
      deadline: cell('deadline'),
      status: status ?? 'not_started',
    };
    const parsed = schema.safeParse(form);
    const issues = [...(parsed.error?.issues ?? [])];
    if (issues.length > 0 && !issues.some((issue) => issue.path[0] === 'deadline')) {
      issues.push(
        ...(schema.safeParse({ ...VALID_FORM, deadline: form.deadline }).error?.issues ?? []),
      );
    }
    for (const issue of issues) {
      // Without a valid year, a deadline can only be checked for being a date.
      if (year === null && issue.message.startsWith('validation.deadlineOutsideYear')) continue;
      fail(FORM_FIELDS[String(issue.path[0])] ?? '', issue.message);
    }

    if (rowErrors.length > 0 || !parsed.success || !unit || year === null) {
      errors.push(...rowErrors);
      return;
    }
    const input = parsed.data;
    if (existing) {
      const changed = changedFields(input, existing);
      if (changed.length === 0) {
        unchanged.push({ row, id: existing.id });
      } else if (isClosed(year)) {
        errors.push({
          row,
          column: HEADER_OF.year,
          message: validationMessage('years.errors.closed', { year }),
        });
      } else {
        updates.push({
          row,
          id: existing.id,
          rev: existing.rev,
          unitId: existing.unitId,
          year,
          values: formValues(input),
          changed,
        });
      }
    } else {
      withoutId.push({ row, unitId: unit.id, year, input });
    }
  });

  // Rows without an Id: first the exact matches, then same-key rows to update, then new rows.
  const candidates = new Map<string, ControlAction[]>();
  for (const action of actionsById.values()) {
    if (action.deletedAt !== null || claimedBy.has(action.id)) continue;
    const key = rowKey(action.unitId, action.year, action);
    candidates.set(key, [...(candidates.get(key) ?? []), action]);
  }
  for (const list of candidates.values()) {
    list.sort((a, b) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id));
  }
  const taken = new Set<string>();
  const take = (candidate: Candidate, exact: boolean) => {
    const list = candidates.get(rowKey(candidate.unitId, candidate.year, candidate.input)) ?? [];
    const match = list.find(
      (action) =>
        !taken.has(action.id) && (!exact || changedFields(candidate.input, action).length === 0),
    );
    if (match) taken.add(match.id);
    return match;
  };
  const exact = new Map<Candidate, ControlAction>();
  for (const candidate of withoutId) {
    const match = take(candidate, true);
    if (match) exact.set(candidate, match);
  }
  for (const candidate of withoutId) {
    const { row, unitId, year, input } = candidate;
    const exactMatch = exact.get(candidate);
    if (exactMatch) {
      unchanged.push({ row, id: exactMatch.id });
      continue;
    }
    if (isClosed(year)) {
      errors.push({
        row,
        column: HEADER_OF.year,
        message: validationMessage('years.errors.closed', { year }),
      });
      continue;
    }
    const match = take(candidate, false);
    if (match) {
      updates.push({
        row,
        id: match.id,
        rev: match.rev,
        unitId,
        year,
        values: formValues(input),
        changed: changedFields(input, match),
      });
    } else {
      creates.push({ row, unitId, year, values: formValues(input) });
    }
  }

  if (problems.length > 0 || errors.length > 0) {
    return { ok: false, errors: byRow([...problems, ...errors]) };
  }
  return {
    ok: true,
    creates: byRow(creates),
    updates: byRow(updates),
    unchanged: byRow(unchanged),
  };
};
