import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, toIsoDate } from '../dates';
import type { ActionStatus } from '../domain/control-action';
import { ACTION_STATUSES, FINAL_ACTION_STATUSES } from '../domain/control-action';
import {
  dueSoonEnd,
  isOpenActionOf,
  isSamePerson,
  managedUnits,
  risksToReview,
  selectMyWork,
  showsKinds,
} from './my-work';

const TODAY = '2026-06-15';

const row = (
  id: string,
  deadline: string | null,
  status: ActionStatus = 'in_progress',
  extra: { year?: number; deletedAt?: string | null } = {},
) => ({ id, deadline, status, year: 2026, deletedAt: null, ...extra });

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('selectMyWork', () => {
  it('lists overdue and due-soon rows of the year by deadline, leaving out the rest', () => {
    const work = selectMyWork(
      [
        row('later', '2026-09-01'),
        row('soon', '2026-07-15'),
        row('today', TODAY),
        row('late', '2026-06-14'),
        row('very-late', '2026-02-01', 'not_started'),
        row('done-late', '2026-02-01', 'done'),
        row('postponed-soon', '2026-06-20', 'postponed'),
        row('no-deadline', null),
        row('deleted', '2026-06-01', 'in_progress', { deletedAt: '2026-06-02T00:00:00.000Z' }),
        row('last-year', '2025-12-01', 'in_progress', { year: 2025 }),
      ],
      2026,
      TODAY,
    );
    expect(ids(work.overdue)).toEqual(['very-late', 'late']);
    expect(ids(work.dueSoon)).toEqual(['today', 'soon']);
  });

  const dateArb = fc
    .date({ min: new Date(2025, 11, 1, 12), max: new Date(2027, 1, 1, 12), noInvalidDate: true })
    .map(toIsoDate);
  const rowsArb = fc.array(
    fc.record({
      id: fc.uuid(),
      deadline: fc.option(dateArb, { nil: null }),
      status: fc.constantFrom(...ACTION_STATUSES),
      year: fc.constantFrom(2025, 2026, 2027),
      deletedAt: fc.constantFrom(null, '2026-01-01T00:00:00.000Z'),
    }),
    { maxLength: 40 },
  );

  it('never puts a row in both lists, and never lists a final status as overdue', () => {
    fc.assert(
      fc.property(rowsArb, dateArb, (rows, today) => {
        const work = selectMyWork(rows, 2026, today);
        const overdue = new Set(work.overdue);
        expect(work.dueSoon.filter((item) => overdue.has(item))).toEqual([]);
        for (const item of [...work.overdue, ...work.dueSoon]) {
          expect(FINAL_ACTION_STATUSES).not.toContain(item.status);
          expect(item.deletedAt).toBeNull();
          expect(item.year).toBe(2026);
        }
      }),
    );
  });

  it('lists exactly the open rows whose deadline lies in the query ranges of the home view', () => {
    fc.assert(
      fc.property(rowsArb, dateArb, (rows, today) => {
        const work = selectMyWork(rows, 2026, today);
        const end = dueSoonEnd(today);
        const open = rows.filter((item) => isOpenActionOf(item, 2026) && item.deadline !== null);
        expect(new Set(ids(work.overdue))).toEqual(
          new Set(ids(open.filter((item) => item.deadline! < today))),
        );
        expect(new Set(ids(work.dueSoon))).toEqual(
          new Set(ids(open.filter((item) => item.deadline! >= today && item.deadline! <= end))),
        );
      }),
    );
  });
});

describe('dueSoonEnd', () => {
  it('is 30 days after today, across months and years', () => {
    expect(dueSoonEnd(TODAY)).toBe('2026-07-15');
    expect(dueSoonEnd('2026-12-15')).toBe('2027-01-14');
    expect(dueSoonEnd('2026-03-20')).toBe('2026-04-19');
  });

  it('is always the given number of days away', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 0, 1), noInvalidDate: true }),
        fc.integer({ min: 0, max: 90 }),
        (date, days) => {
          const today = toIsoDate(date);
          expect(daysBetween(today, dueSoonEnd(today, days))).toBe(days);
        },
      ),
    );
  });
});

describe('whose is it', () => {
  it('compares names trimmed and case-insensitively, never matching an empty name', () => {
    expect(isSamePerson(' maija meikäläinen ', 'Maija Meikäläinen')).toBe(true);
    expect(isSamePerson('MAIJA MEIKÄLÄINEN', 'maija meikäläinen')).toBe(true);
    expect(isSamePerson('Maija Virtanen', 'Maija Meikäläinen')).toBe(false);
    expect(isSamePerson('', '')).toBe(false);
    expect(isSamePerson('  ', ' ')).toBe(false);
  });

  it('lists the live units the profile manages, by name', () => {
    const unit = (name: string, manager: string, deletedAt: string | null = null) => ({
      name,
      manager,
      deletedAt,
    });
    const units = [
      unit('Viestintä', 'Maija Meikäläinen'),
      unit('Hallinto', ' maija meikäläinen'),
      unit('Talous', 'Matti Virtanen'),
      unit('Vanha', 'Maija Meikäläinen', '2026-01-01T00:00:00.000Z'),
      unit('Tyhjä', ''),
    ];
    expect(managedUnits(units, 'Maija Meikäläinen').map((item) => item.name)).toEqual([
      'Hallinto',
      'Viestintä',
    ]);
  });
});

describe('risksToReview', () => {
  const risk = (
    id: string,
    title: string,
    status: 'open' | 'monitoring' | 'closed',
    reviewDate: string | null,
    deletedAt: string | null = null,
  ) => ({ id, title, status, reviewDate, deletedAt });
  const assessed = [
    {
      date: '2026-01-10',
      createdAt: '2026-01-10T10:00:00.000Z',
      likelihood: 2,
      impact: 3,
      scale: 5 as const,
      kind: 'inherent' as const,
      deletedAt: null,
    },
  ];

  it('takes the register rule: never assessed, or review date come; closed and deleted never', () => {
    const risks = [
      risk('due', 'Tietoturva', 'open', '2026-06-15'),
      risk('new', 'Avustukset', 'monitoring', null),
      risk('fine', 'Hankinnat', 'open', '2026-09-01'),
      risk('closed', 'Lopetettu', 'closed', '2026-01-01'),
      risk('gone', 'Poistettu', 'open', null, '2026-02-01T00:00:00.000Z'),
      risk('due', 'Tietoturva', 'open', '2026-06-15'),
    ];
    const assessments = new Map([
      ['due', assessed],
      ['fine', assessed],
      ['closed', assessed],
    ]);
    expect(
      risksToReview(risks, assessments, TODAY).map(({ risk: item, reason }) => [item.id, reason]),
    ).toEqual([
      ['new', 'notAssessed'],
      ['due', 'reviewDue'],
    ]);
  });
});

describe('showsKinds', () => {
  it('names the tables once a goal row is listed, not while every row is internal control', () => {
    expect(showsKinds([])).toBe(false);
    expect(showsKinds([{ kindId: 'internalControl' }, { kindId: 'internalControl' }])).toBe(false);
    expect(showsKinds([{ kindId: 'internalControl' }, { kindId: 'otherGoal' }])).toBe(true);
    expect(showsKinds([{ kindId: 'kaupungin-oma' }])).toBe(true);
  });
});
