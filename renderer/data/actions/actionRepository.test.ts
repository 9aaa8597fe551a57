import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit';
import type { ActionFormValues } from '../../../shared/domain/control-action';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { createUnitRepository } from '../units/unitRepository';
import { createYearRepository } from '../years/yearRepository';
import { createActionRepository } from './actionRepository';

const row = (overrides: Partial<ActionFormValues> = {}): ActionFormValues => ({
  objective: 'Sopimushallinnan kehittäminen',
  actions: 'Järjestetään koulutusta.',
  indicator: 'Sopimushallinnan aktiiviset käyttäjät',
  owner: 'Hallintojohtaja',
  deadline: '30.9.2026',
  status: 'not_started',
  ...overrides,
});

describe('control action repository', () => {
  let db: ValvoDatabase;
  let actions: ReturnType<typeof createActionRepository>;
  let unitId: string;
  let context: ReturnType<typeof testContext>;

  beforeEach(async () => {
    db = openTestDatabase();
    context = testContext();
    const units = createUnitRepository(db, context);
    const root = await units.create(null, 'organisation', {
      name: 'Kaupunki',
      code: '',
      accountable: '',
      manager: '',
    });
    unitId = root.id;
    await createYearRepository(db, context).create(2026, 'active');
    actions = createActionRepository(db, context);
  });

  const snapshot = async () => ({
    actions: await db.controlActions.toArray(),
    events: await db.auditEvents.count(),
  });

  it('adds a row with owner and a Finnish deadline stored as an ISO date', async () => {
    const created = await actions.create(unitId, 2026, row());
    expect(created).toMatchObject({
      year: 2026,
      unitId,
      deadline: '2026-09-30',
      status: 'not_started',
      rev: 1,
      sortOrder: 0,
    });
    const [event] = await db.auditEvents
      .where('[entity+entityId]')
      .equals(['controlAction', created.id])
      .toArray();
    expect(event).toMatchObject({ op: 'create', actor: 'Maija Meikäläinen' });
    expect(event?.changes.deadline).toEqual([null, '2026-09-30']);
  });

  it.each([
    [{ objective: '' }, 'validation.required'],
    [{ objective: 'x'.repeat(10_000) }, 'validation.tooLong?max=1000'],
    [{ actions: 'x'.repeat(10 * 1024 * 1024) }, 'validation.tooLong?max=4000'],
    [{ deadline: '31.2.2026' }, 'validation.invalidDate'],
    [{ deadline: '15.1.2027' }, 'validation.deadlineOutsideYear?year=2026'],
  ])('refuses %j with %s and changes nothing', async (overrides, key) => {
    await actions.create(unitId, 2026, row());
    const before = await snapshot();
    await expect(actions.create(unitId, 2026, row(overrides))).rejects.toMatchObject({ key });
    const [existing] = before.actions;
    await expect(actions.update(existing!.id, 1, row(overrides))).rejects.toMatchObject({ key });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a row for a plan year that does not exist', async () => {
    await expect(actions.create(unitId, 2031, row({ deadline: '' }))).rejects.toMatchObject({
      key: 'years.errors.missing',
    });
    expect(await db.controlActions.count()).toBe(0);
  });

  it('changes the status with a dated progress note by the profile', async () => {
    const created = await actions.create(unitId, 2026, row());
    const updated = await actions.setStatus(
      created.id,
      1,
      { status: 'in_progress', note: 'Koulutus pidetty 12.3.' },
      '2026-03-12',
    );
    expect(updated.status).toBe('in_progress');
    expect(updated.notes).toEqual([
      expect.objectContaining({
        date: '2026-03-12',
        author: 'Maija Meikäläinen',
        text: 'Koulutus pidetty 12.3.',
        status: 'in_progress',
      }),
    ]);
    const last = await db.auditEvents.orderBy('seq').last();
    expect(last).toMatchObject({ op: 'status', entityId: created.id });
    expect(last?.changes.status).toEqual(['not_started', 'in_progress']);
    await expect(
      actions.setStatus(created.id, 1, { status: 'done', note: '' }, '2026-03-13'),
    ).rejects.toMatchObject({
      key: 'errors.staleRecord',
    });
  });

  it('reorders rows within the unit and year', async () => {
    const first = await actions.create(unitId, 2026, row({ objective: 'A' }));
    await actions.create(unitId, 2026, row({ objective: 'B' }));
    await actions.create(unitId, 2026, row({ objective: 'C' }));
    await actions.move(first.id, 1);
    const order = (await db.controlActions.orderBy('id').toArray()).sort(
      (a, b) => a.sortOrder - b.sortOrder,
    );
    expect(order.map((item) => item.objective)).toEqual(['B', 'A', 'C']);
    await actions.move(order[0]!.id, -1);
    expect((await db.controlActions.get(order[0]!.id))?.sortOrder).toBe(0);
  });

  it('soft-deletes with undo, keeping the record and its history', async () => {
    const created = await actions.create(unitId, 2026, row());
    const deleted = await actions.softDelete(created.id);
    expect(deleted.deletedAt).toBe('2026-03-02T08:00:00.000Z');
    await expect(actions.update(created.id, deleted.rev, row())).rejects.toMatchObject({
      key: 'errors.notFound',
    });
    const restored = await actions.restore(created.id);
    expect(restored).toMatchObject({ deletedAt: null, rev: 3 });
    const ops = (await db.auditEvents.orderBy('seq').toArray())
      .filter((e) => e.entityId === created.id)
      .map((e) => e.op);
    expect(ops).toEqual(['create', 'delete', 'restore']);
  });

  it('keeps a verifiable audit chain over every write', async () => {
    const created = await actions.create(unitId, 2026, row());
    await actions.update(created.id, 1, row({ owner: 'Talousjohtaja' }));
    await actions.setStatus(created.id, 2, { status: 'done', note: '' }, '2026-05-01');
    const verdict = verifyAuditChain(await db.auditEvents.orderBy('seq').toArray());
    expect(verdict).toMatchObject({ ok: true, count: 5 });
  });

  it('rolls the row back when its audit event cannot be written', async () => {
    const before = await snapshot();
    // A clashing event id makes the audit insert fail inside the same transaction.
    const existingId = (await db.auditEvents.orderBy('seq').first())!.id;
    const clashing = { ...context, newId: () => existingId };
    await expect(
      createActionRepository(db, clashing).create(unitId, 2026, row()),
    ).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});
