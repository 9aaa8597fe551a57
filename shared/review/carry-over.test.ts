import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, toIsoDate } from '../dates';
import type { ControlAction } from '../domain/control-action';
import { CARRY_OVER_STATUSES, carriedAction, moveDateToYear, planCarryOver } from './carry-over';
import { deleted, outcome, row, rowsArb } from './review.test-support';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const plan = (rows: ControlAction[], picked: string[] = []) =>
  planCarryOver({ fromYear: 2026, toYear: 2027, rows, picked });

describe('planCarryOver', () => {
  it('takes the live postponed and not-done rows of the year', () => {
    const result = plan([
      row('postponed', 'a', 2026, 'postponed'),
      row('failed', 'b', 2026, 'not_done', { outcome: outcome('not_done') }),
      row('done', 'a', 2026, 'done'),
      row('open', 'a', 2026, 'in_progress'),
      deleted(row('removed', 'a', 2026, 'postponed')),
      row('older', 'a', 2025, 'postponed'),
      row('next', 'a', 2027, 'not_done'),
    ]);
    expect(ids(result.toCopy)).toEqual(['postponed', 'failed']);
    expect(result.alreadyCarried).toEqual([]);
    expect(result.ignored).toEqual([]);
  });

  it('adds picked rows of the year once, and reports picks that are not live rows of the year', () => {
    const result = plan(
      [
        row('done', 'a', 2026, 'done'),
        row('postponed', 'a', 2026, 'postponed'),
        deleted(row('removed', 'a', 2026, 'in_progress')),
        row('older', 'a', 2025, 'in_progress'),
      ],
      ['postponed', 'removed', 'done', 'older', 'unknown', 'done', 'unknown'],
    );
    expect(ids(result.toCopy)).toEqual(['done', 'postponed']);
    expect(result.ignored).toEqual(['removed', 'older', 'unknown']);
  });

  it('merges with a live continuation instead of copying again', () => {
    const rows = [
      row('merged', 'a', 2026, 'postponed'),
      row('revived', 'a', 2026, 'postponed'),
      row('elsewhere', 'a', 2026, 'not_done'),
      row('merged-2027', 'a', 2027, 'in_progress', { carriedFromId: 'merged' }),
      deleted(row('revived-2027', 'a', 2027, 'not_started', { carriedFromId: 'revived' })),
      row('elsewhere-2028', 'a', 2028, 'not_started', { carriedFromId: 'elsewhere' }),
    ];
    const result = plan(rows);
    expect(ids(result.alreadyCarried)).toEqual(['merged']);
    expect(ids(result.toCopy)).toEqual(['revived', 'elsewhere']);
  });

  it('carries only the listed statuses automatically', () => {
    expect([...CARRY_OVER_STATUSES]).toEqual(['postponed', 'not_done']);
  });
});

describe('carriedAction', () => {
  const source = row('src', 'a', 2026, 'postponed', {
    deadline: '2026-05-31',
    notes: [{ id: 'n', date: '2026-04-01', author: 'A', text: 'Siirtyy', status: 'postponed' }],
    outcome: outcome('postponed'),
    riskIds: ['k1', 'k2'],
    sortOrder: 7,
    carriedFromId: 'older',
  });

  it('keeps the plan, starts the progress afresh and points back to its source', () => {
    const carried = carriedAction(source, 2027);
    expect(carried).toEqual({
      year: 2027,
      unitId: 'a',
      objective: 'Tavoite src',
      actions: 'Toimenpiteet src',
      indicator: 'Mittari src',
      owner: 'Vastuuhenkilö',
      deadline: '2027-05-31',
      status: 'not_started',
      notes: [],
      outcome: null,
      riskIds: ['k1', 'k2'],
      carriedFromId: 'src',
      kindId: 'internalControl',
      priorityId: null,
      judgementOverride: null,
    });
    expect(carried.riskIds).not.toBe(source.riskIds);
    for (const key of [
      'id',
      'createdAt',
      'updatedAt',
      'updatedBy',
      'rev',
      'deletedAt',
      'sortOrder',
    ]) {
      expect(carried).not.toHaveProperty(key);
    }
  });

  it('moves the deadline into the new year, 29 February to 28 February in a common year', () => {
    expect(carriedAction({ ...source, deadline: '2024-02-29' }, 2025).deadline).toBe('2025-02-28');
    expect(carriedAction({ ...source, deadline: '2024-02-29' }, 2028).deadline).toBe('2028-02-29');
    expect(carriedAction({ ...source, deadline: '2027-02-28' }, 2028).deadline).toBe('2028-02-28');
    expect(carriedAction({ ...source, deadline: '2026-12-31' }, 2027).deadline).toBe('2027-12-31');
    expect(carriedAction({ ...source, deadline: null }, 2027).deadline).toBeNull();
  });

  it('keeps month and day of any date, or 28 February for a leap day', () => {
    const dates = fc
      .date({ min: new Date(2000, 0, 1, 12), max: new Date(2100, 11, 31, 12), noInvalidDate: true })
      .map(toIsoDate);
    fc.assert(
      fc.property(dates, fc.integer({ min: 2000, max: 2100 }), (date, year) => {
        const moved = moveDateToYear(date, year);
        expect(isIsoDate(moved)).toBe(true);
        expect(moved.slice(0, 4)).toBe(String(year));
        const expected =
          date.slice(5) === '02-29' && !isIsoDate(`${year}-02-29`) ? '02-28' : date.slice(5);
        expect(moved.slice(5)).toBe(expected);
      }),
    );
  });
});

describe('planCarryOver properties', () => {
  const pickedArb = fc.array(
    fc.oneof(
      fc.nat(30).map((index) => `r${index}`),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 10 },
  );

  /** Creates the planned rows as the repository would. */
  const apply = (rows: ControlAction[], toCopy: ControlAction[]) => [
    ...rows,
    ...toCopy.map((source, index) => ({
      ...row(`new${index}`, source.unitId, 2027, 'not_started'),
      ...carriedAction(source, 2027),
    })),
  ];

  it('puts every candidate in exactly one of toCopy and alreadyCarried, and copies nothing twice', () => {
    fc.assert(
      fc.property(rowsArb, pickedArb, (rows, picked) => {
        const result = plan(rows, picked);
        const live = rows.filter((item) => item.deletedAt === null && item.year === 2026);
        const candidates = live.filter(
          (item) =>
            item.status === 'postponed' || item.status === 'not_done' || picked.includes(item.id),
        );
        const planned = [...ids(result.toCopy), ...ids(result.alreadyCarried)];
        expect(new Set(planned).size).toBe(planned.length);
        expect([...planned].sort()).toEqual(ids(candidates).sort());
        expect(result.ignored.sort()).toEqual(
          [...new Set(picked)].filter((id) => !ids(live).includes(id)).sort(),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: once the plan is applied, planning again copies nothing', () => {
    fc.assert(
      fc.property(rowsArb, pickedArb, (rows, picked) => {
        const first = plan(rows, picked);
        const second = plan(apply(rows, first.toCopy), picked);
        expect(second.toCopy).toEqual([]);
        expect(ids(second.alreadyCarried).sort()).toEqual(
          [...ids(first.toCopy), ...ids(first.alreadyCarried)].sort(),
        );
        expect(second.ignored).toEqual(first.ignored);
      }),
      { numRuns: 300 },
    );
  });
});
