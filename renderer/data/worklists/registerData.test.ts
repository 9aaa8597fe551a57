import { beforeEach, describe, expect, it } from 'vitest';
import { withIndicators } from '../../../shared/worklists/register-indicators';
import type { RepositorySet } from '../createRepositories';
import { createRepositories } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import { newBusinessesIndicator } from '../goals/goals.test-support';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { readFirstRegisterRows } from './firstRegisterRows';
import { readActionRegisterData, readRegisterIndicators } from './useRegisterData';

const TODAY = '2026-06-15';

/** The register's reads of rows of every table kind and their indicators, on IndexedDB. */
describe('the register’s reads of goal rows', () => {
  let db: ValvoDatabase;
  let repos: RepositorySet;
  let unitId: string;

  const addRow = (objective: string, kindId: string, year = 2026) =>
    repos.actions.create(unitId, year, {
      objective,
      actions: '',
      indicator: '',
      owner: '',
      deadline: '',
      status: 'in_progress',
      kindId,
    });
  const addIndicator = async (
    actionId: string,
    text: string,
    judgement: 'met' | 'notMet' | null,
  ) => {
    const added = await repos.indicators.add(actionId, { ...newBusinessesIndicator, text });
    return judgement === null ? added : repos.indicators.judge(added.id, added.rev, judgement);
  };

  beforeEach(async () => {
    db = openTestDatabase();
    repos = createRepositories(db, testContext('Maija Meikäläinen', '2026-06-01T08:00:00.000Z'));
    const city = await repos.units.create(null, 'organisation', {
      name: 'Kaupunki',
      code: '',
      accountable: '',
      manager: '',
    });
    unitId = (
      await repos.units.create(city.id, 'division', {
        name: 'Elinvoima',
        code: '',
        accountable: '',
        manager: '',
      })
    ).id;
    await repos.years.create(2025, 'review');
    await repos.years.create(2026, 'active');
  });

  it('gives each row its kind in the organisation’s order, and the kinds the filter offers', async () => {
    await addRow('Valvonta', 'internalControl');
    await addRow('Yrityksiä lisää', 'strategyGoal');
    await addRow('Tuottavuus', 'productivity');
    // A retired kind's rows stay in the register, and the filter still offers the kind.
    await repos.goalSettings.setKindRetired('productivity', true);
    const data = await readActionRegisterData(db, 2026, TODAY);
    expect(data.kinds.map((kind) => kind.id)).toEqual([
      'strategyGoal',
      'otherGoal',
      'productivity',
      'internalControl',
      'companyGoal',
    ]);
    expect(data.known.kinds).toEqual(new Set(data.kinds.map((kind) => kind.id)));
    const kindOf = new Map(data.rows.map((row) => [row.objective, [row.kindId, row.kindOrder]]));
    expect(Object.fromEntries(kindOf)).toEqual({
      Valvonta: ['internalControl', 3],
      'Yrityksiä lisää': ['strategyGoal', 0],
      Tuottavuus: ['productivity', 2],
    });
    // The first screenful has the same kinds, before the whole year is read.
    const first = await readFirstRegisterRows(db, 2026, TODAY);
    expect(first.map((row) => [row.objective, row.kindOrder])).toEqual(
      data.rows.map((row) => [row.objective, row.kindOrder]),
    );
  });

  it('reads the year’s indicators in one pass and judges each row by them', async () => {
    const goal = await addRow('Yrityksiä lisää', 'strategyGoal');
    const other = await addRow('Palvelut sujuvat', 'otherGoal');
    await addRow('Valvonta', 'internalControl');
    const lastYear = await addRow('Viime vuoden tavoite', 'strategyGoal', 2025);
    await addIndicator(goal.id, 'Uusien yritysten määrä', 'met');
    await addIndicator(goal.id, 'Työpaikkojen määrä', 'met');
    await addIndicator(other.id, 'Asiakastyytyväisyys', 'notMet');
    await addIndicator(other.id, 'Jonotusaika', null);
    await addIndicator(lastYear.id, 'Vanha mittari', 'notMet');
    const deleted = await addIndicator(other.id, 'Poistettu mittari', 'met');
    await repos.indicators.softDelete(deleted.id);

    const summaries = await readRegisterIndicators(db, 2026);
    expect([...summaries.keys()].sort()).toEqual([goal.id, other.id].sort());
    const { rows } = await readActionRegisterData(db, 2026, TODAY);
    const figures = Object.fromEntries(
      withIndicators(rows, summaries).map((row) => [
        row.objective,
        [row.indicatorCount, row.indicatorsJudged, row.indicatorsMet, row.judgement],
      ]),
    );
    expect(figures).toEqual({
      'Yrityksiä lisää': [2, 2, 2, 'met'],
      'Palvelut sujuvat': [2, 1, 0, null],
      Valvonta: [0, 0, 0, null],
    });
  });
});
