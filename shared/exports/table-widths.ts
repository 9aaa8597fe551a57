import { measureText, widestLine, widestPiece } from './text-width';

/**
 * Column widths for a table in a Word document, from its content: no column is narrower than its
 * longest word (so "Hallintopalvelut" and "Myöhässä" never break), the text columns take the room
 * that is left, and where even the longest words do not fit the page the table's type gets
 * smaller before any word breaks. Widths in twips (1/20 pt).
 */
export type TableWidths = { widths: number[]; fontSize: number };

/**
 * A digit of the widest font the document may be shown in (DejaVu Sans, where LibreOffice has no
 * Calibri), in ems; Word with Calibri has about a fifth to spare.
 */
const DIGIT_EM = 0.64;
/** The table's cell margin on each side, in twips. */
export const CELL_MARGIN = 80;
/** Left and right cell margins together, and a little slack against rounding. */
const CELL_MARGINS = 2 * CELL_MARGIN + 40;
const FONT_SIZES = [10, 9, 8] as const;

type Column = { min: number; natural: number; isText: boolean };

const columnsAt = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
  size: number,
) => {
  const twips = (digits: number) => Math.ceil(digits * DIGIT_EM * size * 20) + CELL_MARGINS;
  return header.map((title, index): Column => {
    let piece = widestPiece(title, true);
    let line = widestLine(title, true);
    let isText = false;
    for (const row of rows) {
      const text = row[index] ?? '';
      const measure = measureText(text);
      piece = Math.max(piece, measure.piece);
      line = Math.max(line, measure.line);
      isText ||= !/^[\d\s]*$/.test(text);
    }
    return { min: twips(piece), natural: twips(line), isText };
  });
};

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Every column at least its minimum; the widest narrowed first, down to one level, to fit `room`. */
const levelled = (columns: readonly Column[], room: number): number[] => {
  const widthsAt = (level: number) =>
    columns.map((column) => Math.max(column.min, Math.min(column.natural, level)));
  let low = 0;
  let high = Math.max(...columns.map((column) => column.natural));
  for (let step = 0; step < 30; step += 1) {
    const level = (low + high) / 2;
    if (sum(widthsAt(level)) > room) high = level;
    else low = level;
  }
  return widthsAt(low);
};

/** The natural widths, with the room left over given to the text columns. */
const widened = (columns: readonly Column[], room: number): number[] => {
  const natural = columns.map((column) => column.natural);
  const spare = room - sum(natural);
  const text = sum(columns.filter((column) => column.isText).map((column) => column.natural));
  if (text === 0) return natural;
  return columns.map((column) =>
    column.isText ? column.natural + (spare * column.natural) / text : column.natural,
  );
};

/** Widths filling `room` twips (the page's text width), at the largest type size that fits. */
export const tableWidths = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
  room: number,
): TableWidths => {
  const fits = (columns: readonly Column[]) => sum(columns.map((column) => column.min)) <= room;
  const sizes = FONT_SIZES.map((fontSize) => ({
    fontSize,
    columns: columnsAt(header, rows, fontSize),
  }));
  const { fontSize, columns } = sizes.find((size) => fits(size.columns)) ?? sizes.at(-1)!;
  const widths =
    sum(columns.map((column) => column.natural)) <= room
      ? widened(columns, room)
      : levelled(columns, room);
  return { widths: widths.map(Math.floor), fontSize };
};
