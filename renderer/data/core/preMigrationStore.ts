import type { EntityTable } from 'dexie';
import { Dexie } from 'dexie';
import { readInstalledSchemaVersion } from './schemaGuard';

/** One backup taken before a schema migration, kept in the browser (the web build has no folder). */
export type PreMigrationBackupInfo = {
  id: number;
  createdAt: string;
  /** The schema version the data had, and the one it was about to be upgraded to. */
  fromVersion: number;
  toVersion: number;
  sizeBytes: number;
};

/** The backup document (shared/backup format) as written, its schemaVersion = fromVersion. */
type PreMigrationContent = { id: number; content: string };

type StoreOptions = { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };

/**
 * A database of its own beside the register, never upgraded with it, so that the copy taken
 * before an upgrade survives whatever the upgrade does. The app never deletes from it.
 */
export const preMigrationDatabaseName = (databaseName: string) => `${databaseName}-pre-migration`;

class PreMigrationDatabase extends Dexie {
  /** What a listing shows, apart from the (possibly large) content. */
  backups!: EntityTable<PreMigrationBackupInfo, 'id'>;
  contents!: EntityTable<PreMigrationContent, 'id'>;

  constructor(databaseName: string, options: StoreOptions) {
    super(preMigrationDatabaseName(databaseName), {
      chromeTransactionDurability: 'strict',
      ...options,
    });
    this.version(1).stores({ backups: '++id, createdAt', contents: 'id' });
  }
}

const withStore = async <T>(
  databaseName: string,
  options: StoreOptions,
  work: (store: PreMigrationDatabase) => Promise<T>,
): Promise<T> => {
  const store = new PreMigrationDatabase(databaseName, options);
  try {
    return await work(store);
  } finally {
    store.close();
  }
};

/** Listing or reading must not create the store where no backup was ever taken. */
const storeExists = async (databaseName: string, options: StoreOptions) =>
  (await readInstalledSchemaVersion(preMigrationDatabaseName(databaseName), options)) !== null;

/**
 * Stores a pre-migration backup and reads it back: resolves only when the stored text is
 * exactly what was given, otherwise throws (and the caller must not upgrade).
 */
export const savePreMigrationBackup = (
  databaseName: string,
  backup: { createdAt: string; fromVersion: number; toVersion: number; content: string },
  options: StoreOptions = {},
): Promise<PreMigrationBackupInfo> =>
  withStore(databaseName, options, async (store) => {
    const { content, ...info } = backup;
    const sizeBytes = new TextEncoder().encode(content).byteLength;
    // Its own small database, written before the app runs: not the register, so not the door's.
    const id = await store.transaction('rw', store.backups, store.contents, async () => {
      const added = await store.backups.add({ ...info, sizeBytes } as PreMigrationBackupInfo);
      await store.contents.add({ id: added, content });
      return added;
    });
    const [stored, storedContent] = await Promise.all([
      store.backups.get(id),
      store.contents.get(id),
    ]);
    if (stored === undefined || storedContent?.content !== content) {
      throw new Error(`${preMigrationDatabaseName(databaseName)}: the stored copy differs`);
    }
    return stored;
  });

/** The stored pre-migration backups, newest first, without their content. */
export const listPreMigrationBackups = async (
  databaseName: string,
  options: StoreOptions = {},
): Promise<PreMigrationBackupInfo[]> =>
  (await storeExists(databaseName, options))
    ? withStore(databaseName, options, (store) =>
        store.backups.orderBy('createdAt').reverse().toArray(),
      )
    : [];

/** The text of one stored pre-migration backup, or null when it is not there. */
export const readPreMigrationBackup = async (
  databaseName: string,
  id: number,
  options: StoreOptions = {},
): Promise<string | null> =>
  (await storeExists(databaseName, options))
    ? withStore(
        databaseName,
        options,
        async (store) => (await store.contents.get(id))?.content ?? null,
      )
    : null;
