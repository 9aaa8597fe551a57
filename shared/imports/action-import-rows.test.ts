import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '../domain/control-action';
import { TEXT_LIMITS } from '../validation';
import { planActionImport } from './action-import';
import { unescapeFormula } from './import-header';
import {
  CHILD,
  CLOSED_YEAR,
  HEADER,
  STATUS_WORDS,
  applyPlan,
  baseState,
  cells,
  errorsOf,
  exported,
  newRow,
  plan,
  planOf,
  t,
  table,
  unit,
} from './action-import.test-support';

describe('the data rows', () => {
  it('reports every field error with its Excel row and column, and plans nothing', () => {
    const result = plan([
      newRow(),
      newRow({ objective: '   ', deadline: '31.2.2026' }),
      newRow({ deadline: '1.1.2027', status: 'Valmis' }),
      newRow({ year: '26', unit: 'Tuntematon' }),
      newRow({ year: '2030', owner: 'x'.repeat(TEXT_LIMITS.person + 1) }),
      newRow({ year: '', unit: '', status: '' }),
      newRow({ actions: 'y'.repeat(TEXT_LIMITS.actions + 1) }),
      newRow({ indicator: 'z'.repeat(TEXT_LIMITS.indicator + 1) }),
      newRow({ objective: 'o'.repeat(TEXT_LIMITS.objective + 1) }),
      newRow({ unit: 'Lakkautettu' }),
    ]);
    const words = ACTION_STATUSES.map((status) => STATUS_WORDS[status]).join(', ');
    expect(errorsOf(result)).toEqual([
      { row: 3, column: 'Sisäinen valvonta ja riskienhallinta', message: 'validation.required' },
      { row: 3, column: 'Määräaika', message: 'validation.invalidDate' },
      { row: 4, column: 'Tila', message: `imports.errors.unknownStatus?words=${words}` },
      { row: 4, column: 'Määräaika', message: 'validation.deadlineOutsideYear?year=2026' },
      { row: 5, column: 'Vuosi', message: 'validation.invalidYear' },
      { row: 5, column: 'Yksikkö', message: 'imports.errors.unknownUnit' },
      { row: 6, column: 'Vuosi', message: 'years.errors.missing?year=2030' },
      { row: 6, column: 'Vastuuhenkilö', message: 'validation.tooLong?max=200' },
      { row: 7, column: 'Vuosi', message: 'validation.required' },
      { row: 7, column: 'Yksikkö', message: 'validation.required' },
      { row: 7, column: 'Tila', message: 'validation.required' },
      { row: 8, column: 'Toimenpiteet', message: 'validation.tooLong?max=4000' },
      { row: 9, column: 'Toteutuma', message: 'validation.tooLong?max=1000' },
      {
        row: 10,
        column: 'Sisäinen valvonta ja riskienhallinta',
        message: 'validation.tooLong?max=1000',
      },
      { row: 11, column: 'Yksikkö', message: 'actions.errors.unitInactive' },
    ]);
  });

  it('counts rows as Excel does, skipping blank rows but not their numbers', () => {
    const result = plan([newRow(), {}, { unit: '  ' }, newRow({ status: 'x' })]);
    expect(errorsOf(result).map((error) => error.row)).toEqual([5]);
  });

  it('refuses an ambiguous unit name and text beyond the last column', () => {
    const state = baseState();
    const twin = unit('twin', 'Elinvoima', 'root');
    const result = planActionImport(
      {
        header: HEADER,
        rows: [cells(newRow({ unit: 'Elinvoima' })), [...cells(newRow()), 'ylimääräinen']],
        formulaEscapes: false,
      },
      { ...state, units: [...state.units, twin] },
      { t },
    );
    expect(errorsOf(result)).toEqual([
      { row: 2, column: 'Yksikkö', message: 'imports.errors.ambiguousUnit' },
      { row: 3, column: 'R', message: 'imports.errors.extraCells' },
    ]);
  });

  it('reads every Finnish status word, in any case, and pads short rows', () => {
    const result = planOf(
      plan(
        ACTION_STATUSES.map((status, index) =>
          newRow({ objective: `Rivi ${index}`, status: STATUS_WORDS[status].toUpperCase() }),
        ),
      ),
    );
    expect(result.creates.map((item) => item.values.status)).toEqual([...ACTION_STATUSES]);
    const short = planActionImport(
      { header: HEADER, rows: [cells(newRow()).slice(0, 9)], formulaEscapes: false },
      baseState(),
      { t },
    );
    expect(planOf(short).creates).toHaveLength(1);
  });

  it('takes dates as d.M.yyyy (zeros and a trailing dot allowed) and ISO, and no date as none', () => {
    const result = planOf(
      plan([
        newRow({ objective: 'a', deadline: '05.03.2026' }),
        newRow({ objective: 'b', deadline: '5.3.2026.' }),
        newRow({ objective: 'c', deadline: '2026-03-05' }),
        newRow({ objective: 'd', deadline: '' }),
      ]),
    );
    expect(result.creates.map((item) => item.values.deadline)).toEqual([
      '5.3.2026',
      '5.3.2026',
      '5.3.2026',
      '',
    ]);
  });

  it('removes the CSV apostrophe before formula-like text, and only that one', () => {
    expect(unescapeFormula("'=1+1")).toBe('=1+1');
    expect(unescapeFormula("'+358 40")).toBe('+358 40');
    expect(unescapeFormula("'-1")).toBe('-1');
    expect(unescapeFormula("'@esimies")).toBe('@esimies');
    expect(unescapeFormula("'Hei")).toBe("'Hei");
    expect(unescapeFormula("''=1")).toBe("''=1");
    const rows = [newRow({ objective: '\'=HYPERLINK("x")', owner: "'@esimies" })];
    const csv = planOf(
      planActionImport({ ...table(rows), formulaEscapes: true }, baseState(), { t }),
    );
    expect(csv.creates[0]?.values).toMatchObject({
      objective: '=HYPERLINK("x")',
      owner: '@esimies',
    });
    // An XLSX cell is text as it is: its apostrophe is the user's own.
    const xlsx = planOf(plan(rows));
    expect(xlsx.creates[0]?.values).toMatchObject({ objective: '\'=HYPERLINK("x")' });
  });
});

