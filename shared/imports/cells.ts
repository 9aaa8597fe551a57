/**
 * A spreadsheet cell's value (as exceljs reads it) as the text the import checks. Dates become
 * d.M.yyyy of their calendar day: Excel dates carry no time zone, and exceljs reads them as UTC.
 */
export const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return `${value.getUTCDate()}.${value.getUTCMonth() + 1}.${value.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    const cell = value as Record<string, unknown>;
    // Text with formatting: its runs in order.
    if (Array.isArray(cell.richText)) {
      return cell.richText.map((run) => cellText((run as { text?: unknown }).text)).join('');
    }
    // A formula: what it last computed, never the formula itself.
    if ('formula' in cell || 'sharedFormula' in cell) return cellText(cell.result);
    // A hyperlink: its text.
    if ('text' in cell) return cellText(cell.text);
    if ('error' in cell) return cellText(cell.error);
  }
  return '';
};

/** Drops the empty cells at the end of a row, as a spreadsheet's used range has none. */
export const trimTrailingEmpty = (cells: string[]): string[] => {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] ?? '').trim() === '') end -= 1;
  return cells.slice(0, end);
};
