import type { BackupTableName } from '../../../shared/backup/format';
import { BACKUP_TABLES } from '../../../shared/backup/format';
import type { ValvoDatabase } from './database';
import { useScopedLiveQuery } from './useScopedLiveQuery';

export type RecordCounts = Record<BackupTableName, number>;

/** How many records each table holds (tombstones included), read in one transaction. */
export const countRecords = (db: ValvoDatabase): Promise<RecordCounts> =>
  db.transaction(
    'r',
    BACKUP_TABLES.map((name) => db.table(name)),
    async () => {
      const counts: Partial<RecordCounts> = {};
      for (const name of BACKUP_TABLES) counts[name] = await db.table(name).count();
      return counts as RecordCounts;
    },
  );

/** The record counts, live: they follow every write while the screen is open. */
export const useRecordCounts = (): RecordCounts | undefined => {
  return useScopedLiveQuery((db) => countRecords(db), []);
};
