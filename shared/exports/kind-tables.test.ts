import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ControlAction } from '../domain/control-action';
import type { StrategyPriority } from '../domain/priority';
import type { TableKind } from '../domain/table-kind';
import type { Unit } from '../domain/unit';
import { indicatorRecord } from '../goals/indicator.test-support';
import { DEFAULT_MATRIX } from '../risk-presets';
import { PRESET_TABLE_KINDS } from '../table-kind-presets';
import { ACTION_COLUMNS } from './action-columns';
import type { ExportContext } from './columns';
import { toCsv } from './csv';
import type { RegisterData } from './register-tables';
import { registerTables } from './register-tables';
import { SHEET_NAME_MAX, sheetName, uniqueSheetNames } from './sheet-names';

const FINNISH: Record<string, string> = {
  'app.yes': 'Kyllä',
  'app.no': 'Ei',
  'actions.statuses.not_started': 'Ei aloitettu',
  'goals.yes': 'Kyllä',
  'goals.no': 'Ei',
  'goals.target': 'tavoite {{value}}',
  'goals.actual': 'toteuma {{value}} ({{date}})',
  'goals.noActual': 'ei toteumaa',
  'goals.notJudged': 'arvioimatta',
  'goals.notJudgedOption': 'Arvioimatta',
  'goals.judgements.met': 'Toteutunut',
  'goals.judgements.partlyMet': 'Osittain toteutunut',
  'goals.judgements.notMet': 'Ei toteutunut',
  'exports.overridden': '{{judgement}} (arvioitu toisin kuin sääntö)',
};
const t = (key: string, params: Record<string, string | number> = {}) =>
  (FINNISH[key] ?? `MISSING ${key}`).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    String(params[name]),
  );
const context = (language: ExportContext['language'] = 'fi'): ExportContext => ({
  t,
  today: '2026-06-15',
  language,
});

