import { beforeEach, describe, expect, it } from 'vitest';
import type { ActionStatus } from '../../../shared/domain/control-action';
import type { RepositorySet } from '../createRepositories';
import { createRepositories } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { countCityWork, readMyWork } from './homeQueries';

import { blankRisk } from '../door/doorTestSupport';

const TODAY = '2026-06-15';
const ME = 'Maija Meikäläinen';

describe('the home view’s queries', () => {
  let db: ValvoDatabase;
  let repos: RepositorySet;
  let units: { mine: string; other: string };

  const addRow = (
    unitId: string,
    objective: string,
    owner: string,
    deadline: string,
    status: ActionStatus = 'in_progress',
    year = 2026,
  ) =>
    repos.actions.create(unitId, year, {
      objective,
      actions: '',
      indicator: '',
      owner,
      deadline,
      status,
    });

  beforeEach(async () => {
    db = openTestDatabase();
    repos = createRepositories(db, testContext(ME, '2026-06-01T08:00:00.000Z'));
    const people = { code: '', accountable: '' };
    const city = await repos.units.create(null, 'organisation', {
      name: 'Kaupunki',
      manager: '',
      ...people,
    });
    const mine = await repos.units.create(city.id, 'division', {
      name: 'Viestintä',
      manager: ' maija meikäläinen ',
      ...people,
    });
    const other = await repos.units.create(city.id, 'division', {
      name: 'Tekninen',
      manager: 'Matti Virtanen',
      ...people,
    });
    units = { mine: mine.id, other: other.id };
    await repos.years.create(2025, 'review');
    await repos.years.create(2026, 'active');

    await addRow(units.other, 'Myöhässä oleva', ME, '1.6.2026');
    await addRow(units.mine, 'Erääntyy tänään', 'MAIJA MEIKÄLÄINEN', '15.6.2026');
    await addRow(units.other, 'Erääntyy pian', ME, '15.7.2026', 'not_started');
    await addRow(units.other, 'Myöhemmin', ME, '16.7.2026');
    await addRow(units.other, 'Valmis mutta myöhässä', ME, '1.2.2026', 'done');
    await addRow(units.mine, 'Toisen myöhässä', 'Matti Virtanen', '1.3.2026');
    await addRow(units.other, 'Toisen pian', 'Matti Virtanen', '20.6.2026');
    await addRow(units.other, 'Viime vuoden', ME, '1.3.2025', 'in_progress', 2025);
    const removed = await addRow(units.other, 'Poistettu', ME, '2.6.2026');
    await repos.actions.softDelete(removed.id);

    await repos.risks.create(units.other, { ...blankRisk, title: 'Oma arvioimaton', owner: ME });
    await repos.risks.create(units.mine, { ...blankRisk, title: 'Yksikön riski', owner: 'Joku' });
    await repos.risks.create(units.other, { ...blankRisk, title: 'Toisen riski', owner: 'Joku' });
    await repos.risks.create(units.mine, {
      ...blankRisk,
      title: 'Suljettu',
      owner: ME,
      status: 'closed',
    });
  });

  it('lists the profile’s own overdue and due-soon rows of the year, whatever the case of the name', async () => {
    const work = await readMyWork(db, { name: ` ${ME} `, year: 2026, today: TODAY });
    expect(work.overdue.map((row) => row.objective)).toEqual(['Myöhässä oleva']);
    expect(work.dueSoon.map((row) => row.objective)).toEqual(['Erääntyy tänään', 'Erääntyy pian']);
    expect(work.unitNames.get(units.mine)).toBe('Viestintä');
  });

  it('lists the units the profile manages with their rows and late rows of the year', async () => {
    const work = await readMyWork(db, { name: ME, year: 2026, today: TODAY });
    expect(work.units.map(({ unit, rows, overdue }) => [unit.name, rows, overdue])).toEqual([
      ['Viestintä', 2, 1],
    ]);
  });

  it('lists the risks to assess that the profile owns or that belong to a managed unit', async () => {
    const work = await readMyWork(db, { name: ME, year: 2026, today: TODAY });
    expect(work.risks.map(({ risk, reason }) => [risk.title, reason])).toEqual([
      ['Oma arvioimaton', 'notAssessed'],
      ['Yksikön riski', 'notAssessed'],
    ]);
  });

  it('lists goal rows of every kind like internal-control rows, and names the kinds', async () => {
    const goal = await repos.actions.create(units.mine, 2026, {
      objective: 'Yritysten määrä kasvaa',
      actions: '',
      indicator: '',
      owner: ME,
      deadline: '10.6.2026',
      status: 'in_progress',
      kindId: 'otherGoal',
    });
    await repos.actions.create(units.other, 2026, {
      objective: 'Sähköinen asiointi',
      actions: '',
      indicator: '',
      owner: ME,
      deadline: '1.7.2026',
      status: 'not_started',
      kindId: 'productivity',
    });
    const work = await readMyWork(db, { name: ME, year: 2026, today: TODAY });
    expect(work.overdue.map((row) => [row.objective, row.kindId])).toEqual([
      ['Myöhässä oleva', 'internalControl'],
      ['Yritysten määrä kasvaa', 'otherGoal'],
    ]);
    expect(work.overdue[1]?.id).toBe(goal.id);
    expect(work.dueSoon.map((row) => row.objective)).toContain('Sähköinen asiointi');
    // The managed unit counts its goal row among its rows and late rows.
    expect(work.units.map(({ rows, overdue }) => [rows, overdue])).toEqual([[3, 2]]);
    expect(work.kinds.map((kind) => kind.id)).toContain('productivity');
  });

  it('has nothing for a name no record carries', async () => {
    const work = await readMyWork(db, { name: 'Ei Ketään', year: 2026, today: TODAY });
    expect([work.overdue, work.dueSoon, work.risks, work.units]).toEqual([[], [], [], []]);
  });

  it('counts the whole city’s late and soon-due open rows of the year', async () => {
    await expect(countCityWork(db, 2026, TODAY)).resolves.toEqual({ overdue: 2, dueSoon: 3 });
    await expect(countCityWork(db, 2026, '2025-12-01')).resolves.toEqual({
      overdue: 0,
      dueSoon: 0,
    });
  });
});
