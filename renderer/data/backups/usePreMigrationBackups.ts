import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../core/DatabaseProvider';
import { DomainError } from '../core/domainError';
import type { PreMigrationBackupInfo } from '../core/preMigrationStore';
import { listPreMigrationBackups, readPreMigrationBackup } from '../core/preMigrationStore';

type ListState = { backups: PreMigrationBackupInfo[] | undefined; error: string | null };

/**
 * The backups the browser keeps from before each schema upgrade (desktop writes them to the
 * backup folder instead, so there this list stays empty). They change only at start-up.
 */
export const usePreMigrationBackups = () => {
  const { t } = useTranslation();
  const db = useDatabase();
  const [state, setState] = useState<ListState>({ backups: undefined, error: null });
  useEffect(() => {
    let isCurrent = true;
    listPreMigrationBackups(db.name).then(
      (backups) => isCurrent && setState({ backups, error: null }),
      (error: unknown) =>
        isCurrent &&
        setState({ backups: [], error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [db]);
  const read = useCallback(
    async (id: number) => {
      const text = await readPreMigrationBackup(db.name, id);
      if (text === null)
        throw new DomainError('backup.errors.readFailed', {
          message: t('backup.preMigration.missing'),
        });
      return text;
    },
    [db, t],
  );
  return { ...state, read };
};
