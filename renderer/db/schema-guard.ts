import { Dexie } from 'dexie';
import type { ValvoDatabase } from './database';
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

/**
 * Every store of a database, whatever its version, read without a schema: the way out when the
 * app cannot open the database normally. Reads only.
 */
export const dumpDatabase = async (
  name: string,
  options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
) => {
  const raw = new Dexie(name, options);
  await raw.open();
  try {
    const tables: Record<string, unknown[]> = {};
    for (const table of raw.tables) tables[table.name] = await table.toArray();
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
