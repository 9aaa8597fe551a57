import type { ControlAction } from '../domain/control-action';
import type { Unit } from '../domain/unit';
import { validationMessage } from '../validation';
import type { StateIndex } from './action-import-index';
import type { Candidate, PlanParts } from './action-import-plan';
import { changedFields, formValues } from './action-import-plan';
import type { LanguageCode } from '../dates';
import type { Cell, Fail, Placement } from './action-import-placement';
import { readPlacement } from './action-import-placement';
import type { ColumnKey, ImportError, ImportTable, mapHeader } from './import-header';
import { columnLetter, excelRow, isBlank, unescapeFormula } from './import-header';

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

type HeaderMap = ReturnType<typeof mapHeader>;

/** Where in the file a row is: its sheet (XLSX) and Excel row number. */
export type RowPlace = { row: number; sheet?: string };

/** Gathered over the rows (of every sheet): each Id the file names and where it was first. */
export type RowsRead = PlanParts & { withoutId: Candidate[]; claimedBy: Map<string, RowPlace> };

/** Year: four digits, a plan year that has been created. */
const readYear = (cell: Cell, index: StateIndex, fail: Fail): number | null => {
  const text = cell('year').trim();
  if (text === '') fail('year', 'validation.required');
  else if (!/^\d{4}$/.test(text)) fail('year', 'validation.invalidYear');
  else if (!index.planYears.has(Number(text)))
    fail('year', validationMessage('years.errors.missing', { year: Number(text) }));
  else return Number(text);
  return null;
};

/** The row it updates (by Id) or the unit it belongs to (by exact name). */
const readTarget = (
  cell: Cell,
  place: RowPlace,
  year: number | null,
  index: StateIndex,
  read: RowsRead,
  fail: Fail,
): { existing?: ControlAction; unit?: Unit } => {
  const id = cell('id').trim();
  const unitName = cell('unit').trim();
  if (id !== '') {
    const existing = index.actionsById.get(id);
    if (!existing) fail('id', 'imports.errors.unknownId');
    else if (existing.deletedAt !== null) fail('id', 'imports.errors.deletedId');
    else {
      const earlier = read.claimedBy.get(id);
      if (earlier === undefined) read.claimedBy.set(id, place);
      else if (earlier.sheet === place.sheet)
        fail('id', validationMessage('imports.errors.duplicateId', { row: earlier.row }));
      else
        fail(
          'id',
          validationMessage('imports.errors.duplicateIdOnSheet', {
            row: earlier.row,
            sheet: earlier.sheet ?? '',
          }),
        );
      const unit = index.unitsById.get(existing.unitId);
      if (unit && unitName !== unit.name) fail('unit', 'imports.errors.unitChanged');
      if (year !== null && year !== existing.year) fail('year', 'imports.errors.yearChanged');
      return { existing, unit };
    }
    return { existing };
  }
  if (unitName === '') {
    fail('unit', 'validation.required');
    return {};
  }
  const matches = index.unitsByName.get(unitName) ?? [];
  if (matches.length === 0) fail('unit', 'imports.errors.unknownUnit');
  else if (matches.length > 1) fail('unit', 'imports.errors.ambiguousUnit');
  else if (!matches[0]?.active) fail('unit', 'actions.errors.unitInactive');
  else return { unit: matches[0] };
  return {};
};

/**
 * Status: one of the export's Finnish words (case does not matter). Then the row form's own
 * rules for the texts and the deadline. The deadline is checked on its own as well, since the
 * form's schema checks it only once the texts are valid.
 */
const readForm = (
  cell: Cell,
  year: number | null,
  placement: Placement,
  index: StateIndex,
  fail: Fail,
) => {
  const statusText = cell('status').trim();
  const status = index.statusWords.get(statusText.toLocaleLowerCase('fi'));
  if (statusText === '') fail('status', 'validation.required');
  else if (!status)
    fail('status', validationMessage('imports.errors.unknownStatus', { words: index.wordList }));
  const schema = index.schemaFor(year ?? Number.NaN);
  const form = {
    objective: cell('objective'),
    actions: cell('actions'),
    indicator: cell('indicator'),
    owner: cell('owner'),
    deadline: cell('deadline'),
    status: status ?? 'not_started',
    ...placement,
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
  return parsed.success ? parsed.data : null;
};

/**
 * Checks one data row: every problem is listed with its Excel row and column. A row with an Id
 * is planned here (unchanged, or an update unless its year is closed); one without an Id waits
 * for the matching of ./action-import-match.
 */
const readRow = (cells: readonly string[], row: number, context: RowContext, read: RowsRead) => {
  const { table, header, index } = context;
  const sheet = table.sheet;
  const at = sheet === undefined ? { row } : { row, sheet };
  const width = table.header.length;
  if (cells.slice(width).some((cell) => cell.trim() !== '')) {
    read.errors.push({ ...at, column: columnLetter(width), message: 'imports.errors.extraCells' });
    return;
  }
  const rowErrors: ImportError[] = [];
  const fail: Fail = (key, message) =>
    rowErrors.push({ ...at, column: key === '' ? '' : header.names[key], message });
  const cell: Cell = (key) => {
    const at = header.index.get(key);
    const text = at === undefined ? '' : (cells[at] ?? '');
    return table.formulaEscapes ? unescapeFormula(text) : text;
  };
  const year = readYear(cell, index, fail);
  const { existing, unit } = readTarget(cell, at, year, index, read, fail);
  const hasColumn = (key: ColumnKey) => header.index.has(key);
  const placement = readPlacement(cell, hasColumn, existing, year, context, fail);
  const input = readForm(cell, year, placement ?? {}, index, fail);
  if (rowErrors.length > 0 || !input || !placement || !unit || year === null) {
    read.errors.push(...rowErrors);
    return;
  }
  if (!existing) {
    read.withoutId.push({ ...at, unitId: unit.id, year, input });
    return;
  }
  const changed = changedFields(input, existing);
  if (changed.length === 0) read.unchanged.push({ ...at, id: existing.id });
  else if (index.isClosed(year))
    read.errors.push({
      ...at,
      column: header.names.year,
      message: validationMessage('years.errors.closed', { year }),
    });
  else
    read.updates.push({
      ...at,
      id: existing.id,
      rev: existing.rev,
      unitId: existing.unitId,
      year,
      values: formValues(input),
      changed,
    });
};

type RowContext = {
  table: ImportTable;
  header: HeaderMap;
  index: StateIndex;
  language: LanguageCode;
};

export const emptyRowsRead = (): RowsRead => ({
  errors: [],
  creates: [],
  updates: [],
  unchanged: [],
  withoutId: [],
  claimedBy: new Map(),
});

/**
 * Every data row of one table (a CSV, or a sheet) checked into `read`, which gathers the rows
 * of every sheet; but the rows the file's reader already refused, and blank ones.
 */
export const parseRows = (
  context: RowContext,
  skipRows: ReadonlySet<number>,
  read: RowsRead,
): void => {
  context.table.rows.forEach((cells, position) => {
    const row = excelRow(position);
    if (!skipRows.has(row) && !isBlank(cells)) readRow(cells, row, context, read);
  });
};
