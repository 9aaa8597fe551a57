import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../../shared/backup/format';
import type { VerifiedBackup } from '../../../shared/backup/read';
import { APP_VERSION } from '../../platform';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { createRepositories } from '../createRepositories';
import { importBackup, restoreBackup } from '../backups/backupService';
import { readBackup } from '../backups/readBackup';
import { snapshot } from '../backups/snapshot';
import { importActions } from '../imports/importActions';
import { loadExampleOrganisation, startEmptyOrganisation } from '../setup/setupOrganisation';
import { doorRegister } from './doorTestSupport';

/** The renderer's source (not its tests and test helpers), by path from renderer/. */
const SOURCES = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(['/renderer/**/*.{ts,tsx}', '!/renderer/**/*.test.{ts,tsx}'], {
      query: '?raw',
      import: 'default',
      eager: true,
    }),
  )
    .filter(([path]) => !/[Tt]est-?[Ss]upport|testFixtures|\/test\//.test(path))
    .map(([path, text]) => [path.replace(/^\/renderer\//, ''), text]),
);

/**
 * Every module that opens the door, with its rule. A new module that writes must be listed here
 * (and in writePaths.ts if it is a repository method), so its rule is chosen on purpose.
 */
const WRITE_MODULES: Record<string, string> = {
  'data/actions/actionRepository.ts': 'edit',
  'data/actions/bulkRepository.ts': 'editor',
  'data/backups/backupService.ts': 'restore, firstRunRestore, backupImport',
  'data/goals/goalSettingsRepository.ts': 'controller',
  'data/goals/indicatorRepository.ts': 'edit',
  'data/imports/importActions.ts': 'controller',
  'data/merge/applyMerge.ts': 'controller',
  'data/packages/buildReturn.ts': 'edit (in package mode)',
  'data/packages/issuePackages.ts': 'controller',
  'data/packages/openPackage.ts': 'packageOpen',
  'data/reports/reportStatementRepository.ts': 'controller',
  'data/reviews/reviewRepository.ts': 'controller',
  'data/risks/assessmentRepository.ts': 'edit',
  'data/risks/riskRepository.ts': 'edit',
  'data/risks/riskSettingsRepository.ts': 'controller',
  'data/settings/settingsRepository.ts': 'edit',
  'data/setup/setupOrganisation.ts': 'edit (the first run and the example)',
  'data/units/unitRepository.ts': 'edit',
  'data/years/carryOverRepository.ts': 'controller',
  'data/years/yearRepository.ts': 'edit (adding a year), controller (transitions)',
};

/**
 * Writes outside the door: the door itself, and what writes before the app runs (the schema
 * migrations rewrite records as the database opens; the pre-migration copy has its own store).
 */
const OUTSIDE_THE_DOOR = [
  'data/door/auditLog.ts',
  'data/door/recordWriter.ts',
  'data/door/scopeGuard.ts',
  'data/door/writeTransaction.ts',
  'data/core/preMigrationStore.ts',
  'data/core/migrations/0002-unit-reviews.ts',
  'data/core/migrations/0004-table-kinds.ts',
];

const RAW_WRITE =
  /\.transaction\(\s*'rw'|\b(?:db|table|store)\.(?:\w+\.)?(?:put|add|bulkPut|bulkAdd|bulkDelete|delete|clear|modify)\(|\.table(?:<[^>]*>)?\([^)]*\)\.(?:put|add|bulkPut|bulkAdd|bulkDelete|delete|clear)\(|\.modify\(/;

describe('the door is the only way to write', () => {
  const files = Object.keys(SOURCES);

  it('lists every module that writes through the door', () => {
    const writers = files.filter((file) => SOURCES[file]!.includes('writeTransaction('));
    expect(writers.filter((file) => !file.startsWith('data/door/')).sort()).toEqual(
      Object.keys(WRITE_MODULES).sort(),
    );
  });

  it('finds no write to the database anywhere else', () => {
    const raw = files.filter((file) => RAW_WRITE.test(SOURCES[file]!));
    expect(raw.sort()).toEqual([...OUTSIDE_THE_DOOR].sort());
  });
});

const backupOf = async (
  register: Awaited<ReturnType<typeof doorRegister>>,
): Promise<VerifiedBackup> => {
  const read = readBackup(serializeBackup(await snapshot(register.db, APP_VERSION)));
  if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 3)));
  return read.document;
};

const keyOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'written',
    (error: { key?: string }) => error.key ?? String(error),
  );

describe('the write modules meet their rules', () => {
  it('refuses a reader a restore, a backup import and a row import, changing nothing', async () => {
    const register = await doorRegister();
    const document = await backupOf(register);
    const reader = testContext('Lukija', undefined, 'reader');
    const events = await register.db.auditEvents.count();
    const backup = async () => {
      throw new Error('no backup may be taken for a refused import');
    };
    expect([
      await keyOf(restoreBackup(register.db, reader, document)),
      await keyOf(importBackup(register.db, reader, document)),
      await keyOf(
        importActions(register.db, reader, { ok: true, creates: [], updates: [] } as never, {
          backup,
        }),
      ),
    ]).toEqual(['errors.controllerOnly', 'errors.controllerOnly', 'errors.controllerOnly']);
    expect(await register.db.auditEvents.count()).toBe(events);
  });

  it('restores on the first run for any profile, only into an empty register', async () => {
    const register = await doorRegister();
    const document = await backupOf(register);
    const fresh = openTestDatabase();
    const reader = testContext('Uusi Lukija', '2026-12-01T08:00:00.000Z', 'reader');
    await createRepositories(fresh, reader).settings.save('profile', {
      name: 'Uusi Lukija',
      role: 'reader',
    });
    // A controller's restore stays a controller's.
    expect(await keyOf(restoreBackup(fresh, reader, document))).toBe('errors.controllerOnly');
    const event = await restoreBackup(fresh, reader, document, 'firstRunRestore');
    expect(event).toMatchObject({ op: 'restore', actor: 'Uusi Lukija' });
    expect(await fresh.controlActions.count()).toBe(await register.db.controlActions.count());
    // Once the register holds anything, the first run is over.
    const events = await fresh.auditEvents.count();
    expect(await keyOf(restoreBackup(fresh, reader, document, 'firstRunRestore'))).toBe(
      'backup.errors.notEmptyRegister',
    );
    expect(await fresh.auditEvents.count()).toBe(events);
  });

  it('leaves the audit events of a backup import and of the first-run setups', async () => {
    const register = await doorRegister();
    const document = await backupOf(register);
    const target = openTestDatabase();
    const controller = testContext('Controller', '2026-12-01T08:00:00.000Z');
    const counts = await importBackup(target, controller, document);
    const imported = await target.auditEvents.filter((event) => event.op === 'import').count();
    expect(imported).toBe(counts.added + counts.updated);

    for (const setup of [
      (db: typeof target) => startEmptyOrganisation(db, controller, 'Kunta', 2026),
      (db: typeof target) => loadExampleOrganisation(db, controller),
    ]) {
      const db = openTestDatabase();
      await setup(db);
      const entities = (await db.auditEvents.toArray()).map((event) => event.entity);
      expect(entities).toEqual(expect.arrayContaining(['setting', 'planYear', 'unit']));
      expect(await db.units.count()).toBeGreaterThan(0);
    }
  });
});
