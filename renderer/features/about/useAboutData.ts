import { useEffect, useState } from 'react';
import type { BackupTableName } from '../../../shared/backup/format';
import { BACKUP_TABLES } from '../../../shared/backup/format';
import type { AppInfo } from '../../../shared/desktop-api';
import { useScopedLiveQuery } from '../../db/useScopedLiveQuery';
import type { ValvoDatabase } from '../../db/database';
import { usePlatform } from '../../platform/PlatformContext';

export type AppInfoState = {
  /** undefined while asking; null when the shell did not answer. */
  info: AppInfo | null | undefined;
  error: string | null;
};

/** What the shell (or the browser adapter) says about versions, system and folders. */
export const useAppInfo = (): AppInfoState => {
  const platform = usePlatform();
  const [state, setState] = useState<AppInfoState>({ info: undefined, error: null });
  useEffect(() => {
    let isCurrent = true;
    platform.app.info().then(
      (result) => {
        if (!isCurrent) return;
        setState(
          result.ok ? { info: result.value, error: null } : { info: null, error: result.error },
        );
      },
      (error: unknown) =>
        isCurrent &&
        setState({ info: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [platform]);
  return state;
};

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
