import { describe, expect, it } from 'vitest';
import type { CellValue, ExportTable } from './columns';
import { ACTION_COLUMNS } from './action-columns';
import { RISK_COLUMNS } from './columns';
import { CELL_PADDING, MIN_PRINT_SCALE, sheetLayout } from './sheet-layout';
import { widestPiece, wrappedLines } from './text-width';

const columns = ACTION_COLUMNS.map(({ key, header, kind, width, ...rest }) => ({
  key,
  header,
  kind,
  width,
  ...('isIdentifier' in rest ? { isIdentifier: true as const } : {}),
}));
const keys = columns.map((column) => column.key);

const row = (values: Partial<Record<(typeof keys)[number], CellValue>>): CellValue[] =>
  keys.map((key) => values[key] ?? null);

const table = (rows: CellValue[][]): ExportTable => ({ name: 'Toimenpiteet', columns, rows });

const EXAMPLE_ROW = row({
  unit: 'Konserni- ja elinvoimapalvelut',
  year: 2026,
  objective: 'Riskienhallinnan systemaattinen kehittäminen',
  actions:
    'Vahvistetaan koko organisaation riskienarvioinnin ymmärrystä ja riskienhallinnan käytänteitä. Järjestetään koulutusta riskienarvioinnista ja vahvistetaan riskienarvioinnin ja -hallinnan käytänteitä.',
  indicator: 'Riskienarviointityökalun käyttö',
  status: 'Ei aloitettu',
  overdue: 'Ei',
  id: '1cb0d44b-f8af-4118-89f9-46cda9f6b983',
});

const LONG =
  'Hankintojen ja sopimusten elinkaaren hallinta sekä väärinkäytösriskien ehkäisy. '.repeat(6);

describe('the XLSX sheet layout', () => {
  it('puts the identifiers at the right end, out of the printed columns', () => {
    const layout = sheetLayout(table([EXAMPLE_ROW]));
    const order = layout.order.map((index) => keys[index]);
    expect(order.slice(layout.printedColumns)).toEqual(['unitCode', 'year', 'id', 'kind']);
    expect(order.slice(0, 4)).toEqual(['unit', 'objective', 'actions', 'indicator']);
  });

  it('makes no column narrower than its longest word, headers included', () => {
    for (const rows of [[EXAMPLE_ROW], [row({ actions: LONG, objective: LONG, outcome: LONG })]]) {
      const layout = sheetLayout(table(rows));
      columns.forEach((column, index) => {
        const words = [column.header, ...rows.map((values) => String(values[index] ?? ''))];
        const longest = Math.max(...words.map((text, at) => widestPiece(text, at === 0)));
        expect(layout.widths[index], column.key).toBeGreaterThan(longest);
      });
    }
  });

  it('makes a row as tall as its most wrapped cell, in whole lines of 15 pt', () => {
    const layout = sheetLayout(
      table([EXAMPLE_ROW, row({ actions: 'Lyhyt' }), row({ actions: LONG })]),
    );
    const [example = 0, short = 0, long = 0] = layout.rowHeights;
    expect(short).toBe(15);
    expect(example).toBeGreaterThan(15);
    expect(long).toBeGreaterThan(example);
    const actions = keys.indexOf('actions');
    expect(long).toBeGreaterThanOrEqual(15 * wrappedLines(LONG, layout.widths[actions]!));
    for (const height of layout.rowHeights) expect(height % 15).toBe(0);
    expect(layout.headerHeight).toBeGreaterThanOrEqual(15);
  });

  it('stops at Excel’s tallest row', () => {
    const layout = sheetLayout(table([row({ actions: LONG.repeat(20) })]));
    expect(layout.rowHeights[0]).toBe(409);
  });

  it('keeps the printed columns readable when fitted to the page width, however much text they hold', () => {
    const full = row(Object.fromEntries(keys.map((key) => [key, LONG])));
    for (const rows of [[EXAMPLE_ROW], [full], Array.from({ length: 50 }, () => full)]) {
      expect(sheetLayout(table(rows)).fitScale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
    }
    const risks = RISK_COLUMNS.map(({ key, header, kind, width }) => ({
      key,
      header,
      kind,
      width,
    }));
    const riskRow = risks.map((column) => (column.kind === 'integer' ? 16 : LONG));
    const riskLayout = sheetLayout({ name: 'Riskit', columns: risks, rows: [riskRow] });
    expect(riskLayout.fitScale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
  });

  it('gives a column its content’s width when everything fits, and short texts keep one line', () => {
    const layout = sheetLayout(table([EXAMPLE_ROW]));
    const status = keys.indexOf('status');
    expect(wrappedLines('Ei aloitettu', layout.widths[status]! - CELL_PADDING)).toBe(1);
    expect(layout.widths[keys.indexOf('objective')]).toBeLessThanOrEqual(40);
    const empty = sheetLayout(table([]));
    expect(empty.rowHeights).toEqual([]);
    expect(empty.fitScale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE);
  });
});
