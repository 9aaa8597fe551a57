import { describe, expect, it } from 'vitest';
import { indicatorRecord } from '../goals/indicator.test-support';
import { PRESET_TABLE_KINDS } from '../table-kind-presets';
import { compareByKind, yearJudgements } from './year-compare-kinds';
import { row } from './review.test-support';

const goal = (id: string, year: number, kindId: string) =>
  row(id, 'u', year, 'not_started', { kindId });

describe('compareByKind', () => {
  it('groups added, continued and dropped rows by kind in the budget’s order', () => {
    const control = goal('ic', 2027, 'internalControl');
    const strategy = goal('sg', 2027, 'strategyGoal');
    const carriedFrom = goal('pr-26', 2026, 'productivity');
    const carriedTo = goal('pr-27', 2027, 'productivity');
    const dropped = goal('own', 2026, 'ownKind');
    const sections = compareByKind(
      {
        added: [control, strategy],
        carried: [{ from: carriedFrom, to: carriedTo, changedFields: [] }],
        dropped: [dropped],
      },
      PRESET_TABLE_KINDS,
    );
    expect(
      sections.map(({ kind, added, carried, dropped: gone }) => [
        kind.id,
        added.map((item) => item.id),
        carried.map((pair) => pair.to.id),
        gone.map((item) => item.id),
      ]),
    ).toEqual([
      ['strategyGoal', ['sg'], [], []],
      ['productivity', [], ['pr-27'], []],
      ['internalControl', ['ic'], [], []],
      // A kind no longer listed keeps its rows, last.
      ['ownKind', [], [], ['own']],
    ]);
  });
});

describe('yearJudgements', () => {
  it('judges each row by the rule over its live indicators, or by its override', () => {
    const met = goal('met', 2026, 'otherGoal');
    const partly = goal('partly', 2026, 'otherGoal');
    const pending = goal('pending', 2026, 'otherGoal');
    const texts = goal('texts', 2026, 'internalControl');
    const overridden = goal('over', 2026, 'otherGoal');
    const judged = yearJudgements(
      [
        met,
        partly,
        pending,
        texts,
        {
          ...overridden,
          judgementOverride: {
            judgement: 'met',
            reason: 'Syy',
            by: 'A',
            at: '2027-01-02T08:00:00.000Z',
          },
        },
      ],
      [
        indicatorRecord('1', 'met', 'met'),
        indicatorRecord('2', 'met', 'notMet', 'number', { deletedAt: '2026-05-01T00:00:00.000Z' }),
        indicatorRecord('3', 'partly', 'met'),
        indicatorRecord('4', 'partly', 'notMet'),
        indicatorRecord('5', 'pending', null),
        indicatorRecord('6', 'texts', null, 'text'),
        indicatorRecord('7', 'over', 'notMet'),
      ],
    );
    expect(Object.fromEntries(judged)).toEqual({
      met: { state: 'judged', judgement: 'met', overridden: false },
      partly: { state: 'judged', judgement: 'partlyMet', overridden: false },
      pending: { state: 'pending' },
      texts: { state: 'none' },
      over: { state: 'judged', judgement: 'met', overridden: true },
    });
  });
});
