import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BACKUP_TABLE_SCHEMAS, parseBackup } from '../../../shared/backup/format';
import { LATEST_SCHEMA_VERSION, SCHEMA_RELEASES } from '../../../shared/backup/versions';
import type { BackupInfo, DesktopApi } from '../../../shared/desktop-api';
import { restoreBackup } from '../backups/backupService';
import { readBackup } from '../backups/readBackup';
import { createWebApi } from '../../platform/web';
import { testContext } from '../../test/testDatabase';
import { ValvoDatabase } from './database';
import { applyVersion1 } from './migrations/0001-initial';
import { applyVersion2 } from './migrations/0002-unit-reviews';
import { applyVersion3 } from './migrations/0003-unit-packages';
import { applyVersion4 } from './migrations/0004-table-kinds';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import v1 from './migrations/fixtures/v1.json';
import v2 from './migrations/fixtures/v2.json';
import v3 from './migrations/fixtures/v3.json';
import { openValvoDatabase } from './openDatabase';
import type { PreMigrationTarget } from './preMigration';
import { PreMigrationBackupError, browserTarget, shellTarget } from './preMigration';
import { listPreMigrationBackups, readPreMigrationBackup } from './preMigrationStore';
import { dumpDatabase, readInstalledSchemaVersion } from './schemaGuard';

/** Every Dexie schema version in order, as renderer/data/core/migrations declares them. */
const DEXIE_VERSIONS = [applyVersion1, applyVersion2, applyVersion3, applyVersion4];

const OLDER = [
  { version: 1, fixture: v1 as Record<string, unknown[]> },
  { version: 2, fixture: v2 as Record<string, unknown[]> },
  { version: 3, fixture: v3 as Record<string, unknown[]> },
];

const fresh = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });
type Options = ReturnType<typeof fresh>;

/** A database as an older Valvo left it, holding that version's fixture. */
const createAtVersion = async (
  version: number,
  fixture: Record<string, unknown[]>,
  options: Options,
) => {
  const old = new Dexie('valvo', options);
  for (const apply of DEXIE_VERSIONS.slice(0, version)) apply(old);
  await old.open();
  for (const [name, rows] of Object.entries(fixture)) await old.table(name).bulkAdd(rows);
  old.close();
};

/** Records what it is given, and what version the database had when it was given it. */
const recordingTarget = (options: Options) => {
  const writes: { content: string; installedThen: number | null }[] = [];
  const target: PreMigrationTarget = {
    write: async (content) => {
      writes.push({ content, installedThen: await readInstalledSchemaVersion('valvo', options) });
    },
  };
  return { writes, target };
};

const shellWith = (result: Awaited<ReturnType<DesktopApi['backups']['write']>>): DesktopApi => ({
  ...createWebApi('test'),
  capabilities: { isDesktop: true, canWriteBackupFiles: true, canPrintToPdf: true },
  backups: {
    ...createWebApi('test').backups,
    write: async () => result,
  },
});

