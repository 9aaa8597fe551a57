import { DATABASE_NAME, ValvoDatabase } from './database';
import type { MigrationStep, PreMigrationTarget } from './preMigration';
import { backupBeforeMigrationOnce } from './preMigration';

export type OpenDatabaseRequest = {
  name?: string;
  target: PreMigrationTarget;
  appVersion: string;
  options?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };
  /** A copy is being taken before the upgrade from `step.fromVersion`. */
  onBackingUp?: (step: MigrationStep) => void;
  /** Handlers to attach before the database opens (e.g. `versionchange`). */
  configure?: (db: ValvoDatabase) => void;
  /** Asked after the backup: a caller that no longer wants the database gets null. */
  isCancelled?: () => boolean;
};

/**
 * The one way the app opens its database. A database of an older schema version is first
 * copied as it is (pre-migration backup, written and verified); only then does Dexie upgrade
 * it. When the copy fails this throws a PreMigrationBackupError and the database is not opened
 * with the new schema, so it stays exactly as the older version left it.
 */
export const openValvoDatabase = async ({
  name = DATABASE_NAME,
  target,
  appVersion,
  options = {},
  onBackingUp,
  configure,
  isCancelled = () => false,
}: OpenDatabaseRequest): Promise<ValvoDatabase | null> => {
  await backupBeforeMigrationOnce({
    databaseName: name,
    target,
    appVersion,
    options,
    ...(onBackingUp ? { onStart: onBackingUp } : {}),
  });
  if (isCancelled()) return null;
  const db = new ValvoDatabase(name, options);
  configure?.(db);
  try {
    await db.open();
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
};
