import { describe, expect, it } from 'vitest';
import type { ControlAction } from '../domain/control-action';
import type { Unit } from '../domain/unit';
import { PRESET_TABLE_KINDS } from '../table-kind-presets';
import { indicatorRecord } from '../goals/indicator.test-support';
import { unitGoalOutcomes } from './goal-outcomes';

const meta = (id: string) => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'A',
  rev: 1,
  deletedAt: null,
});

const unit = (id: string, parentId: string | null, name: string): Unit => ({
  ...meta(id),
  parentId,
  kind: parentId ? 'area' : 'organisation',
  name,
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

const reading = (date: string, value: number, at = `${date}T08:00:00.000Z`) => ({
  id: '00000000-0000-4000-8000-000000000001',
  date,
  value,
  by: 'A',
  at,
});

const UNITS = [
  unit('city', null, 'Kaupunki'),
  unit('a', 'city', 'Alue A'),
  unit('b', 'city', 'Alue B'),
];
const PRIORITIES = [
  { id: 'p1', year: 2026, name: 'Hyvä arki' },
  { id: 'p2', year: 2026, name: 'Elinvoima' },
];
const outcome = (text: string) => ({
  status: 'done' as const,
  text,
  evidence: [],
  assessedBy: 'A',
  assessedAt: '2026-12-01T08:00:00.000Z',
});

describe('the goal outcomes of each unit', () => {
  it('lists goals in the budget order: kind, then priority, then row order; internal control left out', () => {
    const rows = [
      row('ic', 'a', 'internalControl'),
      row('other', 'a', 'otherGoal'),
      row('s-p2', 'a', 'strategyGoal', { priorityId: 'p2' }),
      row('s-p1', 'a', 'strategyGoal', { priorityId: 'p1' }),
      row('s-none', 'a', 'strategyGoal'),
      row('company', 'a', 'companyGoal'),
      row('only-ic', 'b', 'internalControl'),
    ];
    const outcomes = unitGoalOutcomes(UNITS, UNITS, rows, [], PRESET_TABLE_KINDS, PRIORITIES);
    // Alue B has internal control only, so it has no goal section.
    expect(outcomes.map((item) => [item.unit.id, item.path])).toEqual([
      ['a', ['Kaupunki', 'Alue A']],
    ]);
    expect(
      outcomes[0]!.groups.map((group) => [
        group.kind.id,
        group.priority?.name ?? null,
        group.goals.map((goal) => goal.row.id),
      ]),
    ).toEqual([
      ['strategyGoal', 'Hyvä arki', ['s-p1']],
      ['strategyGoal', 'Elinvoima', ['s-p2']],
      ['strategyGoal', null, ['s-none']],
      ['otherGoal', null, ['other']],
      ['companyGoal', null, ['company']],
    ]);
  });

  it('gives each indicator its newest value and each goal its judgement with where it comes from', () => {
    const rows = [
      row('rule', 'a', 'otherGoal'),
      row('override', 'a', 'otherGoal', {
        judgementOverride: {
          judgement: 'met',
          reason: 'Syy',
          by: 'Laura',
          at: '2026-12-01T08:00:00.000Z',
        },
      }),
      row('texts', 'a', 'otherGoal', { status: 'partly_done', outcome: outcome('Puolet tehty') }),
      row('unjudged', 'a', 'otherGoal'),
    ];
    const indicators = [
      indicatorRecord('i2', 'rule', 'notMet', 'number', { sortOrder: 2 }),
      indicatorRecord('i1', 'rule', 'met', 'number', {
        sortOrder: 1,
        values: [reading('2026-09-30', 80), reading('2026-12-31', 95), reading('2026-06-30', 99)],
      }),
      indicatorRecord('gone', 'rule', 'notMet', 'number', {
        deletedAt: '2026-05-01T00:00:00.000Z',
      }),
      indicatorRecord('i3', 'override', 'partlyMet'),
      indicatorRecord('i4', 'texts', null, 'text'),
      indicatorRecord('i5', 'unjudged', null),
    ];
    const [outcomes] = unitGoalOutcomes(UNITS, UNITS, rows, indicators, PRESET_TABLE_KINDS, []);
    const goals = outcomes!.groups.flatMap((group) => group.goals);
    expect(
      goals.map((goal) => [goal.row.id, goal.measurable, goal.judgement, goal.basis, goal.byRule]),
    ).toEqual([
      ['rule', true, 'partlyMet', 'rule', 'partlyMet'],
      ['override', true, 'met', 'override', 'partlyMet'],
      // A goal of texts counts by its written outcome.
      ['texts', false, 'partlyMet', 'outcome', null],
      ['unjudged', true, null, null, null],
    ]);
    const rule = goals[0]!;
    expect(rule.indicators.map((item) => [item.indicator.id, item.actual?.value ?? null])).toEqual([
      ['i1', 95],
      ['i2', null],
    ]);
    expect(rule.indicatorsMet).toBe(1);
    expect(goals[1]!.override?.reason).toBe('Syy');
    expect(goals[2]!.outcome).toBe('Puolet tehty');
  });
});