describe('rows with an Id', () => {
  const a1 = () => baseState().actions[0]!;
  const a2 = () => baseState().actions[1]!;

  it('leaves equal rows unchanged and updates only the fields that differ', () => {
    const result = planOf(
      plan([
        exported(a1(), 'Kaupunki'),
        { ...exported(a2(), 'Elinvoima'), owner: 'Uusi Omistaja', status: 'toteutunut' },
      ]),
    );
    expect(result.unchanged).toEqual([{ row: 2, id: 'a1' }]);
    expect(result.updates).toEqual([
      {
        row: 3,
        id: 'a2',
        rev: 1,
        unitId: 'child',
        year: 2026,
        values: {
          objective: 'Tavoite a2',
          actions: 'Toimet',
          indicator: 'Mittari',
          owner: 'Uusi Omistaja',
          deadline: '',
          status: 'done',
        },
        changed: ['owner', 'status'],
      },
    ]);
    expect(result.creates).toEqual([]);
  });

  it('refuses unknown, deleted and repeated Ids, and a changed unit or year', () => {
    const result = plan([
      { ...exported(a1(), 'Kaupunki'), id: 'ei-ole' },
      { ...exported(a1(), 'Kaupunki'), id: 'gone' },
      exported(a1(), 'Kaupunki'),
      { ...exported(a1(), 'Kaupunki'), owner: 'Toinen' },
      { ...exported(a2(), 'Kaupunki') },
      { ...exported(a2(), 'Elinvoima'), year: String(CLOSED_YEAR), deadline: '' },
    ]);
    expect(errorsOf(result)).toEqual([
      { row: 2, column: 'Id', message: 'imports.errors.unknownId' },
      { row: 3, column: 'Id', message: 'imports.errors.deletedId' },
      { row: 5, column: 'Id', message: 'imports.errors.duplicateId?row=4' },
      { row: 6, column: 'Yksikkö', message: 'imports.errors.unitChanged' },
      { row: 7, column: 'Id', message: 'imports.errors.duplicateId?row=6' },
      { row: 7, column: 'Vuosi', message: 'imports.errors.yearChanged' },
    ]);
  });

  it('refuses an Id of a row outside the units the import covers', () => {
    const state = baseState();
    const scoped = { ...state, units: [CHILD] };
    expect(errorsOf(plan([exported(a1(), 'Kaupunki')], scoped))).toEqual([
      { row: 2, column: 'Id', message: 'imports.errors.unknownId' },
    ]);
  });

  it('lets rows of a closed year stay as they are, but never change them', () => {
    const old = baseState().actions[2]!;
    expect(planOf(plan([exported(old, 'Kaupunki')])).unchanged).toEqual([{ row: 2, id: 'old' }]);
    expect(errorsOf(plan([{ ...exported(old, 'Kaupunki'), owner: 'Muutettu' }]))).toEqual([
      { row: 2, column: 'Vuosi', message: `years.errors.closed?year=${CLOSED_YEAR}` },
    ]);
    expect(errorsOf(plan([newRow({ year: String(CLOSED_YEAR), deadline: '' })]))).toEqual([
      { row: 2, column: 'Vuosi', message: `years.errors.closed?year=${CLOSED_YEAR}` },
    ]);
  });
});

