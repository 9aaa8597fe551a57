import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../domain/indicator';
import { indicatorRecord } from '../goals/indicator.test-support';
import type { ReviewInput } from './completeness';
import { APPROVAL_STATES, closeBlockers, hasOutcome, reviewChecklist } from './completeness';
import {
  UNITS,
  assessment,
  assessmentsArb,
  deleted,
  outcome,
  risk,
  risksArb,
  row,
  rowsArb,
} from './review.test-support';

const input = (extra: Partial<ReviewInput> = {}): ReviewInput => ({
  year: 2026,
  today: '2026-12-20',
  units: UNITS,
  actions: [],
  risks: [],
  assessments: [],
  indicators: [],
  approvals: [],
  ...extra,
});

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('hasOutcome', () => {
  it('needs both an outcome and a final status', () => {
    expect(hasOutcome({ outcome: outcome(), status: 'done' })).toBe(true);
    expect(hasOutcome({ outcome: outcome('postponed'), status: 'postponed' })).toBe(true);
    expect(hasOutcome({ outcome: null, status: 'done' })).toBe(false);
    expect(hasOutcome({ outcome: outcome(), status: 'in_progress' })).toBe(false);
  });
});

describe('reviewChecklist', () => {
  it('counts rows with an outcome and lists the rest, ignoring deleted rows and other years', () => {
    const checklist = reviewChecklist(
      input({
        actions: [
          row('done', 'a', 2026, 'done', { outcome: outcome(), sortOrder: 1 }),
          row('bare', 'a', 2026, 'done', { sortOrder: 2 }),
          row('reopened', 'a', 2026, 'in_progress', { outcome: outcome(), sortOrder: 3 }),
          deleted(row('removed', 'a', 2026, 'not_started')),
          row('last-year', 'a', 2025, 'not_started'),
        ],
      }),
      'a',
    );
    expect(checklist.units).toHaveLength(1);
    const [review] = checklist.units;
    expect(review).toMatchObject({
      unitId: 'a',
      actionsTotal: 3,
      actionsWithOutcome: 1,
      approval: null,
    });
    expect(ids(review?.missingOutcome ?? [])).toEqual(['bare', 'reopened']);
    expect(review?.completeness).toBeCloseTo(1 / 3);
    expect(review?.isComplete).toBe(false);
  });

  it('lists overdue rows against today', () => {
    const checklist = reviewChecklist(
      input({
        today: '2026-06-15',
        actions: [
          row('late', 'b', 2026, 'in_progress', { deadline: '2026-06-14' }),
          row('today', 'b', 2026, 'in_progress', { deadline: '2026-06-15' }),
          row('late-but-done', 'b', 2026, 'done', { deadline: '2026-01-01' }),
          row('no-deadline', 'b', 2026, 'not_started'),
        ],
      }),
      'b',
    );
    expect(ids(checklist.units[0]?.overdue ?? [])).toEqual(['late']);
  });

  it('counts live open and monitored risks as assessed only with a live assessment dated in the year', () => {
    const checklist = reviewChecklist(
      input({
        risks: [
          risk('fresh', 'b', { title: 'A' }),
          risk('stale', 'b', { title: 'B' }),
          risk('monitored', 'b', { title: 'C', status: 'monitoring' }),
          risk('struck', 'b', { title: 'D' }),
          risk('closed', 'b', { status: 'closed' }),
          deleted(risk('removed', 'b')),
        ],
        assessments: [
          assessment('1', 'fresh', '2026-02-01', 2, 2, { kind: 'inherent' }),
          assessment('2', 'stale', '2025-12-31', 2, 2),
          assessment('3', 'monitored', '2026-12-31', 2, 2),
          deleted(assessment('4', 'struck', '2026-03-01', 2, 2)),
        ],
      }),
      'b',
    );
    expect(checklist.units[0]).toMatchObject({ risksTotal: 4, risksAssessed: 2, actionsTotal: 0 });
    expect(ids(checklist.units[0]?.risksNotAssessed ?? [])).toEqual(['stale', 'struck']);
    expect(checklist.units[0]?.completeness).toBe(0.5);
  });

  it('lists only units with something to review, in tree order, within the scope', () => {
    const checklist = reviewChecklist(
      input({
        actions: [
          row('b1', 'b', 2026, 'done', { outcome: outcome() }),
          row('c1', 'c', 2026, 'not_started'),
          row('a1', 'a', 2026, 'done', { outcome: outcome() }),
          row('gone1', 'gone', 2026, 'not_started'),
        ],
        risks: [risk('city-risk', 'city'), risk('closed', 'div', { status: 'closed' })],
      }),
      'city',
    );
    expect(checklist.units.map((item) => item.unitId)).toEqual(['city', 'a', 'c', 'b']);
    expect(reviewChecklist(input({ actions: [row('b1', 'b', 2026, 'done')] }), 'a').units).toEqual(
      [],
    );
    expect(
      reviewChecklist(input({ actions: [row('c1', 'c', 2026, 'done')] }), 'a').units,
    ).toHaveLength(1);
  });

  it('is empty for a missing or deleted scope', () => {
    const actions = [row('x', 'gone', 2026, 'not_started'), row('y', 'a', 2026, 'not_started')];
    expect(reviewChecklist(input({ actions }), 'gone').units).toEqual([]);
    expect(reviewChecklist(input({ actions }), 'nowhere').units).toEqual([]);
  });

  it('takes the last approval decision of each unit', () => {
    const checklist = reviewChecklist(
      input({
        actions: [row('a1', 'a', 2026, 'done'), row('b1', 'b', 2026, 'done')],
        approvals: [
          { unitId: 'a', state: 'approved' },
          { unitId: 'a', state: 'returned' },
          { unitId: 'b', state: 'withdrawn' },
          { unitId: 'b', state: 'approved' },
        ],
      }),
      'div',
    );
    expect(checklist.units.map((item) => item.approval)).toEqual(['returned', 'approved']);
  });

  it('adds up the scope, and calls an empty scope complete', () => {
    const checklist = reviewChecklist(
      input({
        actions: [
          row('a1', 'a', 2026, 'done', { outcome: outcome() }),
          row('b1', 'b', 2026, 'not_done'),
        ],
        risks: [risk('k1', 'a'), risk('k2', 'b')],
        assessments: [assessment('s1', 'k2', '2026-04-01', 1, 1)],
      }),
      'div',
    );
    expect(checklist.totals).toEqual({
      actionsTotal: 2,
      actionsWithOutcome: 1,
      indicatorsTotal: 0,
      indicatorsJudged: 0,
      risksTotal: 2,
      risksAssessed: 1,
      completeness: 0.5,
    });
    expect(reviewChecklist(input(), 'city').totals).toEqual({
      actionsTotal: 0,
      actionsWithOutcome: 0,
      indicatorsTotal: 0,
      indicatorsJudged: 0,
      risksTotal: 0,
      risksAssessed: 0,
      completeness: 1,
    });
  });
});

