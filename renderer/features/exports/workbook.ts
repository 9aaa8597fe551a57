import ExcelJS from 'exceljs';
import type { CellValue, ExportTable, TableColumn } from '../../../shared/exports/columns';
import { XLSX_DATE_FORMAT } from './xlsxFormat';
import type { XlsxProgress } from './xlsxMessages';

const PROGRESS_EVERY = 500;

/** A stored yyyy-MM-dd as the Excel date of that day (Excel dates carry no time zone). */
const toExcelDate = (iso: string): Date => {
  const [year = 1970, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
};

const cellValue = (value: CellValue, column: TableColumn): ExcelJS.CellValue => {
  if (value === null || value === '') return null;
  if (column.kind === 'date' && typeof value === 'string') return toExcelDate(value);
  // Text is always stored as text: a value such as "=1+1" is never written as a formula.
  return value;
};

const columnStyle = (column: TableColumn): Partial<ExcelJS.Style> => ({
  alignment: { vertical: 'top', wrapText: column.kind === 'longText' || column.kind === 'text' },
  ...(column.kind === 'date' ? { numFmt: XLSX_DATE_FORMAT } : {}),
});

const addSheet = (workbook: ExcelJS.Workbook, table: ExportTable, onRow: () => void): void => {
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    style: columnStyle(column),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  for (const row of table.rows) {
    sheet.addRow(table.columns.map((column, index) => cellValue(row[index] ?? null, column)));
    onRow();
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
  };
  // The header repeats on every printed page.
  sheet.pageSetup.printTitlesRow = '1:1';
};

/**
 * One sheet per table with a frozen, filterable header row, real dates and wrapped text. CPU
 * bound (about a second per 10,000 rows), so it runs in a worker; `onProgress` is called every
 * few hundred rows and once more before the file is compressed.
 */
export const buildXlsx = async (
  tables: readonly ExportTable[],
  onProgress: (progress: XlsxProgress) => void = () => undefined,
): Promise<Uint8Array<ArrayBuffer>> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Valvo';
  workbook.created = new Date();
  const total = tables.reduce((sum, table) => sum + table.rows.length, 0);
  let done = 0;
  onProgress({ kind: 'progress', phase: 'rows', done, total });
  for (const table of tables) {
    addSheet(workbook, table, () => {
      done += 1;
      if (done % PROGRESS_EVERY === 0) onProgress({ kind: 'progress', phase: 'rows', done, total });
    });
  }
  onProgress({ kind: 'progress', phase: 'writing', done, total });
  const buffer: unknown = await workbook.xlsx.writeBuffer();
  // A plain copy: exceljs hands back a Buffer polyfill, which should not cross to the window.
  if (buffer instanceof Uint8Array || buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
  throw new Error('exceljs returned no bytes');
};
