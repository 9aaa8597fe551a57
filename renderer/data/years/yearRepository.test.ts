import { beforeEach, describe, expect, it } from 'vitest';
import type { RepositorySet } from '../createRepositories';
import { createRepositories } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { newBusinessesIndicator } from '../goals/goals.test-support';

const blank = {
  actions: '',
  indicator: 'Mittari',
  owner: 'Omistaja',
  status: 'not_started' as const,
};

describe('the year-end review, closing and carrying over', () => {
  let db: ValvoDatabase;
  let repos: RepositorySet;
  let unitId: string;
  let rowIds: string[];

  beforeEach(async () => {
    db = openTestDatabase();
    repos = createRepositories(db, testContext('Controller', '2027-01-20T08:00:00.000Z'));
    unitId = (
      await repos.units.create(null, 'organisation', {
        name: 'Kaupunki',
        code: '',
        accountable: '',
        manager: '',
      })
    ).id;
    await repos.years.create(2026, 'active');
    rowIds = [];
    for (const [objective, deadline] of [
      ['A', '15.3.2026'],
      ['B', '29.12.2026'],
      ['C', ''],
    ] as const) {
      rowIds.push((await repos.actions.create(unitId, 2026, { ...blank, objective, deadline })).id);
    }
  });

  const outcome = (index: number, status: 'done' | 'postponed' | 'not_done') =>
    repos.actions.setOutcome(rowIds[index]!, 1, {
      status,
      text: 'Kirjattu',
      evidence: 'pöytäkirja 12/2026\n',
    });

  it('moves through the statuses only by a controller, and only forward or one step back', async () => {
    await expect(repos.years.setStatus(2026, 'closed')).rejects.toMatchObject({
      key: 'years.errors.badTransition',
    });
    const manager = createRepositories(db, testContext('Esihenkilö', undefined, 'unitManager'));
    await expect(manager.years.setStatus(2026, 'review')).rejects.toMatchObject({
      key: 'errors.controllerOnly',
    });
    expect((await repos.years.setStatus(2026, 'review')).status).toBe('review');
  });

  it('refuses to close while anything is incomplete, naming how much, then closes once complete', async () => {
    await repos.years.setStatus(2026, 'review');
    await outcome(0, 'done');
    await expect(repos.years.close(2026, '2027-01-20')).rejects.toMatchObject({
      key: 'years.errors.incomplete',
      params: { outcomes: 2, indicators: 0, risks: 0, approvals: 1 },
    });
    await outcome(1, 'postponed');
    await outcome(2, 'not_done');
    await repos.reviews.approve(unitId, 2026);
    const closed = await repos.years.close(2026, '2027-01-20');
    expect(closed).toMatchObject({ status: 'closed', closedBy: 'Controller' });
    expect((await db.auditEvents.orderBy('seq').last())?.op).toBe('close-year');
    await expect(repos.years.close(2026, '2027-01-20')).rejects.toMatchObject({
      key: 'years.errors.alreadyClosed',
    });

    await expect(repos.years.reopen(2026, ' ')).rejects.toMatchObject({
      key: 'validation.required',
    });
    const reopened = await repos.years.reopen(2026, 'Tilintarkastaja pyysi korjauksen riville B.');
    expect(reopened).toMatchObject({
      status: 'review',
      closedAt: null,
      reopenReason: 'Tilintarkastaja pyysi korjauksen riville B.',
    });
    const event = await db.auditEvents.orderBy('seq').last();
    expect(event).toMatchObject({ op: 'reopen-year', actor: 'Controller' });
    expect(event?.changes.reopenReason).toEqual([
      null,
      'Tilintarkastaja pyysi korjauksen riville B.',
    ]);
  });

  it('refuses to close while a measurable indicator of a goal row is not judged', async () => {
    const measure = await repos.indicators.add(rowIds[0]!, newBusinessesIndicator);
    await repos.indicators.add(rowIds[1]!, { ...newBusinessesIndicator, type: 'text', unit: '' });
    await repos.years.setStatus(2026, 'review');
    for (const [index, status] of [
      [0, 'done'],
      [1, 'done'],
      [2, 'not_done'],
    ] as const)
      await outcome(index, status);
    await repos.reviews.approve(unitId, 2026);
    // Row B's only indicator is a text: its written outcome is enough.
    await expect(repos.years.close(2026, '2027-01-20')).rejects.toMatchObject({
      key: 'years.errors.incomplete',
      params: { outcomes: 0, indicators: 1, risks: 0, approvals: 0 },
    });
    await repos.indicators.judge(measure.id, measure.rev, 'partlyMet');
    await repos.reviews.approve(unitId, 2026);
    await expect(repos.years.close(2026, '2027-01-20')).resolves.toMatchObject({
      status: 'closed',
    });
  });

  it('withdraws an approval when the unit’s rows change afterwards, and records why', async () => {
    await repos.years.setStatus(2026, 'review');
    await repos.reviews.approve(unitId, 2026);
    await repos.actions.update(rowIds[0]!, 1, {
      ...blank,
      objective: 'A muutettu',
      deadline: '15.3.2026',
    });
    const review = await db.unitReviews.where('[year+unitId]').equals([2026, unitId]).first();
    expect(review).toMatchObject({
      state: 'withdrawn',
      comment: 'review.withdrawnReasons.editedAfterApproval',
    });
    const withdrawal = (await db.auditEvents.toArray()).find(
      (item) => item.entity === 'unitReview' && item.op === 'update',
    );
    expect(withdrawal?.changes.state).toEqual(['approved', 'withdrawn']);
  });

  it('returns a unit with a comment, and refuses a decision outside the review phase', async () => {
    await expect(repos.reviews.approve(unitId, 2026)).rejects.toMatchObject({
      key: 'review.errors.notInReview',
    });
    await repos.years.setStatus(2026, 'review');
    await expect(repos.reviews.returnToUnit(unitId, 2026, '')).rejects.toMatchObject({
      key: 'validation.required',
    });
    expect(
      await repos.reviews.returnToUnit(unitId, 2026, 'Rivin B toteuma puuttuu.'),
    ).toMatchObject({ state: 'returned', comment: 'Rivin B toteuma puuttuu.' });
  });

  it('carries postponed, not-done and picked rows into the next year once, with deadlines moved', async () => {
    await repos.years.setStatus(2026, 'review');
    await outcome(0, 'done');
    await outcome(1, 'postponed');
    await outcome(2, 'not_done');
    await repos.reviews.approve(unitId, 2026);
    await expect(repos.carryOver.carryOver(2026, 2027)).rejects.toMatchObject({
      key: 'review.errors.carryFromOpenYear',
    });
    await repos.years.close(2026, '2027-01-20');

    const first = await repos.carryOver.carryOver(2026, 2027, [rowIds[0]!]);
    expect(first).toMatchObject({ copied: 3, alreadyCarried: 0, ignored: 0, createdYear: true });
    const carried = (await db.controlActions.where('year').equals(2027).toArray()).sort(
      (a, b) => a.sortOrder - b.sortOrder,
    );
    expect(
      carried.map((row) => [
        row.objective,
        row.deadline,
        row.status,
        row.outcome,
        row.carriedFromId,
      ]),
    ).toEqual([
      ['A', '2027-03-15', 'not_started', null, rowIds[0]],
      ['B', '2027-12-29', 'not_started', null, rowIds[1]],
      ['C', null, 'not_started', null, rowIds[2]],
    ]);
    expect((await db.planYears.where('year').equals(2027).first())?.status).toBe('planning');

    const second = await repos.carryOver.carryOver(2026, 2027, [rowIds[0]!]);
    expect(second).toMatchObject({ copied: 0, alreadyCarried: 3, ignored: 0, createdYear: false });
    expect(await db.controlActions.where('year').equals(2027).count()).toBe(3);
  });
});
