import { describe, expect, it } from 'vitest';
import type { ControlAction } from '../domain/control-action';
import type { TableKind } from '../domain/table-kind';
import type { Unit } from '../domain/unit';
import { ACTION_COLUMNS } from '../exports/action-columns';
import type { ActionColumnKey } from '../exports/action-columns';
import type { ExportTable } from '../exports/columns';
import { toCsv } from '../exports/csv';
import { registerTables } from '../exports/register-tables';
import { DEFAULT_MATRIX } from '../risk-presets';
import { PRESET_TABLE_KINDS } from '../table-kind-presets';
import { validationMessage } from '../validation';
import type { ActionImportPlan, ImportState } from './action-import';
import { planActionImport } from './action-import';
import { readCsvTable } from './csv';
import type { ImportTable } from './import-header';

const t = (key: string) =>
  ({ 'actions.statuses.not_started': 'Ei aloitettu', 'app.yes': 'Kyllä', 'app.no': 'Ei' })[key] ??
  key;

const meta = (id: string) => ({
  id,
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
  updatedBy: 'Testi',
  rev: 1,
  deletedAt: null,
});
const ROOT: Unit = {
  ...meta('root'),
  parentId: null,
  name: 'Kaupunki',
  code: '',
  accountable: '',
  manager: '',
  kind: 'organisation',
  sortOrder: 0,
  active: true,
};
const row = (id: string, changes: Partial<ControlAction> = {}): ControlAction => ({
  ...meta(id),
  year: 2026,
  unitId: 'root',
  objective: `Tavoite ${id}`,
  actions: '',
  indicator: '',
  owner: '',
  deadline: null,
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
});
const planYear = (year: number, status: 'active' | 'closed') => ({
  ...meta(`y${year}`),
  year,
  status,
  closedAt: status === 'closed' ? '2026-01-31T08:00:00.000Z' : null,
  closedBy: status === 'closed' ? 'Testi' : null,
  reopenReason: null,
});
/** Productivity is retired; a city's own kind named in three languages. */
const KINDS: TableKind[] = [
  ...PRESET_TABLE_KINDS.map((kind) =>
    kind.id === 'productivity' ? { ...kind, retired: true } : kind,
  ),
  {
    id: 'own-kind',
    builtIn: null,
    labels: {
      fi: { name: 'Hankkeet', objective: 'Hanke', actions: 'Vaiheet', indicator: 'Tulos' },
      sv: { name: 'Projekt', objective: 'Projekt', actions: 'Skeden', indicator: 'Resultat' },
      en: { name: 'Projects', objective: 'Project', actions: 'Stages', indicator: 'Result' },
    },
    usesPriorities: false,
    retired: false,
  },
];
const state = (actions: ControlAction[] = []): ImportState => ({
  units: [ROOT],
  planYears: [planYear(2025, 'closed'), planYear(2026, 'active')],
  actions,
  kinds: KINDS,
  priorities: [
    { id: 'p1', year: 2026, name: 'HYVÄ JA SUJUVA ARKI' },
    { id: 'p2', year: 2026, name: 'VAKAA TALOUS' },
    { id: 'p0', year: 2025, name: 'VANHA PAINOPISTE' },
  ],
});

type Values = Partial<Record<ActionColumnKey, string>>;
const HEADER = ACTION_COLUMNS.map((column) => column.header);
const line = (values: Values) => ACTION_COLUMNS.map((column) => values[column.key] ?? '');
const newRow = (values: Values): Values => ({
  unit: 'Kaupunki',
  year: '2026',
  objective: 'Uusi tavoite',
  status: 'Ei aloitettu',
  ...values,
});
const table = (rows: Values[], header = HEADER): ImportTable => ({
  header,
  rows: rows.map((values) => {
    const cells = line(values);
    return header.map((name) => cells[HEADER.indexOf(name)] ?? '');
  }),
  formulaEscapes: false,
});
const planOf = (result: ActionImportPlan) => {
  if (!result.ok) throw new Error(`errors: ${JSON.stringify(result.errors)}`);
  return result;
};
const errorsOf = (result: ActionImportPlan) => (result.ok ? [] : result.errors);

