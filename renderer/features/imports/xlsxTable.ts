import ExcelJS from 'exceljs';
import { TABLE_NAMES } from '../../../shared/exports/columns';
import { cellText, trimTrailingEmpty } from '../../../shared/imports/cells';
import { validationMessage } from '../../../shared/validation';
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
 * The sheet "Toimenpiteet" of an XLSX as text cells, every row in its Excel position (empty rows
 * included, so row numbers in messages match what Excel shows). CPU bound for big files, so it
 * runs in a worker.
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
  const sheet = workbook.getWorksheet(TABLE_NAMES.actions);
  if (!sheet) {
    return {
      ok: false,
      message: validationMessage('imports.errors.noSheet', { sheet: TABLE_NAMES.actions }),
    };
  }
  const total = Math.max(0, sheet.rowCount - 1);
  const header = rowCells(sheet.getRow(1));
  const rows: string[][] = [];
  onProgress({ kind: 'progress', phase: 'rows', done: 0, total });
  for (let number = 2; number <= sheet.rowCount; number += 1) {
    rows.push(rowCells(sheet.getRow(number)));
    if ((number - 1) % PROGRESS_EVERY === 0) {
      onProgress({ kind: 'progress', phase: 'rows', done: number - 1, total });
    }
  }
  return { ok: true, table: { header, rows, formulaEscapes: false } };
};
