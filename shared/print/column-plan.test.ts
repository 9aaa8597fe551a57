import { describe, expect, it } from 'vitest';
import type { ColumnInput } from './column-plan';
import { PRINT_TABLE_EM, planColumns } from './column-plan';

type Key = 'objective' | 'actions' | 'indicator' | 'owner' | 'deadline' | 'status' | 'latest';

const repeat = (text: string, count: number) => Array.from({ length: count }, () => text);

const rowsTable = (overrides: Partial<Record<Key, readonly string[]>> = {}): ColumnInput<Key>[] =>
  [
    {
      key: 'objective',
      kind: 'text',
      header: 'Sisäinen valvonta ja riskienhallinta',
      values: repeat('Sopimushallinnan kehittäminen ja seuranta koko organisaatiossa', 4),
      keepWhenEmpty: true,
    },
    {
      key: 'actions',
      kind: 'text',
      header: 'Toimenpiteet',
      values: repeat(
        'Käytössä olevan sopimushallintajärjestelmän tehokkaampi ja systemaattinen hyödyntäminen koko organisaation tasolla. Järjestetään koulutusta.',
        4,
      ),
    },
    {
      key: 'indicator',
      kind: 'text',
      header: 'Toteutuma',
      values: repeat('Sopimushallinnan aktiiviset käyttäjät', 4),
    },
    {
      key: 'owner',
      kind: 'narrow',
      header: 'Vastuuhenkilö',
      values: [
        'Talousjohtaja',
        'Hallintojohtaja',
        'Viestintäpäällikkö Liisa Laine',
        'Talousjohtaja',
      ],
    },
    { key: 'deadline', kind: 'narrow', header: 'Määräaika', values: repeat('31.12.2026', 4) },
    { key: 'status', kind: 'narrow', header: 'Tila', values: repeat('● Toteutunut', 4) },
    {
      key: 'latest',
      kind: 'text',
      header: 'Viimeisin merkintä tai toteuma',
      values: repeat('Toteuma 15.6.2026: Koulutus pidetty.', 4),
    },
    ...[],
  ].map((column) => ({
    ...column,
    values: overrides[column.key as Key] ?? column.values,
  })) as ColumnInput<Key>[];

const widthOf = (plan: ReturnType<typeof planColumns<Key>>, key: Key) =>
  plan.columns.find((column) => column.key === key)?.width ?? 0;

describe('planning the columns of a printed table', () => {
  it('gives the three text columns most of the width and the short ones what they need', () => {
    const plan = planColumns(rowsTable());
    expect(plan.omitted).toEqual([]);
    const text = widthOf(plan, 'objective') + widthOf(plan, 'actions') + widthOf(plan, 'indicator');
    expect(text).toBeGreaterThan(50);
    expect(text + widthOf(plan, 'latest')).toBeGreaterThan(65);
    for (const key of ['owner', 'deadline', 'status'] as const)
      expect(widthOf(plan, key)).toBeLessThan(14);
    // The longest text gets the widest column.
    expect(widthOf(plan, 'actions')).toBeGreaterThan(widthOf(plan, 'objective'));
    expect(widthOf(plan, 'objective')).toBeGreaterThan(widthOf(plan, 'indicator'));
  });

  it('adds up to the whole table', () => {
    const plan = planColumns(rowsTable());
    const total = plan.columns.reduce((sum, column) => sum + column.width, 0);
    expect(total).toBeGreaterThan(99.5);
    expect(total).toBeLessThan(100.5);
  });

  it('makes a narrow column wide enough for the longest word of its heading', () => {
    const plan = planColumns(rowsTable({ deadline: repeat('1.1.2026', 4) }));
    // "Vastuuhenkilö" in bold needs about 9.5 em of the 80 em table.
    expect((widthOf(plan, 'owner') / 100) * PRINT_TABLE_EM).toBeGreaterThanOrEqual(9.4);
    expect((widthOf(plan, 'deadline') / 100) * PRINT_TABLE_EM).toBeGreaterThanOrEqual(6.8);
  });

  it('leaves out a column with no value anywhere, but keeps the row header', () => {
    const plan = planColumns(
      rowsTable({
        owner: repeat('', 4),
        deadline: repeat('–', 4),
        latest: [],
        objective: repeat('', 4),
      }),
    );
    expect(plan.omitted).toEqual(['owner', 'deadline', 'latest']);
    expect(plan.columns.map((column) => column.key)).toEqual([
      'objective',
      'actions',
      'indicator',
      'status',
    ]);
  });

  it('plans 5,000 rows in well under a frame', () => {
    const many = rowsTable();
    const big = many.map((column) => ({
      ...column,
      values: Array.from({ length: 5_000 }, (_, index) => `${column.values[0]} ${index}`),
    }));
    const started = performance.now();
    planColumns(big);
    expect(planColumns(big).columns).toHaveLength(7);
    // Generous: the point is that planning is linear, not that this machine is fast.
    expect(performance.now() - started).toBeLessThan(500);
  });
});
