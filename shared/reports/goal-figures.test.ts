import { describe, expect, it } from 'vitest';
import type { ControlAction } from '../domain/control-action';
import type { Indicator } from '../domain/indicator';
import type { Unit } from '../domain/unit';
import { PRESET_TABLE_KINDS } from '../table-kind-presets';
import { indicatorRecord } from '../goals/indicator.test-support';
import { goalFigures } from './goal-figures';

const meta = (id: string) => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'A',
  rev: 1,
  deletedAt: null,
});

const unit = (id: string, parentId: string | null, kind: Unit['kind']): Unit => ({
  ...meta(id),
  parentId,
  kind,
  name: `Yksikkö ${id}`,
  code: '',
  accountable: '',
  manager: '',
  active: true,
  sortOrder: 0,
});

const row = (id: string, unitId: string, kindId: string, extra: Partial<ControlAction> = {}) =>
  ({
    ...meta(id),
    year: 2026,
    unitId,
    objective: `Tavoite ${id}`,
    actions: '',
    indicator: '',
    owner: '',
    deadline: null,
    status: 'in_progress',
    sortOrder: 0,
    notes: [],
    outcome: null,
    riskIds: [],
    carriedFromId: null,
    kindId,
    priorityId: null,
    judgementOverride: null,
    ...extra,
  }) as ControlAction;

const measure = (
  id: string,
  actionId: string,
  judgement: Indicator['judgement'],
  type: Indicator['type'] = 'number',
) => indicatorRecord(id, actionId, judgement, type);

const UNITS = [
  unit('city', null, 'organisation'),
  unit('div1', 'city', 'division'),
  unit('area1', 'div1', 'area'),
  unit('div2', 'city', 'division'),
  unit('sub', 'city', 'company'),
];
const override = { by: 'Laura', at: '2026-12-01T08:00:00.000Z', reason: 'Syy' };

describe('the goal figures of the audit committee pack', () => {
  it('counts goals by the rule per division and kind, with the share of indicators met', () => {
    const rows = [
      row('g1', 'area1', 'strategyGoal'),
      row('g2', 'area1', 'strategyGoal'),
      row('g3', 'div1', 'otherGoal', { judgementOverride: { ...override, judgement: 'met' } }),
      row('g4', 'div2', 'otherGoal', {
        status: 'done',
        outcome: {
          status: 'done',
          text: 'Tehty',
          evidence: [],
          assessedBy: 'A',
          assessedAt: '2026-12-01T08:00:00.000Z',
        },
      }),
      row('c1', 'sub', 'companyGoal'),
    ];
    const indicators = [
      measure('i1', 'g1', 'met'),
      measure('i2', 'g1', 'met'),
      measure('i3', 'g2', 'met'),
      measure('i4', 'g2', 'notMet'),
      measure('i5', 'g3', 'notMet'),
      measure('i6', 'g4', null, 'text'),
      measure('i7', 'c1', null),
    ];
    const figures = goalFigures(UNITS, UNITS[0]!, rows, indicators, PRESET_TABLE_KINDS);
    expect(
      figures.lines.map(({ unit: { id }, kind, counts }) => [
        id,
        kind.id,
        counts.goals,
        counts.met,
        counts.partlyMet,
        counts.notMet,
        counts.pending,
        `${counts.indicatorsMet}/${counts.indicators}`,
      ]),
    ).toEqual([
      // The company is not in a division: it counts under the scope, first.
      ['city', 'companyGoal', 1, 0, 0, 0, 1, '0/1'],
      ['div1', 'strategyGoal', 2, 1, 1, 0, 0, '3/4'],
      ['div1', 'otherGoal', 1, 1, 0, 0, 0, '0/1'],
      // A row of texts only counts by its written outcome.
      ['div2', 'otherGoal', 1, 1, 0, 0, 0, '0/0'],
    ]);
    expect(figures.totals).toMatchObject({
      goals: 5,
      met: 3,
      partlyMet: 1,
      pending: 1,
      indicators: 6,
      indicatorsMet: 3,
    });
    expect(figures.metDespite.map((item) => [item.row.id, item.notMet])).toEqual([['g3', 1]]);
    expect(figures.companyGoals.map((item) => [item.row.id, item.judgement])).toEqual([
      ['c1', null],
    ]);
  });
});
