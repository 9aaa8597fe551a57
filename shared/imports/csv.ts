import Papa from 'papaparse';
import { CSV_BOM, CSV_DELIMITER } from '../exports/csv';
import type { ImportError, ImportTable } from './import-header';

/** 20 MB: a larger file is refused before it is read (the register's exports are far smaller). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * Splits the text into the header row and data rows: `;` between fields, `"` quoting (a quoted
 * field may hold `;`, `""` and line breaks), any line ending. Broken quoting is reported on the
 * row where it starts, in the column where the field began; that row is not checked further.
 */
export const readCsvTable = (text: string): ImportTable => {
  const source = text.startsWith(CSV_BOM) ? text.slice(CSV_BOM.length) : text;
  const result = Papa.parse<string[]>(source, {
    delimiter: CSV_DELIMITER,
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
  });
  const [header = [], ...rows] = result.data;
  const problems = new Map<number, ImportError>();
  for (const error of result.errors) {
    if (error.type !== 'Quotes' || error.row === undefined) continue;
    // papaparse counts records from 0 with the header as record 0; Excel counts rows from 1.
    const row = error.row + 1;
    const cells = result.data[error.row] ?? [];
    const position = Math.max(0, cells.length - 1);
    const column = header[position]?.trim() || '';
    const message =
      error.code === 'MissingQuotes' ? 'imports.errors.unclosedQuote' : 'imports.errors.badQuote';
    const earlier = problems.get(row);
    if (!earlier || message === 'imports.errors.unclosedQuote') {
      problems.set(row, { row, column, message });
    }
  }
  return {
    header,
    rows,
    formulaEscapes: true,
    problems: [...problems.values()].sort((a, b) => a.row - b.row),
  };
};
