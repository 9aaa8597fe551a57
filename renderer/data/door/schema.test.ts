import { describe, expect, it } from 'vitest';
import { AUDITED_ENTITIES } from '../../../shared/domain/audit-event';
import { testContext } from '../../test/testDatabase';
import { doorRegister } from './doorTestSupport';
import { ENTITIES } from './entities';
import { writeTransaction } from './writeTransaction';

/**
 * The door validates every record with its full schema, whatever path it came by: a repository
 * whose input parsing missed something, a merge, an import or a package. Every record type is
 * listed in ENTITIES, so each is checked here.
 */
describe('the door stores only records that pass their schema', () => {
  it('knows the table, schema and scope of every audited record type', () => {
    expect(Object.keys(ENTITIES).sort()).toEqual([...AUDITED_ENTITIES].sort());
  });

  it('refuses an invalid record of every type, naming the field, and writes nothing', async () => {
    const register = await doorRegister();
    const { db } = register;
    const controller = testContext('Controller', '2026-11-02T10:00:00.000Z');
    const events = await db.auditEvents.count();
    for (const entity of AUDITED_ENTITIES) {
      const { table } = ENTITIES[entity];
      const count = await db.table(table).count();
      const outcome = await writeTransaction(
        db,
        controller,
        { rule: 'controller', tables: [table] },
        (tx) =>
          tx.write(entity, [{ before: null, after: { id: 'not-a-uuid' } as never, op: 'create' }], {
            scope: { kind: 'organisation' },
          }),
      ).then(
        () => 'written',
        (error: { key?: string; params?: { field?: string } }) => error.key,
      );
      expect({ entity, outcome }).toEqual({ entity, outcome: 'errors.invalidRecord' });
      expect({ entity, count: await db.table(table).count() }).toEqual({ entity, count });
    }
    expect(await db.auditEvents.count()).toBe(events);
  });

  it('refuses a valid record changed into an invalid one, through a repository write', async () => {
    const { db, repos, ids } = await doorRegister();
    const before = await db.controlActions.get(ids.row);
    // The row form's own schema would stop an empty objective; the door stops it in any case.
    await expect(
      writeTransaction(db, testContext(), { rule: 'edit', tables: ['controlActions'] }, (tx) =>
        tx.update('controlAction', before!, { objective: '' }, 'update'),
      ),
    ).rejects.toMatchObject({ key: 'errors.invalidRecord', params: { field: 'objective' } });
    expect(await db.controlActions.get(ids.row)).toEqual(before);
    await expect(
      repos.actions.update(ids.row, 1, { ...before!, deadline: '', objective: '' }),
    ).rejects.toMatchObject({ key: expect.stringMatching(/^validation\./) });
  });
});