const meta = (id: string) => ({
  id,
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
  updatedBy: 'Testi',
  rev: 1,
  deletedAt: null,
});
const unit = (id: string, parentId: string | null, name: string, sortOrder = 0): Unit => ({
  ...meta(id),
  parentId,
  name,
  code: '',
  accountable: '',
  manager: '',
  kind: parentId === null ? 'organisation' : 'area',
  sortOrder,
  active: true,
});
const row = (id: string, unitId: string, changes: Partial<ControlAction> = {}): ControlAction => ({
  ...meta(id),
  year: 2026,
  unitId,
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
const priority = (id: string, name: string, year = 2026): StrategyPriority => ({ id, year, name });

const OWN_KIND: TableKind = {
  id: 'own',
  builtIn: null,
  labels: {
    fi: { name: 'Riskit', objective: 'Kohde', actions: 'Keinot', indicator: 'Seuranta' },
    sv: { name: 'Egna', objective: 'Objekt', actions: 'Medel', indicator: 'Uppföljning' },
    en: { name: 'Own', objective: 'Target', actions: 'Means', indicator: 'Follow-up' },
  },
  usesPriorities: false,
  retired: false,
};

const data = (actions: ControlAction[], extra: Partial<RegisterData> = {}): RegisterData => ({
  units: [unit('org', null, 'Kaupunki'), unit('a', 'org', 'Hallinto', 0)],
  actions,
  indicators: [],
  kinds: PRESET_TABLE_KINDS,
  priorities: [
    priority('p1', 'HYVÄ ARKI'),
    priority('p2', 'KASVU'),
    priority('old', 'VANHA', 2025),
  ],
  risks: [],
  assessments: [],
  matrix: DEFAULT_MATRIX,
  categories: [],
  ...extra,
});

describe('the XLSX rows, one sheet per table kind', () => {
  const rows = [
    row('ic', 'org', { sortOrder: 0 }),
    row('s2', 'org', { kindId: 'strategyGoal', priorityId: 'p2', sortOrder: 1 }),
    row('s1', 'org', { kindId: 'strategyGoal', priorityId: 'p1', sortOrder: 2 }),
    row('pr', 'a', { kindId: 'productivity' }),
    row('s3', 'a', { kindId: 'strategyGoal', priorityId: null, sortOrder: 3 }),
  ];

  it('has a sheet per kind with rows, in the kinds’ order, named in the reader’s language', () => {
    const sheets = registerTables(data(rows), 'org', 2026, context()).kindTables;
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      'Strategiset tavoitteet',
      'Tuottavuustoimenpiteet ja…',
      'Sisäinen valvonta ja…',
    ]);
    expect(sheets.map((sheet) => sheet.title)).toEqual([
      undefined,
      'Tuottavuustoimenpiteet ja -hankkeet',
      'Sisäinen valvonta ja riskienhallinta',
    ]);
    const swedish = registerTables(data(rows), 'org', 2026, context('sv')).kindTables;
    expect(swedish.map((sheet) => sheet.name)).toEqual([
      'Strategiska mål',
      'Produktivitetsåtgärder och…',
      'Intern kontroll och…',
    ]);
  });

  it('heads each sheet with its kind’s columns; only strategy goals have Painopiste', () => {
    const [strategy, productivity] = registerTables(data(rows), 'org', 2026, context()).kindTables;
    const printed = (sheet: typeof strategy) =>
      sheet!.columns.filter((column) => !column.isIdentifier).map((column) => column.header);
    expect(printed(strategy).slice(0, 7)).toEqual([
      'Yksikkö',
      'Painopiste',
      'Tavoite',
      'Toimenpiteet',
      'Mittarit',
      'Mittareiden toteutuminen',
      'Rivin arvio',
    ]);
    expect(printed(productivity).slice(0, 4)).toEqual([
      'Yksikkö',
      'Tuottavuustoimenpide / Hanke',
      'Tulokset',
      'Mittarit/Arviointi',
    ]);
    // Every column of the CSV is on the sheet, once (the import reads the sheet back).
    expect(strategy!.columns.map((column) => column.key).sort()).toEqual(
      ACTION_COLUMNS.map((column) => column.key).sort(),
    );
  });

  it('lists a unit’s strategy goals by the year’s priorities, then those under none', () => {
    const [strategy] = registerTables(data(rows), 'org', 2026, context()).kindTables;
    const at = (key: string) => strategy!.columns.findIndex((column) => column.key === key);
    expect(strategy!.rows.map((cells) => [cells[at('id')], cells[at('priority')]])).toEqual([
      ['s1', 'HYVÄ ARKI'],
      ['s2', 'KASVU'],
      ['s3', null],
    ]);
  });

  it('shows each indicator’s target, newest value and judgement, and the row’s judgement', () => {
    const indicators = [
      indicatorRecord('i1', 's1', 'partlyMet', 'percentage', {
        text: 'Työllisyysaste',
        target: 70,
        values: [
          { id: 'v1', date: '2026-03-31', value: 60, by: 'A', at: '2026-04-01T08:00:00.000Z' },
          { id: 'v2', date: '2026-12-31', value: 68.5, by: 'A', at: '2027-01-05T08:00:00.000Z' },
        ],
      }),
      indicatorRecord('i2', 's1', null, 'yesNo', { text: 'Ohje hyväksytty', sortOrder: 1 }),
      indicatorRecord('i3', 's2', 'met', 'euros', {
        text: 'Hankinnat',
        target: 1250000,
        values: [
          { id: 'v3', date: '2026-06-30', value: 1300000, by: 'A', at: '2026-07-01T08:00:00.000Z' },
        ],
      }),
      indicatorRecord('gone', 's2', 'notMet', 'number', { deletedAt: '2026-05-01T08:00:00.000Z' }),
    ];
    const override = {
      judgement: 'met' as const,
      reason: 'Syy',
      by: 'A',
      at: '2026-12-01T08:00:00.000Z',
    };
    const withIndicators = data(
      rows.map((item) => (item.id === 's2' ? { ...item, judgementOverride: override } : item)),
      { indicators },
    );
    const [strategy, , internal] = registerTables(
      withIndicators,
      'org',
      2026,
      context(),
    ).kindTables;
    const at = (key: string) => strategy!.columns.findIndex((column) => column.key === key);
    const [s1, s2] = strategy!.rows;
    expect(s1?.[at('indicators')]).toBe(
      [
        '• Työllisyysaste: tavoite 70 %, toteuma 68,5 % (31.12.2026), Osittain toteutunut',
        '• Ohje hyväksytty: ei toteumaa, arvioimatta',
      ].join('\n'),
    );
    expect(s1?.[at('judgement')]).toBe('Arvioimatta');
    expect(s2?.[at('indicators')]).toBe(
      'Hankinnat: tavoite 1 250 000 €, toteuma 1 300 000 € (30.6.2026), Toteutunut',
    );
    expect(s2?.[at('judgement')]).toBe('Toteutunut (arvioitu toisin kuin sääntö)');
    // A row without indicators or a judgement of its own leaves both cells empty.
    const internalAt = internal!.columns.findIndex((column) => column.key === 'indicators');
    expect(internal!.rows[0]?.[internalAt]).toBeNull();
  });

  it('keeps a kind’s heading from clashing with another column, and its name from the risks’ sheet', () => {
    const own = row('o', 'org', { kindId: 'own' });
    const clash: TableKind = {
      ...OWN_KIND,
      labels: { ...OWN_KIND.labels, fi: { ...OWN_KIND.labels.fi, indicator: 'Tila' } },
    };
    const [sheet] = registerTables(
      data([own], { kinds: [clash] }),
      'org',
      2026,
      context(),
    ).kindTables;
    expect(sheet!.name).toBe('Riskit (2)');
    const headers = sheet!.columns.map((column) => column.header);
    expect(headers).toContain('Sisäinen valvonta ja riskienhallinta');
    expect(new Set(headers).size).toBe(headers.length);
  });

  it('gives a row of a kind no longer listed a sheet named by the kind’s id', () => {
    const tables = registerTables(
      data([row('x', 'org', { kindId: 'gone-kind' })]),
      'org',
      2026,
      context(),
    );
    expect(tables.kindTables.map((sheet) => [sheet.name, sheet.rows.length])).toEqual([
      ['gone-kind', 1],
    ]);
  });

  it('writes one empty sheet in the standard columns when there are no rows', () => {
    const [sheet, ...rest] = registerTables(data([]), 'org', 2026, context()).kindTables;
    expect(rest).toEqual([]);
    expect(sheet!.name).toBe('Toimenpiteet');
    expect(sheet!.rows).toEqual([]);
    expect(sheet!.columns.map((column) => column.header)).toContain('Taulukko');
  });
});

