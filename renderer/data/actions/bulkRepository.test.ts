import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { RepositorySet } from '../createRepositories';
import { createRepositories } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { snapshot } from '../packages/packageTestSupport';

const NOW = '2026-06-15T08:00:00.000Z';
const blank = {
  actions: '',
  indicator: '',
  owner: '',
  deadline: '',
  status: 'not_started' as const,
};

describe('bulk update of rows', () => {
  let db: ValvoDatabase;
  let context: ReturnType<typeof testContext>;
  let repos: RepositorySet;
  let units: { a: string; b: string };

  /** Rows stored directly (no create events): as many as a city-scale selection needs. */
  const seedRows = async (unitId: string, year: number, count: number, prefix = 'Rivi') => {
    const at = context.now().toISOString();
    const rows: ControlAction[] = Array.from({ length: count }, (_, index) => ({
      id: context.newId(),
      createdAt: at,
      updatedAt: at,
      updatedBy: 'Tuoja',
      rev: 1,
      deletedAt: null,
      year,
      unitId,
      objective: `${prefix} ${index + 1}`,
      actions: '',
      indicator: '',
      owner: 'Vanha Omistaja',
      deadline: `${year}-05-31`,
      status: 'not_started',
      sortOrder: index,
      notes: [],
      outcome: null,
      riskIds: [],
      carriedFromId: null,
      kindId: 'internalControl',
      priorityId: null,
      judgementOverride: null,
    }));
    await db.controlActions.bulkAdd(rows);
    return rows;
  };
  const refs = (rows: readonly ControlAction[]) => rows.map(({ id, rev }) => ({ id, rev }));
  const closeYear = async (year: number) => {
    const planYear = (await db.planYears.where('year').equals(year).first())!;
    await db.planYears.put({ ...planYear, status: 'closed', closedAt: NOW, closedBy: 'C' });
  };
  const chainHolds = async () => verifyAuditChain(await db.auditEvents.orderBy('seq').toArray()).ok;

  beforeEach(async () => {
    db = openTestDatabase();
    context = testContext('Maija Meikäläinen', NOW, 'controller');
    repos = createRepositories(db, context);
    const unit = (name: string, parent: string | null) =>
      repos.units.create(parent, parent ? 'division' : 'organisation', {
        name,
        code: '',
        accountable: '',
        manager: '',
      });
    const city = await unit('Kaupunki', null);
    units = { a: (await unit('Sivistys', city.id)).id, b: (await unit('Tekninen', city.id)).id };
    await repos.years.create(2025, 'review');
    await repos.years.create(2026, 'active');
  });

  it('changes owner, deadline and status of every row at once, with a dated note and one audit event each', async () => {
    const rows = [...(await seedRows(units.a, 2026, 180)), ...(await seedRows(units.b, 2026, 150))];
    const eventsBefore = await db.auditEvents.count();
    const token = await repos.bulk.updateActions(refs(rows), {
      owner: '  Uusi Omistaja ',
      deadline: '30.9.2026',
      status: 'in_progress',
      note: 'Siirretty uudelle vastuuhenkilölle',
    });
    expect(token.rows).toHaveLength(330);
    const stored = await db.controlActions.bulkGet(rows.map((row) => row.id));
    for (const row of stored) {
      expect(row).toMatchObject({
        owner: 'Uusi Omistaja',
        deadline: '2026-09-30',
        status: 'in_progress',
        rev: 2,
        updatedBy: 'Maija Meikäläinen',
        notes: [
          {
            date: '2026-06-15',
            author: 'Maija Meikäläinen',
            text: 'Siirretty uudelle vastuuhenkilölle',
            status: 'in_progress',
          },
        ],
      });
    }
    const events = await db.auditEvents.where('seq').above(eventsBefore).toArray();
    expect(events).toHaveLength(330);
    expect(new Set(events.map((event) => event.entityId))).toEqual(
      new Set(rows.map((row) => row.id)),
    );
    expect(events.every((event) => event.op === 'status')).toBe(true);
    expect(events[0]?.changes.owner).toEqual(['Vanha Omistaja', 'Uusi Omistaja']);
    expect(await chainHolds()).toBe(true);
  });

  it('writes only the rows the change alters; an owner change alone is an update without a note', async () => {
    const rows = await seedRows(units.a, 2026, 3);
    await repos.actions.update(rows[0]!.id, 1, { ...blank, objective: 'Rivi 1', owner: 'Uusi' });
    const current = await db.controlActions.bulkGet(rows.map((row) => row.id));
    const token = await repos.bulk.updateActions(refs(current as ControlAction[]), {
      owner: 'Uusi',
    });
    expect(token.rows.map((row) => row.id)).toEqual([rows[1]!.id, rows[2]!.id]);
    const events = await db.auditEvents.orderBy('seq').reverse().limit(2).toArray();
    expect(events.map((event) => [event.op, Object.keys(event.changes)])).toEqual([
      ['update', ['owner']],
      ['update', ['owner']],
    ]);
  });

  type Refusal = {
    name: string;
    prepare: () => Promise<{ call: () => Promise<unknown> }>;
    key: string;
    params?: Record<string, unknown>;
  };
  const refusals: Refusal[] = [
    {
      name: 'a row deleted meanwhile',
      prepare: async () => {
        const rows = await seedRows(units.a, 2026, 5);
        await repos.actions.softDelete(rows[3]!.id);
        return { call: () => repos.bulk.updateActions(refs(rows), { status: 'done' }) };
      },
      key: 'worklists.bulk.errors.deleted',
      params: { count: 1, rows: '”Rivi 4”' },
    },
    {
      name: 'a row that no longer exists',
      prepare: async () => {
        const rows = await seedRows(units.a, 2026, 2);
        const gone = { id: '00000000-0000-4000-8000-ffffffffffff', rev: 1 };
        return { call: () => repos.bulk.updateActions([...refs(rows), gone], { owner: 'X' }) };
      },
      key: 'worklists.bulk.errors.missing',
      params: { count: 1 },
    },
    {
      name: 'rows changed since they were selected',
      prepare: async () => {
        const rows = await seedRows(units.a, 2026, 6);
        for (const row of rows.slice(1, 6))
          await repos.actions.setStatus(
            row.id,
            1,
            { status: 'in_progress', note: '' },
            '2026-06-14',
          );
        return { call: () => repos.bulk.updateActions(refs(rows), { owner: 'X' }) };
      },
      key: 'worklists.bulk.errors.changed',
      params: { count: 5, rows: '”Rivi 2”, ”Rivi 3”, ”Rivi 4” …' },
    },
    {
      name: 'rows of a closed year',
      prepare: async () => {
        const open = await seedRows(units.a, 2026, 2);
        const closed = await seedRows(units.b, 2025, 2, 'Vanha');
        await closeYear(2025);
        return { call: () => repos.bulk.updateActions(refs([...open, ...closed]), { owner: 'X' }) };
      },
      key: 'worklists.bulk.errors.closedYear',
      params: { count: 2, years: '2025', rows: '”Vanha 1”, ”Vanha 2”' },
    },
    {
      name: 'a reader',
      prepare: async () => {
        const rows = await seedRows(units.a, 2026, 2);
        const reader = createRepositories(db, testContext('Lukija', NOW, 'reader'));
        return { call: () => reader.bulk.updateActions(refs(rows), { owner: 'X' }) };
      },
      key: 'worklists.bulk.errors.notAllowed',
    },
    {
      name: 'a deadline outside some rows’ plan year',
      prepare: async () => {
        const rows = [
          ...(await seedRows(units.a, 2026, 2)),
          ...(await seedRows(units.b, 2025, 1, 'Vanha')),
        ];
        return { call: () => repos.bulk.updateActions(refs(rows), { deadline: '30.9.2026' }) };
      },
      key: 'worklists.bulk.errors.deadlineOutsideYear',
      params: { count: 1, date: '30.9.2026', rows: '”Vanha 1”' },
    },
    {
      name: 'a date that does not exist',
      prepare: async () => {
        const rows = await seedRows(units.a, 2026, 2);
        return { call: () => repos.bulk.updateActions(refs(rows), { deadline: '31.2.2026' }) };
      },
      key: 'validation.invalidDate',
    },
    {
      name: 'an owner name that is too long',
      prepare: async () => {
        const rows = await seedRows(units.a, 2026, 2);
        return { call: () => repos.bulk.updateActions(refs(rows), { owner: 'x'.repeat(201) }) };
      },
      key: 'validation.tooLong?max=200',
    },
    {
      name: 'a note alone',
      prepare: async () => {
        const rows = await seedRows(units.a, 2026, 2);
        return { call: () => repos.bulk.updateActions(refs(rows), { note: 'Pelkkä merkintä' }) };
      },
      key: 'worklists.bulk.errors.nothingToChange',
    },
  ];

  it.each(refusals)('refuses $name and leaves every table as it was', async (refusal) => {
    const { call } = await refusal.prepare();
    const before = await snapshot(db);
    const error = await call().then(
      () => null,
      (failure: { key?: string; params?: Record<string, unknown> }) => failure,
    );
    expect(error?.key).toBe(refusal.key);
    if (refusal.params) expect(error?.params).toMatchObject(refusal.params);
    expect(await snapshot(db)).toEqual(before);
  });

  it('undoes the change: values and notes come back, each row with its own audit event', async () => {
    const rows = await seedRows(units.a, 2026, 4);
    const token = await repos.bulk.updateActions(refs(rows), {
      owner: 'Uusi',
      deadline: null,
      status: 'done',
    });
    context.advance(5);
    await expect(repos.bulk.undo(token)).resolves.toEqual({ restored: 4 });
    const stored = await db.controlActions.bulkGet(rows.map((row) => row.id));
    for (const [index, row] of stored.entries()) {
      const original = rows[index]!;
      expect(row).toMatchObject({
        owner: original.owner,
        deadline: original.deadline,
        status: original.status,
        notes: [],
        rev: 3,
      });
    }
    const events = await db.auditEvents.orderBy('seq').reverse().limit(4).toArray();
    expect(events.every((event) => event.op === 'status')).toBe(true);
    expect(events[0]?.changes.deadline).toEqual([null, '2026-05-31']);
    expect(await chainHolds()).toBe(true);
    // An undo is itself a change: undoing it again is refused as the rows moved on.
    await expect(repos.bulk.undo(token)).rejects.toMatchObject({
      key: 'worklists.bulk.errors.undoChanged',
    });
  });

  it('refuses to undo when a row was edited after the bulk update, changing nothing', async () => {
    const rows = await seedRows(units.a, 2026, 3);
    const token = await repos.bulk.updateActions(refs(rows), { owner: 'Uusi' });
    await repos.actions.setStatus(rows[2]!.id, 2, { status: 'done', note: 'Valmis' }, '2026-06-15');
    const before = await snapshot(db);
    await expect(repos.bulk.undo(token)).rejects.toMatchObject({
      key: 'worklists.bulk.errors.undoChanged',
      params: { count: 1, rows: '”Rivi 3”' },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses to undo into a year closed since, changing nothing', async () => {
    const rows = await seedRows(units.a, 2025, 2);
    const token = await repos.bulk.updateActions(refs(rows), { status: 'done' });
    await closeYear(2025);
    const before = await snapshot(db);
    await expect(repos.bulk.undo(token)).rejects.toMatchObject({
      key: 'worklists.bulk.errors.closedYear',
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('withdraws the approval of a unit whose rows it changes', async () => {
    const rows = await seedRows(units.a, 2025, 2);
    await repos.reviews.approve(units.a, 2025);
    const review = await db.unitReviews.where('[year+unitId]').equals([2025, units.a]).first();
    expect(review?.state).toBe('approved');
    await repos.bulk.updateActions(refs(rows), { owner: 'Uusi' });
    const after = await db.unitReviews.get(review!.id);
    expect(after?.state).toBe('withdrawn');
  });
});
