import { Dexie } from 'dexie';
import type { ValvoDatabase } from './database';
import { DATABASE_NAME } from './database';
import { CURRENT_SCHEMA_VERSION } from './migrations';

/** The schema version the database on disk was last opened with (Dexie stores version × 10). */
export const installedSchemaVersion = (db: ValvoDatabase): number =>
  Math.floor(db.backendDB().version / 10);

/**
 * Dexie 4 opens a database from a newer app version without complaint, but it cannot use its
 * tables: this code must then write nothing and say so.
 */
export const isNewerThanCode = (db: ValvoDatabase): boolean =>
  installedSchemaVersion(db) > CURRENT_SCHEMA_VERSION;

type RawOptions = { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };

/**
 * The schema version of the database on disk, read without declaring any schema, so nothing is
 * upgraded; `null` when there is no such database (Dexie removes the empty one the browser
 * creates while asking, so none is left behind).
 */
export const readInstalledSchemaVersion = async (
  name: string,
  options: RawOptions = {},
): Promise<number | null> => {
  const raw = new Dexie(name, { ...options, addons: [] });
  try {
    await raw.open();
    return Math.floor(raw.backendDB().version / 10);
  } catch (error) {
    if ((error as { name?: string })?.name === 'NoSuchDatabaseError') return null;
    throw error;
  } finally {
    raw.close();
  }
};

/**
 * Every store of a database, whatever its version, read without a schema in one transaction (a
 * consistent copy): the way out when the app cannot open the database normally, and the content
 * of the backup taken before a migration. Reads only; records in primary-key order.
 */
export const dumpDatabase = async (name: string, options: RawOptions = {}) => {
  const raw = new Dexie(name, options);
  await raw.open();
  try {
    const tables: Record<string, unknown[]> = {};
    if (raw.tables.length > 0)
      await raw.transaction('r', raw.tables, async () => {
        for (const table of raw.tables) tables[table.name] = await table.toArray();
      });
    return {
      database: name,
      nativeVersion: raw.backendDB().version,
      dumpedAt: new Date().toISOString(),
      tables,
    };
  } finally {
    raw.close();
  }
};

/** The app's own database, dumped: the way out offered when it cannot be opened. */
export const dumpRegister = () => dumpDatabase(DATABASE_NAME);
