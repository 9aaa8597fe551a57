import { describe, expect, it } from 'vitest';
import { planActionImport } from './action-import';
import { readCsvTable } from './csv';
import { columnLetter } from './import-header';
import {
  HEADER,
  baseState,
  cells,
  errorsOf,
  newRow,
  planOf,
  t,
  table,
} from './action-import.test-support';

describe('the header row', () => {
  it('maps the export headers by exact name, whatever their order', () => {
    const reversed = [...HEADER].reverse();
    const row = cells(newRow()).reverse();
    const result = planActionImport(
      { header: reversed, rows: [row], formulaEscapes: false },
      baseState(),
      { t },
    );
    expect(planOf(result).creates).toHaveLength(1);
  });

  it('accepts a file without the Id and read-only columns', () => {
    const header = [
      'Yksikkö',
      'Vuosi',
      'Sisäinen valvonta ja riskienhallinta',
      'Toimenpiteet',
      'Toteutuma',
      'Vastuuhenkilö',
      'Määräaika',
      'Tila',
    ];
    const values = newRow();
    const row = [
      values.unit,
      values.year,
      values.objective,
      values.actions,
      values.indicator,
      values.owner,
      values.deadline,
      values.status,
    ] as string[];
    const result = planActionImport({ header, rows: [row], formulaEscapes: false }, baseState(), {
      t,
    });
    expect(planOf(result).creates).toHaveLength(1);
  });

  it('lists unknown, repeated and missing columns, all on row 1, and checks no rows', () => {
    const header = HEADER.filter((name) => name !== 'Tila' && name !== 'Määräaika')
      .map((name) => (name === 'Toteutuma' ? 'Toteutunut' : name))
      .concat(['Vuosi', 'yksikkö', '__proto__']);
    const result = planActionImport(
      { header, rows: [['', 'ei vuosi']], formulaEscapes: false },
      baseState(),
      { t },
    );
    expect(errorsOf(result)).toEqual([
      { row: 1, column: 'Toteutunut', message: 'imports.errors.unknownColumn' },
      { row: 1, column: 'Vuosi', message: 'imports.errors.duplicateColumn' },
      { row: 1, column: 'yksikkö', message: 'imports.errors.unknownColumn' },
      { row: 1, column: '__proto__', message: 'imports.errors.unknownColumn' },
      { row: 1, column: 'Toteutuma', message: 'imports.errors.missingColumn' },
      { row: 1, column: 'Määräaika', message: 'imports.errors.missingColumn' },
      { row: 1, column: 'Tila', message: 'imports.errors.missingColumn' },
    ]);
  });

  it('names a column without a header by its letter, unless the column is empty', () => {
    const header = [...HEADER, '', ''];
    const rows = [[...cells(newRow()), 'jotain', '']];
    expect(
      errorsOf(planActionImport({ header, rows, formulaEscapes: false }, baseState(), { t })),
    ).toEqual([{ row: 1, column: 'R', message: 'imports.errors.noColumnName' }]);
    const empty = [[...cells(newRow()), '', '']];
    expect(
      planOf(planActionImport({ header, rows: empty, formulaEscapes: false }, baseState(), { t }))
        .creates,
    ).toHaveLength(1);
  });

  it('explains an empty file and a file saved with commas', () => {
    expect(
      errorsOf(
        planActionImport({ header: [], rows: [], formulaEscapes: true }, baseState(), { t }),
      ),
    ).toEqual([{ row: 1, column: '', message: 'imports.errors.noHeader' }]);
    expect(
      errorsOf(
        planActionImport(
          { header: [HEADER.join(',')], rows: [], formulaEscapes: true },
          baseState(),
          { t },
        ),
      ),
    ).toEqual([{ row: 1, column: '', message: 'imports.errors.wrongDelimiter' }]);
  });

  it('says once that a file without one required heading is another kind of file', () => {
    // A bank statement, or the export's risk table: nothing to list column by column, and
    // its quoting is not worth checking either.
    const other = readCsvTable('Päivämäärä;Saaja;Summa\r\n1.2.2026;"Yritys Oy;12,50\r\n');
    expect(other.problems).toHaveLength(1);
    expect(errorsOf(planActionImport(other, baseState(), { t }))).toEqual([
      { row: 1, column: '', message: 'imports.errors.notRowFile' },
    ]);
    const lowerCase = HEADER.map((name) => name.toLocaleLowerCase('fi'));
    expect(errorsOf(planActionImport(table([newRow()], lowerCase), baseState(), { t }))).toEqual([
      { row: 1, column: '', message: 'imports.errors.notRowFile' },
    ]);
  });

  it('tolerates spaces around a header, and counts A…Z, AA for letters', () => {
    const header = HEADER.map((name) => ` ${name} `);
    expect(
      planOf(planActionImport(table([newRow()], header), baseState(), { t })).creates,
    ).toHaveLength(1);
    expect([0, 12, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'M',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
});
