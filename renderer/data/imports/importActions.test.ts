import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTION_COLUMNS } from '../../../shared/exports/action-columns';
import type { ImportTable } from '../../../shared/imports/import-header';
import { planActionImport } from '../../../shared/imports/action-import';
import type { RepositorySet } from '../createRepositories';
import { createRepositories } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import { isDomainError } from '../core/domainError';
import { i18next, initI18n } from '../../i18n';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import type { ValidPlan } from './importActions';
import { ActionImportError, importActions, loadImportState } from './importActions';

const HEADER = ACTION_COLUMNS.map((column) => column.header);
type Row = Partial<Record<(typeof ACTION_COLUMNS)[number]['key'], string>>;
const cells = (row: Row) => ACTION_COLUMNS.map((column) => row[column.key] ?? '');

const newRow = (changes: Row = {}): Row => ({
  unit: 'Kaupunki',
  year: '2026',
  objective: 'Tuotu rivi',
  owner: 'Talousjohtaja',
  deadline: '30.9.2026',
  status: 'Ei aloitettu',
  ...changes,
});

describe('importing a checked plan', () => {
  let db: ValvoDatabase;
  let repos: RepositorySet;
  let context: ReturnType<typeof testContext>;
  let unitId: string;
  let existingId: string;

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
    await repos.years.create(2025, 'active');
    await repos.years.create(2026, 'active');
    const existing = await repos.actions.create(unit.id, 2026, {
      objective: 'Olemassa oleva',
      actions: '',
      indicator: '',
      owner: 'Hallintojohtaja',
      deadline: '',
      status: 'not_started',
    });
    existingId = existing.id;
  });

  const planFor = async (rows: Row[]): Promise<ValidPlan> => {
    const table: ImportTable = { header: HEADER, rows: rows.map(cells), formulaEscapes: true };
    const finnish = i18next.getFixedT('fi');
    const plan = planActionImport(table, await loadImportState(db, unitId), {
      t: (key) => finnish(key),
    });
    if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
    return plan;
  };

  const snapshot = async () => ({
    actions: await db.controlActions.toArray(),
    audit: await db.auditEvents.toArray(),
  });

  it('takes the backup first, then writes every row with its audit event', async () => {
    const plan = await planFor([
      newRow(),
      newRow({ objective: 'Olemassa oleva', owner: 'Uusi omistaja', deadline: '', id: existingId }),
    ]);
    const auditBefore = await db.auditEvents.count();
    const order: string[] = [];
    const backup = vi.fn(async () => {
      order.push(`backup with ${await db.controlActions.count()} rows`);
    });
    const progress = vi.fn();
    const result = await importActions(db, context, plan, { backup, onProgress: progress });
    expect(result).toEqual({ created: 1, updated: 1 });
    expect(order).toEqual(['backup with 1 rows']);
    expect(progress).toHaveBeenLastCalledWith({ done: 2, total: 2 });
    const rows = (await db.controlActions.toArray()).sort((a, b) => a.sortOrder - b.sortOrder);
    expect(rows.map((row) => [row.objective, row.owner, row.deadline])).toEqual([
      ['Olemassa oleva', 'Uusi omistaja', null],
      ['Tuotu rivi', 'Talousjohtaja', '2026-09-30'],
    ]);
    const events = (await db.auditEvents.toArray()).slice(auditBefore);
    expect(events.map((event) => [event.entity, event.op, event.actor])).toEqual([
      ['controlAction', 'create', 'Controller'],
      ['controlAction', 'update', 'Controller'],
    ]);
    // The same file again: nothing to write, and no backup either.
    const again = await planFor([
      newRow(),
      newRow({ objective: 'Olemassa oleva', owner: 'Uusi omistaja', deadline: '', id: existingId }),
    ]);
    expect(again).toMatchObject({ creates: [], updates: [] });
    expect(await importActions(db, context, again, { backup })).toEqual({ created: 0, updated: 0 });
    expect(backup).toHaveBeenCalledTimes(1);
  });

  it('fails as a whole, writing nothing, when a row falls in a year closed after the check', async () => {
    const plan = await planFor([
      newRow({ objective: 'Ensin kirjoitettava' }),
      newRow({ year: '2025', deadline: '1.6.2025' }),
    ]);
    const year = (await db.planYears.where('year').equals(2025).first())!;
    await db.planYears.put({ ...year, status: 'closed' });
    const before = await snapshot();
    const failure = await importActions(db, context, plan, { backup: async () => undefined }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ActionImportError);
    expect((failure as ActionImportError).row).toBe(3);
    const cause = (failure as ActionImportError).cause;
    expect(isDomainError(cause) && cause.key).toBe('years.errors.closed');
    expect(await snapshot()).toEqual(before);
  });

  it('fails as a whole when a row changed after the check', async () => {
    const plan = await planFor([
      newRow(),
      newRow({ objective: 'Olemassa oleva', owner: 'Toinen', deadline: '', id: existingId }),
    ]);
    await repos.actions.update(existingId, 1, {
      objective: 'Olemassa oleva',
      actions: '',
      indicator: '',
      owner: 'Joku muu',
      deadline: '',
      status: 'in_progress',
    });
    const before = await snapshot();
    const failure = await importActions(db, context, plan, { backup: async () => undefined }).catch(
      (error: unknown) => error,
    );
    const cause = (failure as ActionImportError).cause;
    expect(isDomainError(cause) && cause.key).toBe('errors.staleRecord');
    expect(await snapshot()).toEqual(before);
  });

  it('takes only a plan the check made: a plan written by hand does not compile', async () => {
    const plan = await planFor([newRow()]);
    const handMade = { ok: true as const, creates: [...plan.creates], updates: [], unchanged: [] };
    const unchecked = () =>
      // @ts-expect-error a plan no check made is not a ValidPlan
      importActions(db, context, handMade, { backup: async () => undefined });
    expect(unchecked).toBeTypeOf('function');
    expect(handMade).toEqual({ ...plan, creates: plan.creates });
  });

  it('writes nothing when the backup cannot be taken', async () => {
    const plan = await planFor([newRow()]);
    const before = await snapshot();
    await expect(
      importActions(db, context, plan, {
        backup: async () => {
          throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(await snapshot()).toEqual(before);
  });

  it('is for controllers only', async () => {
    const plan = await planFor([newRow()]);
    const backup = vi.fn(async () => undefined);
    const before = await snapshot();
    for (const role of ['unitManager', 'reader', null] as const) {
      const other = testContext('Muu', '2026-03-02T08:00:00.000Z', role);
      const failure = await importActions(db, other, plan, { backup }).catch(
        (error: unknown) => error,
      );
      expect(isDomainError(failure) && failure.key).toBe('errors.controllerOnly');
    }
    expect(backup).not.toHaveBeenCalled();
    expect(await snapshot()).toEqual(before);
  });

  it('checks against the unit and its subtree only', async () => {
    const child = await repos.units.create(unitId, 'division', {
      name: 'Elinvoima',
      code: '',
      accountable: '',
      manager: '',
    });
    const whole = await loadImportState(db, unitId);
    expect(whole.units.map((unit) => unit.name)).toEqual(['Kaupunki', 'Elinvoima']);
    expect(whole.actions.map((action) => action.id)).toEqual([existingId]);
    const part = await loadImportState(db, child.id);
    expect(part.units.map((unit) => unit.name)).toEqual(['Elinvoima']);
    expect(part.actions).toEqual([]);
  });
});
