import { describe, expect, it } from 'vitest';
import { ACTION_COLUMNS } from '../exports/action-columns';
import { cellText, trimTrailingEmpty } from './cells';
import { readCsvTable } from './csv';

const HEADER = ACTION_COLUMNS.map((column) => column.header).join(';');

describe('reading CSV', () => {
  it('drops the byte order mark, splits on ; and reads quoted ;, "" and line breaks', () => {
    const text = `\uFEFF${HEADER}\r\nKaupunki;;2026;"Hyvä; ""laatu""\r\ntoinen rivi";x;y;z;1.2.2026;Käynnissä;Ei;;;\r\n`;
    const table = readCsvTable(text);
    expect(table.header[0]).toBe('Yksikkö');
    expect(table.header).toHaveLength(17);
    expect(table.rows[0]?.slice(0, 4)).toEqual([
      'Kaupunki',
      '',
      '2026',
      'Hyvä; "laatu"\r\ntoinen rivi',
    ]);
    // The line break at the end leaves one empty record, which the planner skips.
    expect(table.rows).toHaveLength(2);
    expect(table.problems).toEqual([]);
    expect(table.formulaEscapes).toBe(true);
  });

  it('reads LF line ends as well', () => {
    const table = readCsvTable(`${HEADER}\na;b\nc;d`);
    expect(table.rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('reports a quoted field that never ends on its row, in the column where it began', () => {
    const text = `${HEADER}\r\nKaupunki;;2026;Hyvä\r\nKaupunki;;2026;Tavoite;"auki;x\r\nKaupunki;;2026;muu\r\n`;
    expect(readCsvTable(text).problems).toEqual([
      { row: 3, column: 'Toimenpiteet', message: 'imports.errors.unclosedQuote' },
    ]);
  });

  it('reports text after a closing quote on its row', () => {
    const text = `${HEADER}\r\nKaupunki;;2026;"Hyvä"x;y\r\nKaupunki;;2026;"ok"\r\n`;
    expect(readCsvTable(text).problems?.[0]).toMatchObject({
      row: 2,
      column: 'Sisäinen valvonta ja riskienhallinta',
    });
  });
});

describe('spreadsheet cells as text', () => {
  it('reads text, numbers, dates (as the calendar day) and formatted values', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText('=1+1')).toBe('=1+1');
    expect(cellText(2026)).toBe('2026');
    expect(cellText(Number.NaN)).toBe('');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2026, 8, 30)))).toBe('30.9.2026');
    expect(cellText(new Date(Number.NaN))).toBe('');
    expect(cellText({ richText: [{ text: 'Hyvä ' }, { text: 'laatu', font: {} }] })).toBe(
      'Hyvä laatu',
    );
    expect(cellText({ formula: 'A1+1', result: 3 })).toBe('3');
    expect(cellText({ sharedFormula: 'A2', result: new Date(Date.UTC(2026, 0, 5)) })).toBe(
      '5.1.2026',
    );
    expect(cellText({ text: 'Linkki', hyperlink: 'https://example.invalid' })).toBe('Linkki');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });

  it('drops empty cells at the end of a row only', () => {
    expect(trimTrailingEmpty(['a', '', 'b', '', ' '])).toEqual(['a', '', 'b']);
    expect(trimTrailingEmpty(['', ''])).toEqual([]);
  });
});
