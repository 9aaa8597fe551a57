import { beforeEach, describe, expect, it } from 'vitest';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { RepositorySet } from '../createRepositories';
import { createRepositories } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { newBusinessesIndicator } from '../goals/goals.test-support';
import { readPriorities } from '../goals/goalSettings';

const blank = {
  actions: '',
  indicator: '',
  owner: 'Omistaja',
  deadline: '',
  status: 'not_started' as const,
};
const EVERYDAY = 'HYVÄ JA SUJUVA ARKI';
const VITALITY = 'ELÄMÄÄ SYKKIVÄÄ KASVUA';

/**
 * Carrying a closed year's unfinished goals: each keeps its table kind, its indicators come
 * along unmeasured, and a strategy goal finds its priority in the next year's list by name.
 */
describe('carrying goal rows and their indicators over', () => {
  let db: ValvoDatabase;
  let repos: RepositorySet;
  let everyday: ControlAction;
  let vitality: ControlAction;
  let productivity: ControlAction;

  const goal = async (
    unitId: string,
    values: Partial<ControlAction>,
    status: 'postponed' | 'not_done',
  ) => {
    const row = await repos.actions.create(unitId, 2026, {
      ...blank,
      objective: values.objective ?? 'Tavoite',
      kindId: values.kindId ?? 'strategyGoal',
      priorityId: values.priorityId ?? null,
    });
    const indicator = await repos.indicators.add(row.id, newBusinessesIndicator);
    const measured = await repos.indicators.addReading(indicator.id, indicator.rev, {
      date: '31.12.2026',
      value: '17',
    });
    await repos.indicators.judge(indicator.id, measured.rev, 'partlyMet');
    const gone = await repos.indicators.add(row.id, {
      ...newBusinessesIndicator,
      text: 'Poistettu',
    });
    await repos.indicators.softDelete(gone.id);
    const overridden = await repos.actions.overrideJudgement(row.id, row.rev, {
      judgement: 'notMet',
      reason: 'Kasvu jäi tavoitteesta.',
    });
    await repos.actions.setOutcome(row.id, overridden.rev, {
      status,
      text: 'Kesken',
      evidence: '',
    });
    return (await db.controlActions.get(row.id))!;
  };

  beforeEach(async () => {
    db = openTestDatabase();
    repos = createRepositories(db, testContext('Controller', '2027-01-20T08:00:00.000Z'));
    const unitId = (
      await repos.units.create(null, 'organisation', {
        name: 'Kaupunki',
        code: '',
        accountable: '',
        manager: '',
      })
    ).id;
    await repos.years.create(2026, 'active');
    await repos.years.create(2027, 'planning');
    const [first] = await repos.goalSettings.addPriority(2026, EVERYDAY);
    const second = (await repos.goalSettings.addPriority(2026, VITALITY))[1]!;
    await repos.goalSettings.addPriority(2027, 'Hyvä ja sujuva arki ');
    await repos.years.setStatus(2026, 'review');
    everyday = await goal(unitId, { objective: 'Arki sujuu', priorityId: first!.id }, 'postponed');
    vitality = await goal(
      unitId,
      { objective: 'Yrityksiä syntyy', priorityId: second.id },
      'not_done',
    );
    productivity = await goal(
      unitId,
      { objective: 'Tuottavuus', kindId: 'productivity' },
      'postponed',
    );
    await repos.reviews.approve(unitId, 2026);
    await repos.years.close(2026, '2027-01-20');
  });

  it('keeps each row in its kind, copies its live indicators unmeasured and finds its priority', async () => {
    const eventsBefore = await db.auditEvents.count();
    const result = await repos.carryOver.carryOver(2026, 2027);
    expect(result).toEqual({
      copied: 3,
      alreadyCarried: 0,
      ignored: 0,
      createdYear: false,
      indicators: 3,
      addedPriorities: [VITALITY],
    });

    const priorities2027 = (await readPriorities(db)).filter((item) => item.year === 2027);
    expect(priorities2027.map((item) => item.name)).toEqual(['Hyvä ja sujuva arki', VITALITY]);
    const carried = await db.controlActions.where('year').equals(2027).toArray();
    const next = (from: ControlAction) => carried.find((row) => row.carriedFromId === from.id)!;
    expect(
      [everyday, vitality, productivity].map((from) => [
        next(from).kindId,
        next(from).priorityId,
        next(from).judgementOverride,
        next(from).outcome,
      ]),
    ).toEqual([
      ['strategyGoal', priorities2027[0]!.id, null, null],
      ['strategyGoal', priorities2027[1]!.id, null, null],
      ['productivity', null, null, null],
    ]);

    const indicators = await db.indicators.where('year').equals(2027).toArray();
    expect(indicators.map((item) => item.actionId).sort()).toEqual(
      [everyday, vitality, productivity].map((from) => next(from).id).sort(),
    );
    expect(indicators[0]).toMatchObject({
      text: newBusinessesIndicator.text,
      type: 'number',
      unit: 'kpl',
      baseline: 14,
      target: 20,
      higherIsBetter: true,
      values: [],
      judgement: null,
      deletedAt: null,
    });
    // Rows, indicators and the priorities setting: each write audited in the same transaction.
    const events = (await db.auditEvents.toArray()).slice(eventsBefore);
    expect(events.map((event) => event.entity).sort()).toEqual([
      ...Array(3).fill('controlAction'),
      ...Array(3).fill('indicator'),
      'setting',
    ]);

    const again = await repos.carryOver.carryOver(2026, 2027);
    expect(again).toMatchObject({
      copied: 0,
      alreadyCarried: 3,
      indicators: 0,
      addedPriorities: [],
    });
    expect(await db.indicators.where('year').equals(2027).count()).toBe(3);
  });
});
