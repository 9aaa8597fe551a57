import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionStatus, ControlAction } from '../domain/control-action';
import { ACTION_STATUSES, actionInputSchema } from '../domain/control-action';
import type { PlanYear, PlanYearStatus } from '../domain/plan-year';
import type { Unit } from '../domain/unit';
import { formatDateForInput } from '../dates';
import { ACTION_COLUMNS } from '../exports/action-columns';
import { neutraliseFormula, toCsv } from '../exports/csv';
import { registerTables } from '../exports/register-tables';
import { DEFAULT_MATRIX } from '../risk-presets';
import { PRESET_TABLE_KINDS } from '../table-kind-presets';
import { TEXT_LIMITS } from '../validation';
import type { ActionImportPlan, ImportState } from './action-import';
import { planActionImport } from './action-import';
import type { ImportTable } from './import-header';
import { columnLetter, unescapeFormula } from './import-header';
import { readCsvTable } from './csv';
import { readImportFile } from './import-file';

const STATUS_WORDS: Record<ActionStatus, string> = {
  not_started: 'Ei aloitettu',
  in_progress: 'Käynnissä',
  done: 'Toteutunut',
  partly_done: 'Osittain toteutunut',
  not_done: 'Ei toteutunut',
  postponed: 'Siirtyy seuraavalle vuodelle',
  cancelled: 'Peruttu',
};
const t = (key: string): string => {
  const status = key.replace('actions.statuses.', '') as ActionStatus;
  if (status in STATUS_WORDS) return STATUS_WORDS[status];
  return { 'app.yes': 'Kyllä', 'app.no': 'Ei' }[key] ?? key;
};

const status = fc.constantFrom(...ACTION_STATUSES);

const HEADER: string[] = ACTION_COLUMNS.map((column) => column.header);

const meta = (id: string) => ({
  id,
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
  updatedBy: 'Testi',
  rev: 1,
  deletedAt: null as string | null,
});

const unit = (id: string, name: string, parentId: string | null, changes: Partial<Unit> = {}) =>
  ({
    ...meta(id),
    parentId,
    name,
    code: '',
    accountable: '',
    manager: '',
    kind: parentId === null ? 'organisation' : 'division',
    sortOrder: 0,
    active: true,
    ...changes,
  }) satisfies Unit;

const planYear = (year: number, status: PlanYearStatus): PlanYear => ({
  ...meta(`year-${year}`),
  year,
  status,
  closedAt: null,
  closedBy: null,
  reopenReason: null,
});

const action = (id: string, unitId: string, changes: Partial<ControlAction> = {}) =>
  ({
    ...meta(id),
    year: 2026,
    unitId,
    objective: `Tavoite ${id}`,
    actions: 'Toimet',
    indicator: 'Mittari',
    owner: 'Hallintojohtaja',
    deadline: '2026-09-30',
    status: 'not_started',
    sortOrder: 0,
    notes: [],
    outcome: null,
    riskIds: [],
    carriedFromId: null,
    kindId: 'internalControl',
    priorityId: null,
    judgementOverride: null,
    ...changes,
  }) satisfies ControlAction;

const ROOT = unit('root', 'Kaupunki', null);
const CHILD = unit('child', 'Elinvoima', 'root');
const CLOSED_YEAR = 2025;

const baseState = (): ImportState => ({
  units: [ROOT, CHILD, unit('idle', 'Lakkautettu', 'root', { active: false })],
  planYears: [planYear(CLOSED_YEAR, 'closed'), planYear(2026, 'active')],
  actions: [
    action('a1', 'root', { sortOrder: 0 }),
    action('a2', 'child', { sortOrder: 0, owner: '', deadline: null, status: 'in_progress' }),
    action('old', 'root', { year: CLOSED_YEAR, deadline: '2025-06-30' }),
    action('gone', 'root', { deletedAt: '2026-02-01T08:00:00.000Z', sortOrder: 1 }),
  ],
  kinds: PRESET_TABLE_KINDS,
  priorities: [],
});