describe('rows without an Id', () => {
  it('are created in file order for the unit they name', () => {
    const result = planOf(
      plan([newRow({ objective: 'Eka' }), newRow({ objective: 'Toka', unit: 'Elinvoima' })]),
    );
    expect(result.creates).toEqual([
      {
        row: 2,
        unitId: 'root',
        year: 2026,
        values: {
          objective: 'Eka',
          actions: '',
          indicator: '',
          owner: 'Talousjohtaja',
          deadline: '31.12.2026',
          status: 'not_started',
        },
      },
      expect.objectContaining({ row: 3, unitId: 'child' }),
    ]);
  });

  it('never duplicate a row already in the register: equal is unchanged, the rest an update', () => {
    const a1 = baseState().actions[0]!;
    const withoutId = { ...exported(a1, 'Kaupunki'), id: '' };
    expect(planOf(plan([withoutId])).unchanged).toEqual([{ row: 2, id: 'a1' }]);
    const changed = planOf(plan([{ ...withoutId, owner: 'Toinen', status: 'Käynnissä' }]));
    expect(changed.creates).toEqual([]);
    expect(changed.updates).toEqual([
      expect.objectContaining({ row: 2, id: 'a1', changed: ['owner', 'status'] }),
    ]);
  });

  it('do not match a row the file updates by its Id, nor a deleted row', () => {
    const state = baseState();
    const a1 = state.actions[0]!;
    const copy = { ...exported(a1, 'Kaupunki'), id: '' };
    const gone = state.actions[3]!;
    const goneCopy = { ...exported(gone, 'Kaupunki'), id: '' };
    const result = planOf(plan([exported(a1, 'Kaupunki'), copy, goneCopy], state));
    expect(result.unchanged).toEqual([{ row: 2, id: 'a1' }]);
    expect(result.creates.map((item) => item.row)).toEqual([3, 4]);
  });

  it('that repeat each other are all created once, and unchanged the second time', () => {
    const rows = [newRow(), newRow(), newRow({ owner: 'Toinen' })];
    const first = plan(rows);
    expect(planOf(first).creates).toHaveLength(3);
    const again = planOf(plan(rows, applyPlan(baseState(), first)));
    expect(again).toMatchObject({ creates: [], updates: [] });
    expect(again.unchanged.map((item) => item.row)).toEqual([2, 3, 4]);
  });
});