const byId = (rows: unknown[]) =>
  [...(rows as { id: string }[])].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('the backup before a schema migration', () => {
  it('knows the records of every Dexie schema version', async () => {
    expect(LATEST_SCHEMA_VERSION).toBe(CURRENT_SCHEMA_VERSION);
    for (const release of SCHEMA_RELEASES) {
      const db = new Dexie('valvo', fresh());
      for (const apply of DEXIE_VERSIONS.slice(0, release.version)) apply(db);
      await db.open();
      const stores = db.tables.map((table) => table.name);
      expect({ version: release.version, tables: stores.sort() }).toEqual({
        version: release.version,
        tables: Object.keys(release.tables).sort(),
      });
      db.close();
    }
  });

  it.each(OLDER)(
    'copies a version $version database as it is before upgrading it, and the copy restores',
    async ({ version, fixture }) => {
      const options = fresh();
      await createAtVersion(version, fixture, options);
      const { writes, target } = recordingTarget(options);
      const db = await openValvoDatabase({ target, appVersion: 'test', options });
      expect(db?.verno).toBe(CURRENT_SCHEMA_VERSION);

      // One copy, written while the database still had the older schema.
      expect(writes.map((write) => write.installedThen)).toEqual([version]);
      const written = JSON.parse(writes[0]!.content) as { schemaVersion: number; tables: unknown };
      expect(written.schemaVersion).toBe(version);
      expect(written.tables).toEqual(fixture);

      // It verifies against that version's schemas, and the strict reading accepts it too.
      const parsed = parseBackup(writes[0]!.content, CURRENT_SCHEMA_VERSION);
      expect(parsed.ok && parsed.document.schemaVersion).toBe(version);
      const read = readBackup(writes[0]!.content);
      if (!read.ok) throw new Error(JSON.stringify(read.problems));

      // Restored into today's schema, it gives exactly what the Dexie upgrade gave.
      const restored = new ValvoDatabase('restored', fresh());
      // Ids of its own: the fixtures' ids are the ones testContext would hand out.
      const context = { ...testContext(), newId: () => crypto.randomUUID() };
      await restoreBackup(restored, context, read.document);
      for (const [name, schema] of Object.entries(BACKUP_TABLE_SCHEMAS)) {
        const rows = await restored.table(name).toArray();
        for (const row of rows)
          expect({ name, ok: schema.safeParse(row).success }).toEqual({ name, ok: true });
        const migrated = await db!.table(name).toArray();
        if (name === 'auditEvents') expect(rows.slice(0, -1)).toEqual(migrated);
        else expect({ name, rows: byId(rows) }).toEqual({ name, rows: byId(migrated) });
      }
      expect(await restored.planYears.toArray()).toEqual(
        (v1.planYears as object[]).map((planYear) => ({ ...planYear, reopenReason: null })),
      );
      restored.close();
      db!.close();
    },
  );

  it.each([
    { case: 'the shell cannot write it', result: { ok: false, error: 'ENOSPC' } as const },
    {
      case: 'the shell cannot verify it',
      result: { ok: true, value: { fileName: 'x.json', verified: false } as BackupInfo } as const,
    },
  ])('leaves a version 1 database untouched and not upgraded when $case', async ({ result }) => {
    const options = fresh();
    await createAtVersion(1, v1, options);
    const opening = openValvoDatabase({
      target: shellTarget(shellWith(result)),
      appVersion: 'test',
      options,
    });
    await expect(opening).rejects.toBeInstanceOf(PreMigrationBackupError);
    await expect(opening).rejects.toMatchObject({
      step: { fromVersion: 1, toVersion: CURRENT_SCHEMA_VERSION },
    });
    expect(await readInstalledSchemaVersion('valvo', options)).toBe(1);
    expect((await dumpDatabase('valvo', options)).tables).toEqual(v1);
  });

  it('writes the copy with reason pre-migration through the shell', async () => {
    const options = fresh();
    await createAtVersion(1, v1, options);
    const requests: { reason: string; content: string }[] = [];
    const platform: DesktopApi = {
      ...shellWith({ ok: false, error: 'unused' }),
    };
    platform.backups = {
      ...platform.backups,
      write: async (request) => {
        requests.push(request);
        const verified = parseBackup(request.content, Number.MAX_SAFE_INTEGER).ok;
        return { ok: true, value: { verified } as BackupInfo };
      },
    };
    const db = await openValvoDatabase({
      target: shellTarget(platform),
      appVersion: 'test',
      options,
    });
    expect(requests.map((request) => request.reason)).toEqual(['pre-migration']);
    db?.close();
  });

  it('takes one copy when the app opens the database twice at once (React runs effects twice)', async () => {
    const options = fresh();
    await createAtVersion(1, v1, options);
    const { writes, target } = recordingTarget(options);
    const started: number[] = [];
    const open = () =>
      openValvoDatabase({
        target,
        appVersion: 'test',
        options,
        onBackingUp: (step) => started.push(step.fromVersion),
      });
    const [first, second] = await Promise.all([open(), open()]);
    expect(writes).toHaveLength(1);
    expect(started).toEqual([1, 1]);
    first?.close();
    second?.close();
  });

  it('writes no copy when the database is current, or when there is none yet', async () => {
    const options = fresh();
    const { writes, target } = recordingTarget(options);
    const created = await openValvoDatabase({ target, appVersion: 'test', options });
    created?.close();
    const reopened = await openValvoDatabase({ target, appVersion: 'test', options });
    expect(reopened?.verno).toBe(CURRENT_SCHEMA_VERSION);
    reopened?.close();
    expect(writes).toEqual([]);
  });

  it('keeps the browser’s copy in a database of its own, which the upgrade does not touch', async () => {
    const options = fresh();
    await createAtVersion(1, v1, options);
    const db = await openValvoDatabase({
      target: browserTarget('valvo', options),
      appVersion: 'test',
      options,
    });
    db?.close();
    const [backup, ...more] = await listPreMigrationBackups('valvo', options);
    expect(more).toEqual([]);
    expect(backup).toMatchObject({ fromVersion: 1, toVersion: CURRENT_SCHEMA_VERSION });
    const content = await readPreMigrationBackup('valvo', backup!.id, options);
    const parsed = parseBackup(content ?? '', CURRENT_SCHEMA_VERSION);
    expect(parsed.ok && parsed.document.schemaVersion).toBe(1);
    expect(backup!.sizeBytes).toBe(new TextEncoder().encode(content ?? '').byteLength);
    // Opening again finds a current database: no second copy.
    (
      await openValvoDatabase({
        target: browserTarget('valvo', options),
        appVersion: 'test',
        options,
      })
    )?.close();
    expect(await listPreMigrationBackups('valvo', options)).toHaveLength(1);
  });

  it('lists nothing, and creates no database, where no copy was ever taken', async () => {
    const options = fresh();
    expect(await listPreMigrationBackups('valvo', options)).toEqual([]);
    expect(await readInstalledSchemaVersion('valvo-pre-migration', options)).toBeNull();
    expect(await options.indexedDB.databases()).toEqual([]);
  });
});
