// @vitest-environment node
/** The XLSX round trip: what the export writes (in its worker) the import reads back unchanged. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ControlAction } from '../../shared/domain/control-action';
import type { Unit } from '../../shared/domain/unit';
import { registerTables } from '../../shared/exports/register-tables';
import { planActionImport } from '../../shared/imports/action-import';
import { DEFAULT_MATRIX } from '../../shared/risk-presets';
import { PRESET_TABLE_KINDS } from '../../shared/table-kind-presets';
import { buildXlsx } from '../features/exports/workbook';
import { readXlsxTable } from '../features/imports/xlsxTable';

const STATUS_WORDS: Record<string, string> = {
  'actions.statuses.not_started': 'Ei aloitettu',
  'actions.statuses.in_progress': 'Käynnissä',
  'actions.statuses.done': 'Toteutunut',
  'app.yes': 'Kyllä',
  'app.no': 'Ei',
};
const t = (key: string) => STATUS_WORDS[key] ?? key;

const meta = (id: string) => ({
  id,
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
  updatedBy: 'Testi',
  rev: 1,
  deletedAt: null,
});

const unit: Unit = {
  ...meta('root'),
  parentId: null,
  name: 'Kaupunki',
  code: '100',
  accountable: '',
  manager: '',
  kind: 'organisation',
  sortOrder: 0,
  active: true,
};

const action = (id: string, changes: Partial<ControlAction>): ControlAction => ({
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

const planYear = {
  ...meta('y'),
  year: 2026,
  status: 'active' as const,
  closedAt: null,
  closedBy: null,
  reopenReason: null,
};

describe('reading the XLSX sheet', () => {
  it('reads the export back as all unchanged: dates, formula-like text and line breaks', async () => {
    const actions = [
      action('a', { objective: '=HYPERLINK("x";"y")', owner: '@esimies', deadline: '2026-09-30' }),
      action('b', { actions: 'Eka; "toka"\nkolmas', status: 'in_progress', sortOrder: 1 }),
      action('c', { indicator: '-1', status: 'done', deadline: '2026-01-05', sortOrder: 2 }),
    ];
    const tables = registerTables(
      {
        units: [unit],
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
    const bytes = await buildXlsx([...tables.kindTables, tables.risks]);
    const progress: string[] = [];
    const result = await readXlsxTable(bytes.buffer, (item) => progress.push(item.phase));
    if (!result.ok) throw new Error(result.message);
    // The risks' sheet is not a sheet of rows.
    expect(result.tables.map((table) => table.sheet)).toEqual(['Sisäinen valvonta ja…']);
    const [table] = result.tables;
    expect(table?.formulaEscapes).toBe(false);
    // Columns are found by their heading, as the import finds them.
    const deadline = table!.header.indexOf('Määräaika');
    expect(table!.rows[0]?.[deadline]).toBe('30.9.2026');
    expect(progress).toEqual(['opening', 'rows']);
    const plan = planActionImport(
      result.tables,
      {
        units: [unit],
        planYears: [planYear],
        actions,
        kinds: PRESET_TABLE_KINDS,
        priorities: [],
      },
      { t },
    );
    const sheet = 'Sisäinen valvonta ja…';
    expect(plan).toEqual({
      ok: true,
      sheets: [sheet],
      creates: [],
      updates: [],
      unchanged: [
        { row: 2, sheet, id: 'a' },
        { row: 3, sheet, id: 'b' },
        { row: 4, sheet, id: 'c' },
      ],
    });
  });

  it('keeps empty rows in their places, so row numbers match Excel', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Toimenpiteet');
    sheet.getRow(1).values = ['Yksikkö', 'Vuosi', 'Tila'];
    sheet.getRow(4).values = ['Kaupunki', 2026];
    const bytes = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
    const result = await readXlsxTable(bytes);
    expect(result).toEqual({
      ok: true,
      tables: [
        {
          header: ['Yksikkö', 'Vuosi', 'Tila'],
          rows: [[], [], ['Kaupunki', '2026']],
          formulaEscapes: false,
          sheet: 'Toimenpiteet',
        },
      ],
    });
  });

  it('refuses a workbook without a sheet of rows, and a file that is no workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Riskit').getRow(1).values = ['Yksikkö', 'Riski', 'Tila'];
    workbook.addWorksheet('Toimenpiteet').getRow(1).values = ['Yksikkö', 'Tavoite'];
    const bytes = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
    expect(await readXlsxTable(bytes)).toEqual({
      ok: false,
      message: 'imports.errors.noRowSheet',
    });
    const text = new TextEncoder().encode('Yksikkö;Vuosi').buffer as ArrayBuffer;
    expect(await readXlsxTable(text)).toEqual({
      ok: false,
      message: 'imports.errors.unreadableXlsx',
    });
  });
});