describe('the indicators of goal rows in the review', () => {
  const measure = (
    id: string,
    actionId: string,
    type: Indicator['type'],
    judgement: Indicator['judgement'],
    extra: Partial<Indicator> = {},
  ) => indicatorRecord(id, actionId, judgement, type, extra);

  it('needs every indicator of a measurable row judged; a row of texts keeps its written outcome', () => {
    const checklist = reviewChecklist(
      input({
        actions: [
          row('a1', 'a', 2026, 'done', { outcome: outcome() }),
          row('a2', 'a', 2026, 'done', { outcome: outcome() }),
          row('a3', 'a', 2026, 'done', { outcome: outcome() }),
        ],
        indicators: [
          measure('i1', 'a1', 'number', 'met'),
          measure('i2', 'a1', 'text', null),
          measure('i3', 'a2', 'text', null),
          measure('i4', 'a3', 'percentage', 'notMet'),
          measure('i5', 'a3', 'number', null, { deletedAt: '2026-05-01T08:00:00.000Z' }),
          measure('i6', 'a3', 'number', null, { year: 2025 }),
        ],
      }),
      'a',
    );
    const [unit] = checklist.units;
    expect(unit).toMatchObject({ indicatorsTotal: 3, indicatorsJudged: 2, isComplete: false });
    expect(unit!.unjudged.map(({ action, count }) => [action.id, count])).toEqual([['a1', 1]]);
    expect(unit!.completeness).toBeCloseTo(5 / 6);
    expect(closeBlockers(checklist)).toEqual([
      { kind: 'indicatorNotJudged', unitId: 'a', recordId: 'a1' },
      { kind: 'notApproved', unitId: 'a' },
    ]);
  });
});