describe('the kind and priority of imported rows', () => {
  it('reads a kind by its name in Finnish, Swedish or English or by its id, in any case', () => {
    const plan = planOf(
      planActionImport(
        table([
          newRow({ kind: 'strategiset TAVOITTEET', priority: 'hyvä ja sujuva arki' }),
          newRow({ kind: 'Övriga mål', objective: 'B' }),
          newRow({ kind: 'group company goals', objective: 'C' }),
          newRow({ kind: 'OWN-KIND', objective: 'D' }),
          newRow({ kind: '  Projekt ', objective: 'E' }),
          newRow({ kind: 'Strategic goals', priority: '', objective: 'F' }),
        ]),
        state(),
        { t },
      ),
    );
    expect(plan.creates.map((create) => [create.values.kindId, create.values.priorityId])).toEqual([
      ['strategyGoal', 'p1'],
      ['otherGoal', undefined],
      ['companyGoal', undefined],
      ['own-kind', undefined],
      ['own-kind', undefined],
      ['strategyGoal', null],
    ]);
  });

  it('imports a file without the kind column, or an empty kind, as internal control', () => {
    const header = HEADER.filter((name) => !['Taulukko', 'Painopiste'].includes(name));
    const plan = planOf(planActionImport(table([newRow({})], header), state(), { t }));
    expect(plan.creates[0]?.values.kindId).toBeUndefined();
    const empty = planOf(planActionImport(table([newRow({ kind: '' })]), state(), { t }));
    expect(empty.creates[0]?.values.kindId).toBeUndefined();
  });

  it('refuses an unknown kind, a retired one, a priority not in the year’s list or on a kind without them, each at its row and column', () => {
    const result = planActionImport(
      table([
        newRow({ kind: 'Talousarvio' }),
        newRow({ kind: 'Tuottavuustoimenpiteet ja -hankkeet', objective: 'B' }),
        newRow({ kind: 'Strategiset tavoitteet', priority: 'VANHA PAINOPISTE', objective: 'C' }),
        newRow({ kind: 'Muut tavoitteet', priority: 'VAKAA TALOUS', objective: 'D' }),
        newRow({ kind: 'Strategiset tavoitteet', priority: 'Vakaa talous', objective: 'E' }),
      ]),
      state(),
      { t, language: 'en' },
    );
    expect(errorsOf(result)).toEqual([
      {
        row: 2,
        column: 'Taulukko',
        message: validationMessage('imports.errors.unknownKind', {
          kind: 'Talousarvio',
          kinds:
            'Strategic goals, Other goals, Internal control and risk management, Group company goals, Projects',
        }),
      },
      { row: 3, column: 'Taulukko', message: 'imports.errors.retiredKind' },
      {
        row: 4,
        column: 'Painopiste',
        message: expect.stringMatching(/^imports\.errors\.unknownPriority\?/),
      },
      { row: 5, column: 'Painopiste', message: 'imports.errors.priorityNotUsed' },
    ]);
  });

  it('changes an existing row’s kind and priority by its Id, and keeps them when the file is silent', () => {
    const goal = row('g', { kindId: 'strategyGoal', priorityId: 'p1' });
    const retired = row('r', { kindId: 'productivity', objective: 'Vanha hanke', sortOrder: 1 });
    const plan = planOf(
      planActionImport(
        table([
          { ...newRow({ id: 'g', objective: goal.objective }), kind: '', priority: 'VAKAA TALOUS' },
          // A row may stay in the retired kind it is in.
          newRow({ id: 'r', objective: 'Vanha hanke', kind: 'Productivity measures and projects' }),
        ]),
        state([goal, retired]),
        { t },
      ),
    );
    expect(plan.updates.map((update) => [update.id, update.changed])).toEqual([
      ['g', ['priorityId']],
    ]);
    expect(plan.unchanged.map((item) => item.id)).toEqual(['r']);
    const moved = planActionImport(
      table([
        newRow({ id: 'g', objective: goal.objective, kind: 'Tuottavuustoimenpiteet ja -hankkeet' }),
      ]),
      state([goal]),
      { t },
    );
    expect(errorsOf(moved)).toEqual([
      { row: 2, column: 'Taulukko', message: 'imports.errors.retiredKind' },
    ]);
  });

  it('tells rows of the same texts apart by their kind', () => {
    const internal = row('i', { objective: 'Sama' });
    const plan = planOf(
      planActionImport(
        table([
          newRow({ objective: 'Sama', kind: 'Sisäinen valvonta ja riskienhallinta' }),
          newRow({ objective: 'Sama', kind: 'Muut tavoitteet' }),
        ]),
        state([internal]),
        { t },
      ),
    );
    expect(plan.unchanged).toEqual([{ row: 2, id: 'i' }]);
    expect(plan.creates.map((create) => create.values.kindId)).toEqual(['otherGoal']);
  });

  it('refuses to change a row’s kind in a closed year', () => {
    const old = row('old', { year: 2025 });
    const result = planActionImport(
      table([
        newRow({ id: 'old', year: '2025', objective: old.objective, kind: 'Muut tavoitteet' }),
      ]),
      state([old]),
      { t },
    );
    expect(errorsOf(result)).toEqual([
      { row: 2, column: 'Vuosi', message: 'years.errors.closed?year=2025' },
    ]);
  });
});

