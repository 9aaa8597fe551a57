import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BackupInfo, BackupReason } from '../../../shared/desktop-api';
import { useRepositories } from '../RepositoryProvider';
import { useDatabase } from '../core/DatabaseProvider';
import { DomainError } from '../core/domainError';
import type { VerifiedBackup } from '../../../shared/backup/read';
import { APP_VERSION } from '../../platform';
import { usePlatform } from '../../platform/PlatformContext';
import {
  backupDownloadName,
  importWithBackup,
  restoreBackup,
  restoreWithBackup,
  takeBackup,
} from './backupService';
import { backupText } from './backupText';
import { readBackup } from './readBackup';

export const BACKUP_MIME_TYPE = 'application/json';

/** The backup commands bound to this database, the current profile and the platform. */
export const useBackupCommands = () => {
  const db = useDatabase();
  const { context } = useRepositories();
  const platform = usePlatform();
  return useMemo(
    () => ({
      /** Offers the whole database as a JSON file (a download in the browser). */
      download: async () => {
        const content = await backupText(db, APP_VERSION);
        const result = await platform.files.saveAs({
          suggestedName: backupDownloadName(new Date()),
          mimeType: BACKUP_MIME_TYPE,
          content,
        });
        if (!result.ok)
          throw new DomainError('backup.errors.writeFailed', { message: result.error });
        return result.value;
      },
      backupNow: () => takeBackup(db, platform, 'manual', APP_VERSION),
      /** A verified backup before a risky step (desktop); throws to stop the step when it fails. */
      backupBefore: (reason: BackupReason) => takeBackup(db, platform, reason, APP_VERSION),
      /** Reads and checks one backup of the shell's folder; nothing is written. */
      readListed: async (fileName: string) => {
        const result = await platform.backups.read(fileName);
        if (!result.ok)
          throw new DomainError('backup.errors.readFailed', { message: result.error });
        return readBackup(result.value);
      },
      restore: (document: VerifiedBackup) =>
        restoreWithBackup(db, context, platform, document, APP_VERSION),
      /** The first run's restore into an empty register, before any organisation exists. */
      restoreOnFirstRun: (document: VerifiedBackup) =>
        // Any profile, and only into an empty register: the door checks that in its transaction.
        restoreBackup(db, context, document, 'firstRunRestore'),
      merge: (document: VerifiedBackup) =>
        importWithBackup(db, context, platform, document, APP_VERSION),
    }),
    [db, context, platform],
  );
};

type ListState = { backups: BackupInfo[] | undefined; error: string | null };

/** The shell's backup files, newest first; `refresh` reads the folder again. */
export const useBackupList = () => {
  const platform = usePlatform();
  const enabled = platform.capabilities.canWriteBackupFiles;
  const [state, setState] = useState<ListState>({ backups: undefined, error: null });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let isCurrent = true;
    platform.backups.list().then(
      (result) => {
        if (!isCurrent) return;
        setState(
          result.ok ? { backups: result.value, error: null } : { backups: [], error: result.error },
        );
      },
      (error: unknown) =>
        isCurrent &&
        setState({ backups: [], error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [enabled, platform, version]);
  const refresh = useCallback(() => setVersion((value) => value + 1), []);
  return { ...state, refresh };
};