type RowValues = Partial<Record<(typeof ACTION_COLUMNS)[number]['key'], string>>;

/** A data row in the export's column order. */
const cells = (values: RowValues): string[] =>
  ACTION_COLUMNS.map((column) => values[column.key] ?? '');

/** The file row of a stored row, as the export would write it (without read-only columns). */
const exported = (row: ControlAction, unitName: string): RowValues => ({
  unit: unitName,
  year: String(row.year),
  objective: row.objective,
  actions: row.actions,
  indicator: row.indicator,
  owner: row.owner,
  deadline: row.deadline ? formatDateForInput(row.deadline) : '',
  status: STATUS_WORDS[row.status],
  id: row.id,
});

const newRow = (changes: RowValues = {}): RowValues => ({
  unit: 'Kaupunki',
  year: '2026',
  objective: 'Uusi tavoite',
  actions: '',
  indicator: '',
  owner: 'Talousjohtaja',
  deadline: '31.12.2026',
  status: 'Ei aloitettu',
  ...changes,
});

const table = (rows: RowValues[], header: string[] = HEADER): ImportTable => ({
  header,
  rows: rows.map(cells),
  formulaEscapes: false,
});

const plan = (rows: RowValues[], state = baseState()) =>
  planActionImport(table(rows), state, { t });

const errorsOf = (result: ActionImportPlan) => {
  if (result.ok) throw new Error(`expected errors, got a plan: ${JSON.stringify(result)}`);
  return result.errors;
};

const planOf = (result: ActionImportPlan) => {
  if (!result.ok) throw new Error(`expected a plan, got errors: ${JSON.stringify(result.errors)}`);
  return result;
};

let created = 0;

/** What the repositories would store for a plan (creates appended, updates revised). */
const applyPlan = (state: ImportState, result: ActionImportPlan): ImportState => {
  const { creates, updates } = planOf(result);
  const actions = state.actions.map((row) => {
    const update = updates.find((item) => item.id === row.id);
    if (!update) return row;
    const input = actionInputSchema(row.year).parse(update.values);
    return { ...row, ...input, rev: row.rev + 1 };
  });
  for (const create of creates) {
    created += 1;
    const input = actionInputSchema(create.year).parse(create.values);
    const sortOrder = actions
      .filter((row) => row.unitId === create.unitId && row.year === create.year)
      .reduce((max, row) => Math.max(max, row.sortOrder + 1), 0);
    actions.push(
      action(`new-${created}`, create.unitId, { ...input, year: create.year, sortOrder }),
    );
  }
  return { ...state, actions };
};

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

