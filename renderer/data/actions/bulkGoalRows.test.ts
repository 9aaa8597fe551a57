import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { RepositorySet } from '../createRepositories';
import { createRepositories } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import { newBusinessesIndicator } from '../goals/goals.test-support';
import { openTestDatabase, testContext } from '../../test/testDatabase';

const NOW = '2026-06-15T08:00:00.000Z';

/** A bulk update of rows of every table kind, chosen together in the register. */
describe('bulk update of goal rows of mixed kinds', () => {
  let db: ValvoDatabase;
  let repos: RepositorySet;
  let rows: ControlAction[];

  const goalFields = (row: ControlAction) => ({
    kindId: row.kindId,
    priorityId: row.priorityId,
    judgementOverride: row.judgementOverride,
    objective: row.objective,
  });
  const stored = async () =>
    (await db.controlActions.bulkGet(rows.map((row) => row.id))) as ControlAction[];

  beforeEach(async () => {
    db = openTestDatabase();
    repos = createRepositories(db, testContext('Maija Meikäläinen', NOW, 'controller'));
    const city = await repos.units.create(null, 'organisation', {
      name: 'Kaupunki',
      code: '',
      accountable: '',
      manager: '',
    });
    const unit = await repos.units.create(city.id, 'division', {
      name: 'Elinvoima',
      code: '',
      accountable: '',
      manager: '',
    });
    await repos.years.create(2026, 'active');
    const [priority] = await repos.goalSettings.addPriority(2026, 'Elämää sykkivää kasvua');
    const add = (objective: string, kindId: string, priorityId: string | null = null) =>
      repos.actions.create(unit.id, 2026, {
        objective,
        actions: '',
        indicator: '',
        owner: 'Vanha Omistaja',
        deadline: '31.5.2026',
        status: 'not_started',
        kindId,
        priorityId,
      });
    const strategic = await add('Yrityksiä lisää', 'strategyGoal', priority!.id);
    const other = await add('Palvelut sujuvat', 'otherGoal');
    const productivity = await add('Sähköinen asiointi', 'productivity');
    const control = await add('Sopimusten valvonta', 'internalControl');
    await repos.indicators.add(strategic.id, newBusinessesIndicator);
    const judged = await repos.actions.overrideJudgement(strategic.id, strategic.rev, {
      judgement: 'partlyMet',
      reason: 'Kaksi suurta yritystä siirsi avaamista.',
    });
    // A retired kind takes no new rows, but its rows are still worked on.
    await repos.goalSettings.setKindRetired('productivity', true);
    rows = [judged, other, productivity, control];
  });

  it('changes status, owner and deadline and keeps each row’s kind, priority and judgement', async () => {
    const before = rows.map(goalFields);
    const indicatorsBefore = await db.indicators.toArray();
    const token = await repos.bulk.updateActions(
      rows.map(({ id, rev }) => ({ id, rev })),
      { owner: 'Maija Meikäläinen', deadline: '30.9.2026', status: 'in_progress', note: 'Kesä' },
    );
    expect(token.rows).toHaveLength(4);
    const after = await stored();
    expect(after.map(goalFields)).toEqual(before);
    expect(after.map((row) => [row.owner, row.deadline, row.status])).toEqual(
      rows.map(() => ['Maija Meikäläinen', '2026-09-30', 'in_progress']),
    );
    expect(after.every((row) => row.notes.at(-1)?.text === 'Kesä')).toBe(true);
    // Indicators are records of their own: a bulk update of rows leaves them as they were.
    expect(await db.indicators.toArray()).toEqual(indicatorsBefore);
    expect(verifyAuditChain(await db.auditEvents.orderBy('seq').toArray()).ok).toBe(true);

    await repos.bulk.undo(token);
    const undone = await stored();
    expect(undone.map(goalFields)).toEqual(before);
    expect(undone.map((row) => [row.owner, row.deadline, row.status])).toEqual(
      rows.map(() => ['Vanha Omistaja', '2026-05-31', 'not_started']),
    );
  });

  it('refuses the whole change, every kind alike, when the year is closed', async () => {
    const planYear = (await db.planYears.where('year').equals(2026).first())!;
    await db.planYears.put({ ...planYear, status: 'closed', closedAt: NOW, closedBy: 'C' });
    await expect(
      repos.bulk.updateActions(
        rows.map(({ id, rev }) => ({ id, rev })),
        { status: 'done' },
      ),
    ).rejects.toMatchObject({ key: 'worklists.bulk.errors.closedYear' });
    expect((await stored()).map((row) => row.status)).toEqual(rows.map(() => 'not_started'));
  });
});