describe('the export of several kinds read back', () => {
  const rows = [
    row('s', { kindId: 'strategyGoal', priorityId: 'p2', objective: 'Strateginen' }),
    row('o', { kindId: 'otherGoal', objective: 'Muu', sortOrder: 1 }),
    row('p', { kindId: 'productivity', objective: 'Tuottava', sortOrder: 2 }),
    row('h', { kindId: 'own-kind', objective: 'Oma', sortOrder: 3 }),
    row('c', { objective: 'Valvonta', sortOrder: 4 }),
  ];
  const tables = (language: 'fi' | 'sv' | 'en') =>
    registerTables(
      {
        units: [ROOT],
        actions: rows,
        indicators: [],
        kinds: KINDS,
        priorities: state().priorities,
        risks: [],
        assessments: [],
        matrix: DEFAULT_MATRIX,
        categories: [],
      },
      'root',
      2026,
      { t, today: '2026-06-15', language },
    );
  /** A sheet as the XLSX reader hands it on: its header and text cells, by sheet name. */
  const asSheet = (sheet: ExportTable): ImportTable => ({
    header: sheet.columns.map((column) => column.header),
    rows: sheet.rows.map((cells) =>
      cells.map((cell, index) => {
        if (cell === null) return '';
        if (sheet.columns[index]?.kind !== 'date') return String(cell);
        const [year, month, day] = String(cell).split('-');
        return `${Number(day)}.${Number(month)}.${year}`;
      }),
    ),
    formulaEscapes: false,
    sheet: sheet.name,
  });

  it('as CSV, is all unchanged: no row changes kind or priority', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const csv = readCsvTable(toCsv(tables(language).actions));
      const plan = planOf(planActionImport(csv, state(rows), { t }));
      expect(plan.unchanged.map((item) => item.id)).toEqual(['s', 'o', 'p', 'h', 'c']);
    }
  });

  it('as the XLSX’s sheets, is all unchanged, and without Ids matches the same rows', () => {
    const sheets = tables('sv').kindTables.map(asSheet);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual([
      'Strategiska mål',
      'Övriga mål',
      'Produktivitetsåtgärder och…',
      'Intern kontroll och…',
      'Projekt',
    ]);
    const plan = planOf(planActionImport(sheets, state(rows), { t }));
    expect(plan.sheets).toEqual(sheets.map((sheet) => sheet.sheet));
    expect(plan.unchanged.map((item) => [item.sheet, item.id])).toEqual(
      sheets.map((sheet, index) => [sheet.sheet, ['s', 'o', 'p', 'c', 'h'][index]]),
    );
    const withoutIds = sheets.map((sheet) => {
      const id = sheet.header.indexOf('Id');
      return {
        ...sheet,
        rows: sheet.rows.map((cells) => cells.map((c, i) => (i === id ? '' : c))),
      };
    });
    const again = planOf(planActionImport(withoutIds, state(rows), { t }));
    expect(again.unchanged).toHaveLength(5);
    expect(again.creates).toEqual([]);
  });

  it('names the sheet with every error of a workbook', () => {
    const [strategy] = tables('fi').kindTables.map(asSheet);
    const kind = strategy!.header.indexOf('Taulukko');
    const broken = {
      ...strategy!,
      rows: [strategy!.rows[0]!.map((c, i) => (i === kind ? 'Budjetti' : c))],
    };
    expect(errorsOf(planActionImport([broken], state(rows), { t }))).toEqual([
      expect.objectContaining({ row: 2, column: 'Taulukko', sheet: 'Strategiset tavoitteet' }),
    ]);
  });
});
