import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../shared/audit';
import { BACKUP_TABLE_SCHEMAS } from '../../../../shared/backup/format';
import { ValvoDatabase } from '../database';
import { isNewerThanCode } from '../schemaGuard';
import { applyVersion1 } from './0001-initial';
import { applyVersion2 } from './0002-unit-reviews';
import { applyVersion3 } from './0003-unit-packages';
import { applyVersion4 } from './0004-table-kinds';
import { CURRENT_SCHEMA_VERSION } from './index';
import v1 from './fixtures/v1.json';
import v2 from './fixtures/v2.json';
import v3 from './fixtures/v3.json';
import v4 from './fixtures/v4.json';

/** Each released schema version, with a database saved by it: today's code must open every one. */
const RELEASES = [
  { version: 1, apply: [applyVersion1], fixture: v1 as Record<string, unknown[]> },
  { version: 2, apply: [applyVersion1, applyVersion2], fixture: v2 as Record<string, unknown[]> },
  {
    version: 3,
    apply: [applyVersion1, applyVersion2, applyVersion3],
    fixture: v3 as Record<string, unknown[]>,
  },
  {
    version: 4,
    apply: [applyVersion1, applyVersion2, applyVersion3, applyVersion4],
    fixture: v4 as Record<string, unknown[]>,
  },
];

/** Before version 4 a row's Toteutuma was its text; each non-empty one became an indicator. */
const expectedCount = (release: (typeof RELEASES)[number], table: string) => {
  if (table !== 'indicators' || release.version >= 4) return (release.fixture[table] ?? []).length;
  const actions = (release.fixture.controlActions ?? []) as { indicator: string }[];
  return actions.filter((action) => action.indicator.trim() !== '').length;
};

const createAtVersion = async (release: (typeof RELEASES)[number], indexedDB: IDBFactory) => {
  const old = new Dexie('valvo', { indexedDB, IDBKeyRange });
  for (const apply of release.apply) apply(old);
  await old.open();
  for (const [name, rows] of Object.entries(release.fixture)) await old.table(name).bulkAdd(rows);
  old.close();
};

describe('schema migrations', () => {
  it('covers every schema version the code declares', () => {
    expect(RELEASES.map((release) => release.version)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, index) => index + 1),
    );
  });

  it.each(RELEASES)(
    'opens a version $version database with every record valid and the chain intact',
    async (release) => {
      const indexedDB = new IDBFactory();
      await createAtVersion(release, indexedDB);
      const db = new ValvoDatabase('valvo', { indexedDB, IDBKeyRange });
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(isNewerThanCode(db)).toBe(false);
      for (const [name, schema] of Object.entries(BACKUP_TABLE_SCHEMAS)) {
        const rows = await db.table(name).toArray();
        expect({ name, count: rows.length }).toEqual({ name, count: expectedCount(release, name) });
        for (const row of rows)
          expect({ name, ok: schema.safeParse(row).success }).toEqual({ name, ok: true });
      }
      expect(verifyAuditChain(await db.auditEvents.orderBy('seq').toArray())).toMatchObject({
        ok: true,
      });
      db.close();
    },
  );

  it('makes every version 3 row an internal-control row, its Toteutuma its one text indicator', async () => {
    const indexedDB = new IDBFactory();
    await createAtVersion(RELEASES[2]!, indexedDB);
    const db = new ValvoDatabase('valvo', { indexedDB, IDBKeyRange });
    await db.open();
    const before = v3.controlActions as { id: string; indicator: string; unitId: string }[];
    const after = await db.controlActions.toArray();
    const indicators = await db.indicators.toArray();
    for (const row of before) {
      // Every field as it was, and the three new ones.
      expect(after.find((action) => action.id === row.id)).toEqual({
        ...row,
        kindId: 'internalControl',
        priorityId: null,
        judgementOverride: null,
      });
      const own = indicators.filter((indicator) => indicator.actionId === row.id);
      expect(own.map(({ text, type, unitId }) => ({ text, type, unitId }))).toEqual(
        row.indicator.trim() === ''
          ? []
          : [{ text: row.indicator.trim(), type: 'text', unitId: row.unitId }],
      );
    }
    db.close();
  });

  it('leaves a version 1 database untouched when its upgrade fails', async () => {
    const indexedDB = new IDBFactory();
    await createAtVersion(RELEASES[0]!, indexedDB);
    const failing = new Dexie('valvo', { indexedDB, IDBKeyRange });
    applyVersion1(failing);
    failing
      .version(2)
      .stores({ unitReviews: 'id, &[year+unitId], year, unitId, state' })
      .upgrade(async (transaction) => {
        await transaction.table('planYears').toCollection().modify({ reopenReason: null });
        throw new Error('upgrade broke');
      });
    await expect(failing.open()).rejects.toThrow();
    failing.close();
    const check = new Dexie('valvo', { indexedDB, IDBKeyRange });
    await check.open();
    expect(check.verno).toBe(1);
    expect(await check.table('planYears').toArray()).toEqual(v1.planYears);
    check.close();
  });

  it('refuses to write to a database from a newer version of Valvo, and changes nothing', async () => {
    const indexedDB = new IDBFactory();
    const future = new Dexie('valvo', { indexedDB, IDBKeyRange });
    applyVersion1(future);
    applyVersion2(future);
    future.version(CURRENT_SCHEMA_VERSION + 1).stores({ somethingNew: 'id' });
    await future.open();
    await future.table('units').bulkAdd(v2.units as object[]);
    future.close();

    const db = new ValvoDatabase('valvo', { indexedDB, IDBKeyRange });
    await db.open();
    expect(isNewerThanCode(db)).toBe(true);
    db.close();
  });
});
