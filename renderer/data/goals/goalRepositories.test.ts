import { beforeEach, describe, expect, it } from 'vitest';
import { judgeRow, suggestJudgement } from '../../../shared/goals/judgement';
import { PRESET_TABLE_KINDS } from '../../../shared/table-kind-presets';
import type { ValvoDatabase } from '../core/database';
import { createRepositories } from '../createRepositories';
import { startEmptyOrganisation } from '../setup/setupOrganisation';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { newBusinessesIndicator } from './goals.test-support';
import { createGoalSettingsRepository } from './goalSettingsRepository';
import { readPriorities, readTableKinds } from './goalSettings';
import { createIndicatorRepository, indicatorsOf } from './indicatorRepository';

const row = {
  objective: 'Yritysten määrä kasvaa',
  actions: 'Yritysneuvonta',
  indicator: 'Uudet yritykset (väh. 20 kpl)',
  owner: '',
  deadline: '',
  status: 'not_started' as const,
};

const ownKind = {
  fi: {
    name: 'Kuntalaisaloitteet',
    objective: 'Aloite',
    actions: 'Toimenpiteet',
    indicator: 'Mittarit',
  },
  sv: {
    name: 'Invånarinitiativ',
    objective: 'Initiativ',
    actions: 'Åtgärder',
    indicator: 'Mätare',
  },
  en: { name: 'Initiatives', objective: 'Initiative', actions: 'Actions', indicator: 'Indicators' },
};

