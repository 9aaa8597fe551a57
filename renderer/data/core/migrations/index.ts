import type { Dexie } from 'dexie';
import { applyVersion1 } from './0001-initial';
import { applyVersion2 } from './0002-unit-reviews';
import { applyVersion3 } from './0003-unit-packages';
import { applyVersion4 } from './0004-table-kinds';

/** Every schema version in order; the last one is what this code writes. */
const MIGRATIONS = [applyVersion1, applyVersion2, applyVersion3, applyVersion4] as const;

export const CURRENT_SCHEMA_VERSION = MIGRATIONS.length;

/**
 * The migrations rewrite stored records while the database opens, before the app runs and
 * before any profile exists: the one place besides the write door (data/door/) that writes.
 */
export const applyMigrations = (db: Dexie) => {
  for (const apply of MIGRATIONS) apply(db);
};