describe('importing the same file twice', () => {
  const UNITS = ['Kaupunki', 'Elinvoima'] as const;
  const UNIT_IDS = { Kaupunki: 'root', Elinvoima: 'child' } as const;
  const text = fc.constantFrom('', 'A', 'B', '=C', 'Hyvä; "ö"', 'rivi\nrivi');
  const objective = fc.constantFrom('A', 'B', '=C', 'Hyvä; "ö"');
  const deadline = fc.constantFrom('', '30.9.2026', '1.1.2026');

  const existing = fc
    .array(
      fc.record({
        unit: fc.constantFrom(...UNITS),
        objective,
        actions: text,
        indicator: text,
        owner: text,
        deadline,
        status,
      }),
      { maxLength: 6 },
    )
    .map((rows) =>
      rows.map((row, index) =>
        action(`e${index}`, UNIT_IDS[row.unit], {
          ...actionInputSchema(2026).parse({ ...row }),
          sortOrder: index,
        }),
      ),
    );

  const fileRow = (actions: ControlAction[]) =>
    fc.oneof(
      // A new row (often equal in its key to an existing one).
      fc
        .record({
          unit: fc.constantFrom(...UNITS),
          objective,
          actions: text,
          indicator: text,
          owner: text,
          deadline,
          status,
        })
        .map((row) => newRow({ ...row, status: STATUS_WORDS[row.status] })),
      // An exported row, with or without its Id, perhaps edited.
      ...(actions.length === 0
        ? []
        : [
            fc
              .record({
                index: fc.nat({ max: actions.length - 1 }),
                keepId: fc.boolean(),
                owner: fc.option(text),
                status: fc.option(status),
              })
              .map(({ index, keepId, owner, status: newStatus }) => {
                const row = actions[index]!;
                const values = exported(row, row.unitId === 'root' ? 'Kaupunki' : 'Elinvoima');
                return {
                  ...values,
                  id: keepId ? values.id : '',
                  owner: owner ?? values.owner,
                  status: newStatus ? STATUS_WORDS[newStatus] : values.status,
                };
              }),
          ]),
    );

  it('plans nothing but unchanged rows the second time', () => {
    fc.assert(
      fc.property(
        existing.chain((actions) =>
          fc.tuple(fc.constant(actions), fc.array(fileRow(actions), { maxLength: 8 })),
        ),
        ([actions, rows]) => {
          const state: ImportState = { ...baseState(), actions };
          // The CSV form of the rows: formula-like text carries the export's apostrophe.
          const csv: ImportTable = {
            header: HEADER,
            rows: rows.map((row) => cells(row).map(neutraliseFormula)),
            formulaEscapes: true,
          };
          const first = planActionImport(csv, state, { t });
          if (!first.ok) {
            // Only a repeated Id can make these rows invalid.
            expect(
              first.errors.every((error) => error.message.startsWith('imports.errors.duplicateId')),
            ).toBe(true);
            return;
          }
          const after = applyPlan(state, first);
          const second = planOf(planActionImport(csv, after, { t }));
          expect(second.creates).toEqual([]);
          expect(second.updates).toEqual([]);
          expect(second.unchanged).toHaveLength(rows.length);
          expect(after.actions.length - state.actions.length).toBe(first.creates.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the export read back', () => {
  const tricky = fc
    .string({
      unit: fc.constantFrom('a', 'ö', ' ', ';', '"', '\n', '\r\n', '=', '+', '-', '@', "'", 'x'),
      maxLength: 30,
    })
    .map((value) => value.trim())
    // The export cannot tell "'=" typed by a user from its own escape (see unescapeFormula).
    .filter((value) => !/^'[=+\-@\t\r]/.test(value));

  it('as CSV, is all unchanged: every text, date and status survives the round trip', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            child: fc.boolean(),
            objective: tricky.filter((value) => value !== ''),
            actions: tricky,
            indicator: tricky,
            owner: tricky,
            deadline: fc.option(fc.constantFrom('2026-01-01', '2026-09-30', '2026-12-31')),
            status,
          }),
          { maxLength: 8 },
        ),
        (rows) => {
          const actions = rows.map(({ child, ...values }, index) =>
            action(`x${index}`, child ? 'child' : 'root', { ...values, sortOrder: index }),
          );
          const state: ImportState = { ...baseState(), actions };
          const tables = registerTables(
            {
              units: state.units,
              actions,
              indicators: [],
              kinds: PRESET_TABLE_KINDS,
              priorities: [],
              risks: [],
              assessments: [],
              matrix: DEFAULT_MATRIX,
              categories: [],
            },
            'root',
            2026,
            { t, today: '2026-06-15', language: 'fi' },
          );
          const content = readImportFile(new TextEncoder().encode(toCsv(tables.actions)), 'csv');
          if (content.kind !== 'text') throw new Error(`not read as text: ${content.kind}`);
          const result = planOf(planActionImport(readCsvTable(content.text), state, { t }));
          expect(result.creates).toEqual([]);
          expect(result.updates).toEqual([]);
          expect(result.unchanged).toHaveLength(actions.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