describe('goal rows, their indicators and the lists of kinds and priorities', () => {
  let db: ValvoDatabase;
  let repos: ReturnType<typeof createRepositories>;
  let indicators: ReturnType<typeof createIndicatorRepository>;
  let goals: ReturnType<typeof createGoalSettingsRepository>;
  let unitId: string;

  beforeEach(async () => {
    db = openTestDatabase();
    const context = testContext('Laura Controller', '2026-03-02T08:00:00.000Z');
    repos = createRepositories(db, context);
    indicators = createIndicatorRepository(db, context);
    goals = createGoalSettingsRepository(db, context);
    unitId = (await startEmptyOrganisation(db, context, 'Kemijärvi', 2026)).id;
  });

  it('files a strategy goal under a priority of its year, and a renamed priority keeps it', async () => {
    const [priority] = await goals.addPriority(
      2026,
      'ELÄMÄÄ SYKKIVÄÄ KASVUA YHDESSÄ YRITTÄJIEN KANSSA',
    );
    const goal = await repos.actions.create(unitId, 2026, {
      ...row,
      kindId: 'strategyGoal',
      priorityId: priority!.id,
    });
    expect(goal).toMatchObject({ kindId: 'strategyGoal', priorityId: priority!.id });
    await goals.renamePriority(2026, priority!.id, 'Elinvoima');
    expect((await readPriorities(db)).map((item) => item.name)).toEqual(['Elinvoima']);
    expect((await db.controlActions.get(goal.id))?.priorityId).toBe(priority!.id);
    // An edit from a form that does not show the kind keeps the row where it is.
    const edited = await repos.actions.update(goal.id, goal.rev, { ...row, objective: 'Muutettu' });
    expect(edited).toMatchObject({ kindId: 'strategyGoal', priorityId: priority!.id });
    await expect(goals.deletePriority(2026, priority!.id)).rejects.toMatchObject({
      key: 'goals.priorities.errors.inUse',
      params: { count: 1 },
    });
  });

  it('moves a row within its own table: past rows of other kinds, never into them', async () => {
    const first = await repos.actions.create(unitId, 2026, { ...row, objective: 'Eka' });
    const goal = await repos.actions.create(unitId, 2026, { ...row, kindId: 'otherGoal' });
    const second = await repos.actions.create(unitId, 2026, { ...row, objective: 'Toka' });
    await repos.actions.move(first.id, 1);
    const order = (await db.controlActions.toArray())
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((item) => item.id);
    expect(order).toEqual([second.id, goal.id, first.id]);
    await repos.actions.move(goal.id, 1);
    expect((await db.controlActions.get(goal.id))?.rev).toBe(goal.rev);
  });

  it('refuses a kind that does not exist or is retired, and a priority of another year', async () => {
    await expect(
      repos.actions.create(unitId, 2026, { ...row, kindId: 'eiOle' }),
    ).rejects.toMatchObject({ key: 'goals.kinds.errors.unknown' });
    await goals.setKindRetired('productivity', true);
    await expect(
      repos.actions.create(unitId, 2026, { ...row, kindId: 'productivity' }),
    ).rejects.toMatchObject({ key: 'goals.kinds.errors.retired' });
    await repos.years.create(2027);
    const [later] = await goals.addPriority(2027, 'VASTUULLINEN JOHTAMINEN');
    await expect(
      repos.actions.create(unitId, 2026, { ...row, kindId: 'strategyGoal', priorityId: later!.id }),
    ).rejects.toMatchObject({ key: 'goals.priorities.errors.unknown' });
    expect(await db.controlActions.count()).toBe(0);
  });

  it('renames, adds, orders, retires and deletes kinds; a kind in use is not deleted', async () => {
    const renamed = structuredClone(PRESET_TABLE_KINDS[1]!.labels);
    renamed.fi.name = 'Toiminnalliset tavoitteet';
    await goals.renameKind('otherGoal', renamed);
    await expect(goals.renameKind('productivity', renamed)).rejects.toMatchObject({
      key: 'goals.kinds.errors.nameTaken',
    });
    const kinds = await goals.addKind(ownKind, false);
    const own = kinds.at(-1)!;
    await goals.moveKind(own.id, -1);
    expect((await readTableKinds(db)).map((kind) => kind.id)).toEqual([
      'strategyGoal',
      'otherGoal',
      'productivity',
      'internalControl',
      own.id,
      'companyGoal',
    ]);
    await repos.actions.create(unitId, 2026, { ...row, kindId: own.id });
    await expect(goals.deleteKind(own.id)).rejects.toMatchObject({
      key: 'goals.kinds.errors.inUse',
      params: { count: 1 },
    });
    await expect(goals.deleteKind('otherGoal')).rejects.toMatchObject({
      key: 'goals.kinds.errors.builtIn',
    });
  });

  it('keeps dated actual values of an indicator, suggests a judgement, and the row follows the rule', async () => {
    const goal = await repos.actions.create(unitId, 2026, { ...row, kindId: 'otherGoal' });
    const count = await indicators.add(goal.id, newBusinessesIndicator);
    const done = await indicators.add(goal.id, {
      ...newBusinessesIndicator,
      text: 'Yrityspalvelujen asiakaskysely tehty',
      type: 'yesNo',
      unit: '',
      baseline: '',
      target: '',
      direction: '',
    });
    expect(count).toMatchObject({
      baseline: 14,
      target: 20,
      higherIsBetter: true,
      unitId,
      year: 2026,
    });
    const read = await indicators.addReading(count.id, count.rev, {
      date: '31.12.2026',
      value: '17 kpl',
    });
    expect(read.values).toEqual([
      {
        id: expect.any(String),
        date: '2026-12-31',
        value: 17,
        by: 'Laura Controller',
        at: expect.any(String),
      },
    ]);
    expect(suggestJudgement(read)).toBe('partlyMet');
    const judged = await indicators.judge(read.id, read.rev, 'partlyMet');
    await indicators.judge(done.id, done.rev, 'met');
    const listed = await indicatorsOf(db, goal.id);
    expect(listed.map((item) => item.id)).toEqual([count.id, done.id]);
    expect(judgeRow(listed, null)).toMatchObject({ derived: 'partlyMet', effective: 'partlyMet' });

    const overridden = await repos.actions.overrideJudgement(goal.id, goal.rev, {
      judgement: 'met',
      reason: 'Tavoite saavutettiin vuoden vaihteessa rekisteröidyillä yrityksillä.',
    });
    expect(judgeRow(listed, overridden.judgementOverride)).toMatchObject({
      derived: 'partlyMet',
      effective: 'met',
      overridden: true,
    });
    const events = await db.auditEvents
      .where('[entity+entityId]')
      .equals(['controlAction', goal.id])
      .toArray();
    expect(events.at(-1)?.changes.judgementOverride?.[1]).toMatchObject({
      judgement: 'met',
      by: 'Laura Controller',
    });
    expect(judged.judgement).toBe('partlyMet');
  });

  it('refuses a bad value at its field and changes nothing', async () => {
    const goal = await repos.actions.create(unitId, 2026, { ...row, kindId: 'otherGoal' });
    const count = await indicators.add(goal.id, newBusinessesIndicator);
    const refusals = [
      [{ date: '31.12.2026', value: 'noin kaksikymmentä' }, 'goals.values.errors.notNumber'],
      [{ date: '31.12.2026', value: '20 %' }, 'goals.values.errors.otherUnit?given=%&unit=kpl'],
      [{ date: '31.2.2026', value: '20' }, 'validation.invalidDate'],
    ] as const;
    for (const [values, key] of refusals)
      await expect(indicators.addReading(count.id, count.rev, values)).rejects.toMatchObject({
        key,
      });
    await expect(
      indicators.add(goal.id, {
        ...newBusinessesIndicator,
        type: 'percentage',
        unit: '',
        target: '120',
        upTo100: true,
      }),
    ).rejects.toMatchObject({
      key: 'goals.values.errors.percentRange',
      params: { field: 'target' },
    });
    expect((await db.indicators.get(count.id))?.values).toEqual([]);
    expect(await db.indicators.count()).toBe(1);
  });

  it('refuses indicator writes in a closed year', async () => {
    const goal = await repos.actions.create(unitId, 2026, { ...row, kindId: 'otherGoal' });
    const count = await indicators.add(goal.id, newBusinessesIndicator);
    const year = (await db.planYears.where('year').equals(2026).first())!;
    await db.planYears.put({
      ...year,
      status: 'closed',
      closedAt: '2027-01-31T10:00:00.000Z',
      closedBy: 'Laura',
    });
    await expect(
      indicators.addReading(count.id, count.rev, { date: '31.12.2026', value: '21' }),
    ).rejects.toMatchObject({ key: 'years.errors.closed' });
    await expect(indicators.judge(count.id, count.rev, 'met')).rejects.toMatchObject({
      key: 'years.errors.closed',
    });
  });
});
