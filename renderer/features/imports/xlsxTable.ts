import ExcelJS from 'exceljs';
import { cellText, trimTrailingEmpty } from '../../../shared/imports/cells';
import type { ImportTable } from '../../../shared/imports/import-header';
import { isRowSheet } from '../../../shared/imports/import-header';
import type { XlsxReadProgress, XlsxReadResult } from './xlsxImportMessages';

const PROGRESS_EVERY = 500;

const rowCells = (row: ExcelJS.Row): string[] => {
  const cells: string[] = [];
  for (let column = 1; column <= row.cellCount; column += 1) {
    cells.push(cellText(row.getCell(column).value));
  }
  return trimTrailingEmpty(cells);
};

/**
 * The sheets of rows of an XLSX (those whose header has the export's Yksikkö, Vuosi and Tila:
 * one per table kind, or the one "Toimenpiteet" of files from before the kinds; the risks'
 * sheet is not one) as text cells, every row in its Excel position (empty rows included, so row
 * numbers in messages match what Excel shows). CPU bound for big files, so it runs in a worker.
 */
export const readXlsxTable = async (
  bytes: ArrayBuffer,
  onProgress: (progress: XlsxReadProgress) => void = () => undefined,
): Promise<XlsxReadResult> => {
  onProgress({ kind: 'progress', phase: 'opening', done: 0, total: 0 });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    return { ok: false, message: 'imports.errors.unreadableXlsx' };
  }
  const sheets = workbook.worksheets.filter((sheet) => isRowSheet(rowCells(sheet.getRow(1))));
  if (sheets.length === 0) return { ok: false, message: 'imports.errors.noRowSheet' };
  const total = sheets.reduce((sum, sheet) => sum + Math.max(0, sheet.rowCount - 1), 0);
  let done = 0;
  onProgress({ kind: 'progress', phase: 'rows', done, total });
  const tables: ImportTable[] = sheets.map((sheet) => {
    const rows: string[][] = [];
    for (let number = 2; number <= sheet.rowCount; number += 1) {
      rows.push(rowCells(sheet.getRow(number)));
      done += 1;
      if (done % PROGRESS_EVERY === 0) onProgress({ kind: 'progress', phase: 'rows', done, total });
    }
    return { header: rowCells(sheet.getRow(1)), rows, formulaEscapes: false, sheet: sheet.name };
  });
  return { ok: true, tables };
};
