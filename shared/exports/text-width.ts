/**
 * Text width without a font at hand: exceljs and docx cannot measure text, yet an XLSX needs row
 * heights that fit its wrapped cells and a DOCX needs column widths its words fit in. Widths are
 * in "digits", the width of the digit 0, which is also Excel's unit of column width. The figures
 * are the wider of Calibri (what Excel and Word use) and DejaVu Sans (what LibreOffice falls back
 * to where Calibri and Carlito are missing), rounded up: a little too wide is harmless, too narrow
 * clips text or breaks words.
 */

/** Widths in digits, the wider of Calibri's and DejaVu Sans's for each character. */
const GROUPS: readonly (readonly [string, number])[] = [
  ['ijlIJı|', 0.47],
  ['.,', 0.5],
  [' ', 0.5],
  [":;'", 0.53],
  ['-()[]f', 0.61],
  ['!t', 0.66],
  ['r', 0.69],
  ['/', 0.76],
  ['"', 0.8],
  ['sz', 0.83],
  ['c', 0.86],
  ['kvxy', 0.93],
  ['aäåáà', 0.96],
  ['eéè', 0.98],
  ['EFLPSTYZ', 1.08],
  ['w', 1.41],
  ['m', 1.58],
  ['M', 1.69],
  ['W', 1.76],
];
/** Lower-case letters not listed, and digits. */
const DEFAULT_WIDTH = 1.04;
/** Upper-case letters not listed. */
const UPPER_CASE = 1.31;
/** Bold text is about 12 % wider in DejaVu Sans Bold (less in Calibri Bold). */
const BOLD_FACTOR = 1.12;
/** Rounding up, so a line the estimate fills is one the office program can fill too. */
const SAFETY = 1.01;

const TABLE_SIZE = 0x250; // Latin-1 and Latin Extended-A/B
const WIDTHS = (() => {
  const table = new Float32Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code += 1) {
    const char = String.fromCharCode(code);
    table[code] = (char === char.toLowerCase() ? DEFAULT_WIDTH : UPPER_CASE) * SAFETY;
  }
  for (const [chars, width] of GROUPS) {
    for (const char of chars) table[char.charCodeAt(0)] = width * SAFETY;
  }
  return table;
})();

const charWidth = (code: number): number =>
  code < TABLE_SIZE ? WIDTHS[code]! : UPPER_CASE * SAFETY;

/** The width of a piece of text on one line, in digits. */
export const textWidth = (text: string, isBold = false): number => {
  let width = 0;
  for (let index = 0; index < text.length; index += 1) width += charWidth(text.charCodeAt(index));
  return isBold ? width * BOLD_FACTOR : width;
};

const NEW_LINE = 10;
const SPACE_CODE = 32;
const HYPHEN = 45;
const SLASH = 47;

export type TextMeasure = {
  /** The widest piece no line can break inside: the narrowest column the text fits. */
  piece: number;
  /** The widest line when nothing wraps. */
  line: number;
  /** All of it on one line. */
  total: number;
};

/**
 * The text's widths in digits, in one pass over its characters (no strings made: this runs for
 * every cell of a 50,000-row export). A line may break after a space (the space hangs at the
 * line's end) and after a hyphen or slash inside a word, as Excel, Calc and Word all break
 * "Konserni-|ja" and "koulutusta/|ohjausta".
 */
export const measureText = (text: string, isBold = false): TextMeasure => {
  const factor = isBold ? BOLD_FACTOR : 1;
  let piece = 0;
  let widestPiece = 0;
  let line = 0;
  let widestLine = 0;
  let total = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === NEW_LINE) {
      if (piece > widestPiece) widestPiece = piece;
      if (line > widestLine) widestLine = line;
      piece = 0;
      line = 0;
      continue;
    }
    const width = charWidth(code) * factor;
    line += width;
    total += width;
    if (code === SPACE_CODE) {
      if (piece > widestPiece) widestPiece = piece;
      piece = 0;
      continue;
    }
    piece += width;
    if (code === HYPHEN || code === SLASH) {
      if (piece > widestPiece) widestPiece = piece;
      piece = 0;
    }
  }
  return {
    piece: Math.max(widestPiece, piece),
    line: Math.max(widestLine, line),
    total,
  };
};

export const widestPiece = (text: string, isBold = false): number =>
  measureText(text, isBold).piece;

export const widestLine = (text: string, isBold = false): number => measureText(text, isBold).line;

/**
 * How many lines the text takes when wrapped to `width` digits: greedy, as the office programs
 * wrap, breaking where measureText says a line may break, a piece wider than the line taking as
 * many lines as it needs.
 */
export const wrappedLines = (text: string, width: number, isBold = false): number => {
  const room = Math.max(width, 1);
  const factor = isBold ? BOLD_FACTOR : 1;
  let lines = 1;
  let used = 0;
  let piece = 0;
  const place = () => {
    if (used > 0 && used + piece > room) {
      lines += 1;
      used = 0;
    }
    if (used === 0 && piece > room) {
      const extra = Math.ceil(piece / room) - 1;
      lines += extra;
      used = piece - extra * room;
    } else {
      used += piece;
    }
    piece = 0;
  };
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === NEW_LINE) {
      if (piece > 0) place();
      lines += 1;
      used = 0;
      continue;
    }
    const width = charWidth(code) * factor;
    if (code === SPACE_CODE) {
      if (piece > 0) place();
      used += width;
      continue;
    }
    piece += width;
    if (code === HYPHEN || code === SLASH) place();
  }
  if (piece > 0) place();
  return lines;
};
