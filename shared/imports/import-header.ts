import { ACTION_COLUMNS } from '../exports/action-columns';
import { FORMULA_ESCAPE, FORMULA_START } from '../exports/csv';

/**
 * The header row of an import file: which column holds what, as the export names them, and
 * the cell positions the user sees in Excel (row numbers, column letters).
 */

/** A file read into text cells: the header row and the data rows below it, in file order. */
export type ImportTable = {
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** CSV cells carry the export's apostrophe before formula-like text; XLSX cells do not. */
  formulaEscapes: boolean;
  /** Problems the reader found (e.g. broken quoting); the rows they name are not checked further. */
  problems?: readonly ImportError[];
  /** The XLSX sheet the rows are on (a workbook has one per table kind); none for CSV. */
  sheet?: string;
};

/**
 * `row`: the row number in Excel (the header is row 1, the first data row is row 2);
 * `column`: the column's header as written in the file (or its letter when it has none, or ''
 * for a problem of the whole row); `message`: an i18n key, with parameters after '?'.
 */
export type ImportError = { row: number; column: string; message: string; sheet?: string };

/** The three text columns, whose headings are each table kind's own on an XLSX sheet. */
export const TEXT_COLUMNS = ['objective', 'actions', 'indicator'] as const;
export type Headings = Record<(typeof TEXT_COLUMNS)[number], string>;

export type ColumnKey = (typeof ACTION_COLUMNS)[number]['key'];

export const HEADER_OF = Object.fromEntries(
  ACTION_COLUMNS.map((column) => [column.key, column.header]),
) as Record<ColumnKey, string>;
const KEY_OF = new Map<string, ColumnKey>(
  ACTION_COLUMNS.filter((column) => !(TEXT_COLUMNS as readonly string[]).includes(column.key)).map(
    (column) => [column.header, column.key],
  ),
);
/** The CSV's headings of the three text columns (the internal-control table's). */
export const STANDARD_HEADINGS: Headings = {
  objective: HEADER_OF.objective,
  actions: HEADER_OF.actions,
  indicator: HEADER_OF.indicator,
};

/** A sheet of rows, as opposed to the risks' sheet: its header has the unit, year and status. */
export const isRowSheet = (header: readonly string[]) => {
  const names = new Set(header.map((cell) => cell.trim()));
  return [HEADER_OF.unit, HEADER_OF.year, HEADER_OF.status].every((name) => names.has(name));
};

/**
 * The headings the file uses for the three text columns: of the standard ones and each kind's
 * (`choices`), the first with the most of them in the header (all three, in an intact file).
 */
const pickHeadings = (header: readonly string[], choices: readonly Headings[]): Headings => {
  const present = new Set(header);
  let best = STANDARD_HEADINGS;
  let bestCount = -1;
  for (const choice of [STANDARD_HEADINGS, ...choices]) {
    const count = TEXT_COLUMNS.filter((key) => present.has(choice[key])).length;
    if (count > bestCount) [best, bestCount] = [choice, count];
  }
  return best;
};

/** Columns a file must have. Id is optional (a file of new rows); the rest are read-only info. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = [
  'unit',
  'year',
  'objective',
  'actions',
  'indicator',
  'owner',
  'deadline',
  'status',
];

const FORMULA_ESCAPED = new RegExp(`^${FORMULA_ESCAPE}(?=${FORMULA_START.source.slice(1)})`);

/** The export's CSV cell back as the text it was: the apostrophe before a formula removed. */
export const unescapeFormula = (text: string): string => text.replace(FORMULA_ESCAPED, '');

/** Excel's column letter: 0 → A, 25 → Z, 26 → AA. */
export const columnLetter = (index: number): string => {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
};

/** The Excel row number of data row `index` (0-based, below the header row). */
export const excelRow = (index: number) => index + 2;

export const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * `isWholeFile`: the one error says the file is not in the export's form at all, so nothing
 * else about it (its quoting, its rows) is worth listing. `names`: each column's heading as
 * this file writes it, for messages.
 */
type HeaderMap = {
  index: Map<ColumnKey, number>;
  names: Record<ColumnKey, string>;
  errors: ImportError[];
  isWholeFile: boolean;
};

const wholeFile = (message: string): HeaderMap => ({
  index: new Map(),
  names: HEADER_OF,
  errors: [{ row: 1, column: '', message }],
  isWholeFile: true,
});

/**
 * Which column holds what. `kindHeadings`: the table kinds' own headings of the three text
 * columns (every kind, every language), which an XLSX sheet of one kind carries.
 */
export const mapHeader = (
  table: ImportTable,
  kindHeadings: readonly Headings[] = [],
): HeaderMap => {
  const index = new Map<ColumnKey, number>();
  const errors: ImportError[] = [];
  const header = table.header.map((cell) => cell.trim());
  const headings = pickHeadings(header, kindHeadings);
  const names = { ...HEADER_OF, ...headings };
  const keyOf = new Map(KEY_OF);
  for (const key of TEXT_COLUMNS) keyOf.set(headings[key], key);
  if (header.length === 0 || isBlank(header)) return wholeFile('imports.errors.noHeader');
  // A file saved with another separator reads as one long header cell.
  if (header.length === 1 && /[,\t]/.test(header[0] ?? '')) {
    return wholeFile('imports.errors.wrongDelimiter');
  }
  // Not one required column: another kind of file, whose every heading would be "unknown".
  if (!REQUIRED_COLUMNS.some((key) => header.includes(names[key]))) {
    return wholeFile('imports.errors.notRowFile');
  }
  header.forEach((name, position) => {
    if (name === '') {
      // An empty column without a header (Excel's trailing columns) is no error.
      if (table.rows.every((row) => (row[position] ?? '').trim() === '')) return;
      errors.push({
        row: 1,
        column: columnLetter(position),
        message: 'imports.errors.noColumnName',
      });
      return;
    }
    const key = keyOf.get(name);
    if (key === undefined) {
      errors.push({ row: 1, column: name, message: 'imports.errors.unknownColumn' });
    } else if (index.has(key)) {
      errors.push({ row: 1, column: name, message: 'imports.errors.duplicateColumn' });
    } else {
      index.set(key, position);
    }
  });
  for (const key of REQUIRED_COLUMNS) {
    if (!index.has(key)) {
      errors.push({ row: 1, column: names[key], message: 'imports.errors.missingColumn' });
    }
  }
  return { index, names, errors, isWholeFile: false };
};

/** The header text of a column key, for messages and tests. */
export const columnHeader = (key: ColumnKey): string => HEADER_OF[key];