describe('closeBlockers', () => {
  it('names each missing outcome, unassessed risk and unapproved unit with rows', () => {
    const checklist = reviewChecklist(
      input({
        actions: [
          row('a1', 'a', 2026, 'done', { outcome: outcome() }),
          row('a2', 'a', 2026, 'in_progress'),
          row('b1', 'b', 2026, 'done', { outcome: outcome() }),
        ],
        risks: [risk('c-risk', 'c'), risk('b-risk', 'b')],
        assessments: [assessment('s1', 'b-risk', '2026-10-10', 3, 3)],
        approvals: [{ unitId: 'b', state: 'approved' }],
      }),
      'div',
    );
    expect(closeBlockers(checklist)).toEqual([
      { kind: 'missingOutcome', unitId: 'a', recordId: 'a2' },
      { kind: 'notApproved', unitId: 'a' },
      { kind: 'riskNotAssessed', unitId: 'c', recordId: 'c-risk' },
    ]);
  });

  it('treats returned and withdrawn approvals as not approved', () => {
    const done = row('a1', 'a', 2026, 'done', { outcome: outcome() });
    for (const state of ['returned', 'withdrawn'] as const) {
      const checklist = reviewChecklist(
        input({ actions: [done], approvals: [{ unitId: 'a', state }] }),
        'a',
      );
      expect(closeBlockers(checklist)).toEqual([{ kind: 'notApproved', unitId: 'a' }]);
    }
  });

  it('lets a reviewed and approved year close', () => {
    const checklist = reviewChecklist(
      input({
        actions: [row('a1', 'a', 2026, 'cancelled', { outcome: outcome('cancelled') })],
        risks: [risk('k1', 'a'), risk('k2', 'b', { status: 'closed' })],
        assessments: [assessment('s1', 'k1', '2026-01-01', 1, 1)],
        approvals: [{ unitId: 'a', state: 'approved' }],
      }),
      'city',
    );
    expect(closeBlockers(checklist)).toEqual([]);
  });
});

describe('reviewChecklist properties', () => {
  const scopes = fc.constantFrom('city', 'div', 'a', 'b', 'c');
  const approvalsArb = fc.array(
    fc.record({
      unitId: fc.constantFrom('city', 'div', 'a', 'b', 'c'),
      state: fc.constantFrom(...APPROVAL_STATES),
    }),
    { maxLength: 6 },
  );
  /** Half the registers are fully reviewed, so that complete scopes are not rare. */
  const registerArb = fc
    .record({
      actions: rowsArb,
      risks: risksArb,
      assessments: assessmentsArb,
      isReviewed: fc.boolean(),
    })
    .map(({ isReviewed, ...data }) =>
      isReviewed
        ? {
            actions: data.actions.map((item) => ({
              ...item,
              status: 'done' as const,
              outcome: outcome(),
            })),
            risks: data.risks,
            assessments: [
              ...data.assessments,
              ...data.risks.map((item) => assessment(`y-${item.id}`, item.id, '2026-11-30', 2, 2)),
            ],
          }
        : data,
    );

  it('keeps completeness within [0, 1], and at 1 exactly when no outcome or assessment is missing', () => {
    fc.assert(
      fc.property(registerArb, approvalsArb, scopes, (register, approvals, scope) => {
        const checklist = reviewChecklist(input({ ...register, approvals }), scope);
        const blockers = closeBlockers(checklist);
        const isMissing = blockers.some((item) => item.kind !== 'notApproved');
        for (const review of checklist.units) {
          expect(review.completeness).toBeGreaterThanOrEqual(0);
          expect(review.completeness).toBeLessThanOrEqual(1);
          expect(review.completeness === 1).toBe(review.isComplete);
          expect(review.actionsTotal + review.risksTotal).toBeGreaterThan(0);
        }
        expect(checklist.totals.completeness).toBeGreaterThanOrEqual(0);
        expect(checklist.totals.completeness).toBeLessThanOrEqual(1);
        expect(checklist.totals.completeness === 1).toBe(!isMissing);
      }),
    );
  });

  it('counts every live row of the year in the scope once and never a deleted one', () => {
    const scopeIds: Record<string, string[]> = {
      city: ['city', 'div', 'a', 'b', 'c'],
      div: ['div', 'a', 'b', 'c'],
      a: ['a', 'c'],
      b: ['b'],
      c: ['c'],
    };
    fc.assert(
      fc.property(registerArb, scopes, (register, scope) => {
        const checklist = reviewChecklist(input(register), scope);
        const expected = register.actions.filter(
          (item) =>
            item.deletedAt === null && item.year === 2026 && scopeIds[scope]?.includes(item.unitId),
        );
        expect(checklist.totals.actionsTotal).toBe(expected.length);
        const blockers = closeBlockers(checklist);
        const missing = blockers
          .filter((item) => item.kind === 'missingOutcome')
          .map((item) => item.recordId);
        expect(missing.sort()).toEqual(ids(expected.filter((item) => !hasOutcome(item))).sort());
        expect(blockers.filter((item) => item.kind === 'riskNotAssessed')).toHaveLength(
          checklist.totals.risksTotal - checklist.totals.risksAssessed,
        );
        const needApproval = checklist.units.filter(
          (item) => item.actionsTotal > 0 && item.approval !== 'approved',
        );
        expect(blockers.filter((item) => item.kind === 'notApproved')).toHaveLength(
          needApproval.length,
        );
      }),
    );
  });
});
