import ExcelJS from 'exceljs';
import type { CellValue, ExportTable, TableColumn } from '../../../shared/exports/columns';
import { MIN_PRINT_SCALE, PAGE_MARGINS, sheetLayout } from '../../../shared/exports/sheet-layout';
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

/**
 * The workbook's default font, named for the header: a bold font without a name prints in a serif
 * in Calc. Data cells keep the default: a font on every cell made the export of 10,000 rows
 * about 0.3 s slower to write.
 */
const HEADER_FONT = { name: 'Calibri', size: 11, bold: true } as const;

/**
 * Everything from the left with an indent, which keeps a gap between columns (Calc ignores an
 * indent on right-aligned cells, so numbers and dates would touch the next column there).
 */
const ALIGNMENT = { vertical: 'top', horizontal: 'left', indent: 1 } as const;

const columnStyle = (column: TableColumn): Partial<ExcelJS.Style> => ({
  alignment: { ...ALIGNMENT, wrapText: column.kind === 'longText' || column.kind === 'text' },
  ...(column.kind === 'date' ? { numFmt: XLSX_DATE_FORMAT } : {}),
});

const addSheet = (workbook: ExcelJS.Workbook, table: ExportTable, onRow: () => void): void => {
  const layout = sheetLayout(table);
  const isReadableFit = layout.fitScale >= MIN_PRINT_SCALE;
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      margins: PAGE_MARGINS,
      showGridLines: true,
      // One page wide where the print stays readable; otherwise 60 % over more pages.
      ...(isReadableFit
        ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
        : { fitToPage: false, scale: Math.round(MIN_PRINT_SCALE * 100) }),
    },
    // Sheet name on the left, "page / pages" on the right of every printed page; the table's
    // full name on top where the sheet name had to be shortened ('&' is a code there, so '&&').
    headerFooter: {
      oddFooter: '&L&A&R&P / &N',
      ...(table.title ? { oddHeader: `&L&B${table.title.replace(/&/g, '&&')}` } : {}),
    },
  });
  const columns = layout.order.map((index) => table.columns[index]!);
  sheet.columns = layout.order.map((index) => {
    const column = table.columns[index]!;
    return {
      header: column.header,
      key: column.key,
      width: layout.widths[index],
      style: columnStyle(column),
    };
  });
  const header = sheet.getRow(1);
  header.font = HEADER_FONT;
  header.alignment = { ...ALIGNMENT, wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  header.border = { bottom: { style: 'thin', color: { argb: 'FF5B6B7A' } } };
  header.height = layout.headerHeight;
  table.rows.forEach((row, position) => {
    const added = sheet.addRow(
      layout.order.map((index, column) => cellValue(row[index] ?? null, columns[column]!)),
    );
    added.height = layout.rowHeights[position]!;
    onRow();
  });
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
  };
  // The header repeats on every printed page.
  sheet.pageSetup.printTitlesRow = '1:1';
  // The identifiers at the right stay on the sheet (an import reads the id back) but do not print.
  const lastPrinted = sheet.getColumn(Math.max(1, layout.printedColumns)).letter;
  sheet.pageSetup.printArea = `A:${lastPrinted}`;
};

/**
 * One sheet per table, in order and named by it, with a bold, frozen, filterable header row,
 * real dates, columns as wide as their content, rows as tall as their wrapped text, and print
 * settings (A4 landscape, header row on every page, one page wide, identifiers not printed: see
 * sheetLayout). CPU
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
