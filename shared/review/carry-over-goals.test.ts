import { describe, expect, it } from 'vitest';
import type { StrategyPriority } from '../domain/priority';
import { indicatorRecord } from '../goals/indicator.test-support';
import { carriedIndicator, carryPriorities } from './carry-over-goals';

const priority = (id: string, year: number, name: string): StrategyPriority => ({ id, year, name });
const ALL = [
  priority('arki-26', 2026, 'Hyvä ja sujuva arki'),
  priority('kasvu-26', 2026, 'Kasvua yhdessä'),
  priority('arki-27', 2027, 'HYVÄ JA SUJUVA ARKI'),
];

describe('carryPriorities', () => {
  it('maps by name in the next year, copies a missing one once, and leaves unknown ids out', () => {
    let next = 0;
    const { mapping, added } = carryPriorities(
      ['arki-26', 'kasvu-26', null, 'kasvu-26', 'poistettu', 'arki-27'],
      ALL,
      2027,
      () => `uusi-${(next += 1)}`,
    );
    expect(added).toEqual([priority('uusi-1', 2027, 'Kasvua yhdessä')]);
    expect([...mapping]).toEqual([
      ['arki-26', 'arki-27'],
      ['kasvu-26', 'uusi-1'],
      ['arki-27', 'arki-27'],
    ]);
  });
});

describe('carriedIndicator', () => {
  it('keeps what is measured and against what, and starts the new year unmeasured', () => {
    const source = indicatorRecord('m', 'row-26', 'met', 'percentage', {
      unit: '%',
      upTo100: true,
      baseline: 40,
      target: 60,
      higherIsBetter: true,
      sortOrder: 3,
      values: [{ id: 'r', date: '2026-12-31', value: 62, by: 'A', at: '2027-01-02T08:00:00.000Z' }],
    });
    expect(carriedIndicator(source, { id: 'row-27', unitId: 'u', year: 2027 })).toEqual({
      actionId: 'row-27',
      unitId: 'u',
      year: 2027,
      text: source.text,
      type: 'percentage',
      unit: '%',
      upTo100: true,
      baseline: 40,
      target: 60,
      higherIsBetter: true,
      values: [],
      judgement: null,
      sortOrder: 3,
    });
  });
});
