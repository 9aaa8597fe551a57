import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION_COLUMNS } from '../../../shared/exports/action-columns';
import { toCsv } from '../../../shared/exports/csv';
import { registerTables } from '../../../shared/exports/register-tables';
import { planActionImport } from '../../../shared/imports/action-import';
import type { ImportTable } from '../../../shared/imports/import-header';
import { readCsvTable } from '../../../shared/imports/csv';
import { DEFAULT_MATRIX } from '../../../shared/risk-presets';
import type { RepositorySet } from '../createRepositories';
import { createRepositories } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import { readPriorities, readTableKinds } from '../goals/goalSettings';
import { i18next, initI18n } from '../../i18n';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { ActionImportError, importActions, loadImportState } from './importActions';

type Row = Partial<Record<(typeof ACTION_COLUMNS)[number]['key'], string>>;
const cells = (row: Row) => ACTION_COLUMNS.map((column) => row[column.key] ?? '');
const newRow = (changes: Row): Row => ({
  unit: 'Kaupunki',
  year: '2026',
  status: 'Ei aloitettu',
  ...changes,
});

describe('importing rows of every table kind', () => {
  let db: ValvoDatabase;
  let repos: RepositorySet;
  let context: ReturnType<typeof testContext>;
  let unitId: string;
  const finnish = () => i18next.getFixedT('fi');
  const options = () => ({ t: (key: string) => finnish()(key) });

  beforeAll(async () => {
    await initI18n('fi');
  });

  beforeEach(async () => {
    db = openTestDatabase();
    context = testContext('Controller');
    repos = createRepositories(db, context);
    const unit = await repos.units.create(null, 'organisation', {
      name: 'Kaupunki',
      code: '',
      accountable: '',
      manager: '',
    });
    unitId = unit.id;
    await repos.years.create(2026, 'active');
    await repos.goalSettings.addPriority(2026, 'HYVÄ JA SUJUVA ARKI');
    await repos.goalSettings.addPriority(2026, 'VAKAA TALOUS');
  });

  const check = async (rows: Row[]) => {
    const table: ImportTable = {
      header: ACTION_COLUMNS.map((column) => column.header),
      rows: rows.map(cells),
      formulaEscapes: true,
    };
    return planActionImport(table, await loadImportState(db, unitId), options());
  };
  const apply = async (rows: Row[]) => {
    const plan = await check(rows);
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
    return importActions(db, context, plan, { backup: async () => undefined });
  };
  const stored = async () =>
    (await db.controlActions.toArray())
      .filter((row) => row.deletedAt === null)
      .sort((a, b) => a.objective.localeCompare(b.objective, 'fi'))
      .map((row) => [row.objective, row.kindId, row.priorityId]);

  it('stores each row in its kind, a strategy goal under its priority, and audits each', async () => {
    const [first] = (await readPriorities(db)).filter((item) => item.year === 2026);
    await apply([
      newRow({ objective: 'A', kind: 'Strategiset tavoitteet', priority: 'hyvä ja sujuva arki' }),
      newRow({ objective: 'B', kind: 'Other goals' }),
      newRow({ objective: 'C' }),
    ]);
    expect(await stored()).toEqual([
      ['A', 'strategyGoal', first!.id],
      ['B', 'otherGoal', null],
      ['C', 'internalControl', null],
    ]);
    const created = (await db.auditEvents.toArray()).filter(
      (event) => event.entity === 'controlAction' && event.op === 'create',
    );
    expect(created).toHaveLength(3);
  });

  it('reads its own export back unchanged, kinds and priorities included', async () => {
    await apply([
      newRow({ objective: 'A', kind: 'Strategiset tavoitteet', priority: 'VAKAA TALOUS' }),
      newRow({ objective: 'B', kind: 'Konserniyhteisöjen tavoitteet' }),
    ]);
    const before = await stored();
    const units = await db.units.toArray();
    const tables = registerTables(
      {
        units,
        actions: await db.controlActions.toArray(),
        indicators: [],
        kinds: await readTableKinds(db),
        priorities: await readPriorities(db),
        risks: [],
        assessments: [],
        matrix: DEFAULT_MATRIX,
        categories: [],
      },
      unitId,
      2026,
      { t: (key, params) => finnish()(key, params), today: '2026-06-15', language: 'sv' },
    );
    const plan = planActionImport(
      readCsvTable(toCsv(tables.actions)),
      await loadImportState(db, unitId),
      options(),
    );
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
    expect([plan.creates.length, plan.updates.length, plan.unchanged.length]).toEqual([0, 0, 2]);
    expect(await stored()).toEqual(before);
  });

  it('refuses a file with an unknown kind as a whole: nothing is written', async () => {
    const before = await db.controlActions.count();
    const plan = await check([
      newRow({ objective: 'A', kind: 'Muut tavoitteet' }),
      newRow({ objective: 'B', kind: 'Budjetti' }),
    ]);
    expect(plan.ok).toBe(false);
    expect(plan.ok ? [] : plan.errors.map((error) => [error.row, error.column])).toEqual([
      [3, 'Taulukko'],
    ]);
    expect(await db.controlActions.count()).toBe(before);
  });

  it('fails as a whole, writing nothing, when the kind is retired after the check', async () => {
    const plan = await check([
      newRow({ objective: 'A', kind: 'Muut tavoitteet' }),
      newRow({ objective: 'B', kind: 'Tuottavuustoimenpiteet ja -hankkeet' }),
    ]);
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
    await repos.goalSettings.setKindRetired('productivity', true);
    const events = await db.auditEvents.count();
    const failure = await importActions(db, context, plan, {
      backup: async () => undefined,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ActionImportError);
    expect((failure as ActionImportError).row).toBe(3);
    expect(await db.controlActions.count()).toBe(0);
    expect(await db.auditEvents.count()).toBe(events);
  });

  it('refuses rows for a closed year, whatever their kind', async () => {
    // Set up directly: closing through the repository needs a complete year-end review.
    const year = (await db.planYears.where('year').equals(2026).first())!;
    await db.planYears.put({ ...year, status: 'closed' });
    const plan = await check([newRow({ objective: 'A', kind: 'Muut tavoitteet' })]);
    expect(plan.ok ? [] : plan.errors.map((error) => [error.row, error.column])).toEqual([
      [2, 'Vuosi'],
    ]);
  });
});