describe('the CSV of every kind', () => {
  it('names each row’s kind and a strategy goal’s priority in the appended columns', () => {
    const rows = [
      row('s', 'org', { kindId: 'strategyGoal', priorityId: 'p1' }),
      row('o', 'org', { kindId: 'otherGoal', priorityId: null, sortOrder: 1 }),
    ];
    const csv = toCsv(registerTables(data(rows), 'org', 2026, context('en')).actions);
    const [header, ...records] = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    expect(header?.slice(12)).toEqual([
      'Id',
      'Taulukko',
      'Painopiste',
      'Mittareiden toteutuminen',
      'Rivin arvio',
    ]);
    expect(records.map((record) => record.slice(13, 15))).toEqual([
      ['Strategic goals', 'HYVÄ ARKI'],
      ['Other goals', ''],
    ]);
  });
});

describe('Excel sheet names', () => {
  it('keeps to 31 characters, cutting at a word, and replaces the forbidden characters', () => {
    expect(sheetName('Talous: tulot/menot [2026]?*')).toBe('Talous- tulot-menot -2026---');
    expect(sheetName("'Lainattu'")).toBe('Lainattu');
    expect(sheetName('History')).toBe('History 1');
    expect(sheetName('')).toBe('Taulukko 1');
    const long = sheetName('Pitkäsanaisuudenharjoittelukokonaisuusjärjestelmä');
    expect(long).toHaveLength(SHEET_NAME_MAX);
    expect(long.endsWith('…')).toBe(true);
  });

  it('numbers names that would repeat, compared case-blind', () => {
    expect(uniqueSheetNames(['Riskit', 'RISKIT', 'Muut', 'riskit'])).toEqual([
      'Riskit',
      'RISKIT (2)',
      'Muut',
      'riskit (3)',
    ]);
    const long = 'Tuottavuustoimenpiteet ja -hankkeet';
    const [first, second] = uniqueSheetNames([long, `${long} uudet`]);
    expect(first).toBe('Tuottavuustoimenpiteet ja…');
    expect(second!.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
    expect(second!.endsWith(' (2)')).toBe(true);
  });
});
