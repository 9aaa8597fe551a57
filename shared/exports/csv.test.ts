import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CellValue, ExportTable, TableColumn } from './columns';
import { CSV_BOM, FORMULA_ESCAPE, FORMULA_START, neutraliseFormula, toCsv } from './csv';

const COLUMNS: TableColumn[] = [
  { key: 'text', header: 'Teksti', kind: 'longText', width: 30 },
  { key: 'date', header: 'Määräaika', kind: 'date', width: 12 },
  { key: 'count', header: 'Pisteet', kind: 'integer', width: 8 },
];

const table = (rows: CellValue[][]): ExportTable => ({ name: 'Testi', columns: COLUMNS, rows });

/** Reads the file back as Finnish Excel and the later import will: BOM, `;` and CRLF. */
const parseBack = (csv: string): string[][] => {
  const result = Papa.parse<string[]>(csv, { delimiter: ';', newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
};

describe('CSV for Finnish Excel', () => {
  it('starts with a UTF-8 byte order mark and the Finnish headers', () => {
    const csv = toCsv(table([]));
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('Teksti;Määräaika;Pisteet');
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('separates fields with ; and records with CRLF, dates as d.M.yyyy, empty for none', () => {
    const csv = toCsv(
      table([
        ['Sopimushallinnan kehittäminen', '2026-09-30', 12],
        ['Toinen', null, null],
      ]),
    );
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Teksti;Määräaika;Pisteet',
      'Sopimushallinnan kehittäminen;30.9.2026;12',
      'Toinen;;',
    ]);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes fields with ;, quotes and line breaks and reads them back intact, ä and ö included', () => {
    const tricky = 'Hyvä "esimies"; työ\r\njatkuu\nhuomenna ja ö';
    const csv = toCsv(table([[tricky, '2026-01-05', 3]]));
    expect(csv).toContain('"Hyvä ""esimies""; työ\r\njatkuu\nhuomenna ja ö"');
    expect(parseBack(csv)).toEqual([
      ['Teksti', 'Määräaika', 'Pisteet'],
      [tricky, '5.1.2026', '3'],
    ]);
  });

  it.each([
    ['=1+1'],
    ['+358 40 123 4567'],
    ['-2'],
    ['@SUM(A1:A2)'],
    ['\t=cmd'],
    ['\r=cmd'],
    ['=HYPERLINK("http://example.invalid";"Avaa")'],
    ['=1+1\nsecond line'],
  ])('neutralises %j with an apostrophe and quotes it', (text) => {
    const csv = toCsv(table([[text, null, null]]));
    const [, row] = parseBack(csv);
    expect(row?.[0]).toBe(`'${text}`);
    expect(csv).toContain(`"'${text.replace(/"/g, '""')}"`);
  });

  it('leaves harmless text, numbers and the middle of a text alone', () => {
    const [, row] = parseBack(toCsv(table([['a = b; c - d', null, 5]])));
    expect(row).toEqual(['a = b; c - d', '', '5']);
    expect(neutraliseFormula(' =1')).toBe(' =1');
  });

  it('keeps any text through a round trip, except for the documented apostrophe', () => {
    const special = fc.constantFrom(
      ';',
      '"',
      '\r',
      '\n',
      '\r\n',
      '=',
      '+',
      '-',
      '@',
      '\t',
      ' ',
      "'",
      CSV_BOM,
      'ä',
      'ö',
    );
    const text = fc.string({
      unit: fc.oneof(special, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
      maxLength: 30,
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), (cells) => {
        const rows = cells.map(([first, second]) => [first, null, second]);
        const parsed = parseBack(
          toCsv({ ...table(rows), columns: [COLUMNS[0]!, COLUMNS[1]!, COLUMNS[0]!] }),
        );
        const expected = cells.map(([first, second]) =>
          [first, '', second].map((cell) =>
            FORMULA_START.test(cell) ? `${FORMULA_ESCAPE}${cell}` : cell,
          ),
        );
        expect(parsed.slice(1)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
