import type { CellValue, ExportTable, TableColumn } from './columns';
import { measureText, widestPiece, wrappedLines } from './text-width';

/**
 * How a table lies on an XLSX sheet and its printed pages: column widths from the content, row
 * heights that fit the wrapped text (exceljs measures nothing, and Excel and Calc show a row at
 * the height the file gives it), and which columns print. Widths are in Excel's unit, the width
 * of a digit of the sheet's font (Calibri 11 in Excel; Calc measures the font it has); heights in
 * points.
 */
export type SheetLayout = {
  /** Table column indexes in sheet order: the printed columns, then the identifiers. */
  order: number[];
  /** Width of each table column (by table index). */
  widths: number[];
  /** How many columns, from the left of the sheet, print. */
  printedColumns: number;
  headerHeight: number;
  rowHeights: number[];
  /** The scale Excel prints the printed columns at when it fits them to the page width. */
  fitScale: number;
};

/** Below this a printed sheet is too small to read (Calibri 11 at 60 % is about 6.6 pt). */
export const MIN_PRINT_SCALE = 0.6;
/** Columns are narrowed to fit the page at this scale: a margin above the minimum, as Excel rounds down. */
const TARGET_SCALE = 0.7;

/** A4 landscape less the side margins the workbook sets (0.4 in each), in points. */
export const PAGE_MARGINS = {
  left: 0.4,
  right: 0.4,
  top: 0.6,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
};
const PRINTABLE_WIDTH = (297 / 25.4 - PAGE_MARGINS.left - PAGE_MARGINS.right) * 72;

/** Excel's pixels for a column of `width` digits (Calibri 11: 7 px a digit, 5 px of padding), in points. */
const columnPoints = (width: number) => Math.round(width * 7 + 5) * 0.75;

/**
 * Room beside the text inside a cell, in digits: the cells' indent of one level (about 1.6
 * digits in Calc, a little less in Excel) and a margin on the right.
 */
export const CELL_PADDING = 2.6;
const MIN_WIDTH = 4;
/** Columns whose content is at most this wide are not wrapped to make room for others. */
const SHORT_WIDTH = 18;
/** A short date, 30.12.2026: eight digits and two dots. */
const DATE_WIDTH = 9;
/** Points a wrapped line takes: Excel's row of one line of Calibri 11 (Calc's font needs less). */
const LINE_HEIGHT = 15;
/** Excel's tallest row. */
const MAX_ROW_HEIGHT = 409;

const isWrapped = (column: TableColumn) => column.kind === 'text' || column.kind === 'longText';

const cellText = (value: CellValue, column: TableColumn): string | null => {
  if (value === null || value === '') return null;
  if (column.kind === 'date') return null;
  return String(value);
};

/**
 * `min`: the narrowest the column may be (its widest unbreakable piece); `natural`: the width its
 * content asks for (capped); `mass`: how much text a row has in it on average, in digits.
 */
type Span = { min: number; natural: number; mass: number };

const columnSpan = (table: ExportTable, index: number): Span => {
  const column = table.columns[index]!;
  const cap = column.isIdentifier ? Infinity : column.width;
  let piece = widestPiece(column.header, true);
  let line = column.kind === 'date' ? DATE_WIDTH : 0;
  let total = 0;
  for (const row of table.rows) {
    const text = cellText(row[index] ?? null, column);
    if (text === null) continue;
    const measure = measureText(text);
    piece = Math.max(piece, Math.min(measure.piece, cap));
    line = Math.max(line, measure.line);
    total += measure.total;
  }
  const min = Math.max(MIN_WIDTH, piece) + CELL_PADDING;
  return {
    min,
    natural: Math.max(min, Math.min(cap, line + CELL_PADDING)),
    mass: total / Math.max(table.rows.length, 1),
  };
};

/**
 * Widths that fit `budget` points: each column as wide as its content asks if they all fit;
 * otherwise in proportion to the text it holds (so a row's columns wrap to about as many lines
 * as each other and the tallest cell is no taller than it must be), within its minimum and
 * natural width. Short texts (a status, a date, a name) keep their one line.
 */
const fitColumns = (spans: readonly Span[], budget: number): number[] => {
  const lowest = (span: Span) => Math.max(span.min, Math.min(span.natural, SHORT_WIDTH));
  const widthsAt = (scale: number) =>
    spans.map((span) => Math.max(lowest(span), Math.min(span.natural, scale * span.mass)));
  const points = (widths: number[]) => widths.reduce((sum, width) => sum + columnPoints(width), 0);
  const natural = spans.map((span) => span.natural);
  if (points(natural) <= budget) return natural;
  let low = 0;
  let high = Math.max(...spans.map((span) => span.natural / Math.max(span.mass, 1e-6)));
  for (let step = 0; step < 40; step += 1) {
    const scale = (low + high) / 2;
    if (points(widthsAt(scale)) > budget) high = scale;
    else low = scale;
  }
  return widthsAt(low);
};

const rowHeight = (lines: number) => Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);

/** The layout of one table's sheet. */
export const sheetLayout = (table: ExportTable): SheetLayout => {
  const indexes = table.columns.map((_, index) => index);
  const printed = indexes.filter((index) => !table.columns[index]!.isIdentifier);
  const identifiers = indexes.filter((index) => table.columns[index]!.isIdentifier);
  const spans = indexes.map((index) => columnSpan(table, index));
  const printedWidths = fitColumns(
    printed.map((index) => spans[index]!),
    PRINTABLE_WIDTH / TARGET_SCALE,
  );
  const widths = spans.map((span) => span.natural);
  printed.forEach((index, position) => (widths[index] = printedWidths[position]!));
  const printedPoints = printed.reduce((sum, index) => sum + columnPoints(widths[index]!), 0);

  const wrapped = indexes.filter((index) => isWrapped(table.columns[index]!));
  const headerLines = Math.max(
    ...indexes.map((index) =>
      wrappedLines(table.columns[index]!.header, widths[index]! - CELL_PADDING, true),
    ),
  );
  const rowHeights = table.rows.map((row) => {
    let lines = 1;
    for (const index of wrapped) {
      const value = row[index];
      if (typeof value !== 'string' || value === '') continue;
      lines = Math.max(lines, wrappedLines(value, widths[index]! - CELL_PADDING));
    }
    return rowHeight(lines);
  });
  return {
    order: [...printed, ...identifiers],
    widths,
    printedColumns: printed.length,
    headerHeight: rowHeight(headerLines),
    rowHeights,
    fitScale: Math.min(1, PRINTABLE_WIDTH / Math.max(printedPoints, 1)),
  };
};
