import { describe, expect, it } from 'vitest';
import { ControlActionSchema } from '../../shared/domain/control-action';
import { IndicatorSchema } from '../../shared/domain/indicator';
import { syntheticTables } from './synthetic-dataset';
import { goalRowAt, goalShape } from './synthetic-goals';
import { indicatorAt, indicatorRow } from './synthetic-indicators';
import { FULL_SIZE, planDataSet } from './synthetic-plan';

/** As synthetic.test.ts: schemas, uniqueness and the audit chain's replay are checked there. */
const SMALL = {
  units: 150,
  risks: 300,
  actions: 800,
  auditEvents: 3_000,
  goalRows: 400,
  indicators: 1_000,
};

const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

describe('the goal tables of the synthetic data set', () => {
  it("has goal rows of every goal kind, strategy goals under the year's priorities", () => {
    const plan = planDataSet(SMALL);
    const tables = syntheticTables(plan);
    const goals = tables.controlActions.filter((row) => row.kindId !== 'internalControl');
    expect(goals).toHaveLength(SMALL.goalRows);
    const kinds = countBy(goals, (row) => row.kindId);
    expect(Object.keys(kinds).sort()).toEqual(
      ['companyGoal', 'otherGoal', 'productivity', 'strategyGoal'].filter(
        (kind) => kind !== 'companyGoal' || kinds.companyGoal,
      ),
    );
    const priorities = tables.settings.find((setting) => setting.key === 'strategyPriorities');
    const priorityIds = new Set(
      priorities?.key === 'strategyPriorities' ? priorities.value.map((item) => item.id) : [],
    );
    expect(priorityIds.size).toBe(5);
    for (const row of goals) {
      expect(row.priorityId === null).toBe(row.kindId !== 'strategyGoal');
      if (row.priorityId) expect(priorityIds).toContain(row.priorityId);
    }
    const units = new Map(tables.units.map((unit) => [unit.id, unit]));
    for (const row of goals) {
      expect(row.kindId === 'companyGoal').toBe(units.get(row.unitId)?.kind === 'company');
      expect(units.get(row.unitId)?.kind).not.toBe('organisation');
    }
    expect(goals.filter((row) => row.judgementOverride !== null).length).toBeGreaterThan(0);
    expect(goals.filter((row) => row.status === 'in_progress').length).toBeGreaterThan(100);
  });

  it('links every indicator to a goal row of its unit and year, 2 or 3 to a row, of mixed types', () => {
    const tables = syntheticTables(planDataSet(SMALL));
    const rows = new Map(tables.controlActions.map((row) => [row.id, row]));
    const perRow = countBy(tables.indicators, (indicator) => indicator.actionId);
    for (const indicator of tables.indicators) {
      const row = rows.get(indicator.actionId);
      expect(row?.kindId).not.toBe('internalControl');
      expect([row?.unitId, row?.year]).toEqual([indicator.unitId, indicator.year]);
    }
    expect(Object.keys(perRow)).toHaveLength(SMALL.goalRows);
    expect(new Set(Object.values(perRow))).toEqual(new Set([2, 3]));
    expect(Object.keys(countBy(tables.indicators, (item) => item.type)).sort()).toEqual([
      'date',
      'euros',
      'number',
      'percentage',
      'text',
      'yesNo',
    ]);
    const read = tables.indicators.filter((item) => item.values.length > 0);
    expect(read.length / SMALL.indicators).toBeGreaterThan(0.3);
    expect(read.filter((item) => item.judgement !== null).length).toBeGreaterThan(0);
    expect(
      tables.indicators.filter((item) => item.judgement !== null && item.values.length === 0),
    ).toEqual([]);
    expect(tables.indicators.filter((item) => item.target !== null).length).toBeGreaterThan(
      SMALL.indicators / 2,
    );
  });

  it('plans the city-scale goal tables: 100,000 rows with 250,000 indicators', () => {
    const plan = planDataSet(FULL_SIZE);
    expect([plan.size.goalRows, plan.size.indicators]).toEqual([100_000, 250_000]);
    expect(plan.goalEvents).toBeGreaterThan(350_000);
    const kinds = countBy(
      Array.from({ length: plan.size.goalRows }, (_, index) => goalShape(plan, index).kind),
      (kind) => kind,
    );
    expect(kinds.companyGoal).toBeGreaterThan(10);
    expect(kinds.companyGoal).toBeLessThan(1_000);
    expect(kinds.strategyGoal).toBeGreaterThan(30_000);
    for (const index of [0, 54_321, 99_999]) {
      const { stored } = goalRowAt(plan, index);
      expect(ControlActionSchema.safeParse(stored).success).toBe(true);
    }
    for (const index of [0, 1, 2, 123_457, 249_999]) {
      const { stored } = indicatorAt(plan, index);
      expect(IndicatorSchema.safeParse(stored).success).toBe(true);
      expect(stored.actionId).toBe(goalRowAt(plan, indicatorRow(plan, index)).stored.id);
    }
    expect(indicatorRow(plan, 249_999)).toBe(99_999);
  });
});
