import Papa from 'papaparse';
import { formatDateForInput } from '../dates';
import type { CellValue, ExportTable, TableColumn } from './columns';

/**
 * CSV as Finnish Excel opens it by double-click: `;` between fields (the comma is the decimal
 * separator there), a UTF-8 byte order mark (without it Excel reads ä and ö as ANSI), CRLF line
 * ends, and dates as d.M.yyyy.
 */
export const CSV_DELIMITER = ';';
export const CSV_NEWLINE = '\r\n';
export const CSV_BOM = '\uFEFF';
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';

/**
 * Cells a spreadsheet would run as a formula (or as DDE) when they start with one of these. The
 * cell is kept, with an apostrophe in front, as OWASP's CSV-injection advice says; papaparse's
 * own default pattern misses a formula followed by a line break, hence our own.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;
export const FORMULA_ESCAPE = "'";

/** What a text cell becomes in the file: the apostrophe prefix is the only change ever made. */
export const neutraliseFormula = (text: string): string =>
  FORMULA_START.test(text) ? `${FORMULA_ESCAPE}${text}` : text;

const cellText = (value: CellValue, column: TableColumn): string | number => {
  if (value === null) return '';
  if (column.kind === 'date' && typeof value === 'string') return formatDateForInput(value);
  return value;
};

/** The table as CSV text, header row first, BOM included. */
export const toCsv = (table: ExportTable): string =>
  CSV_BOM +
  Papa.unparse(
    [
      table.columns.map((column) => column.header),
      ...table.rows.map((row) =>
        table.columns.map((column, index) => cellText(row[index] ?? null, column)),
      ),
    ],
    {
      delimiter: CSV_DELIMITER,
      newline: CSV_NEWLINE,
      quotes: false,
      quoteChar: '"',
      escapeChar: '"',
      escapeFormulae: FORMULA_START,
    },
  );
