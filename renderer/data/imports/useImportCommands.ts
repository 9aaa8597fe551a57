import { useDatabase } from '../core/DatabaseProvider';
import { APP_VERSION } from '../../platform';
import { usePlatform } from '../../platform/PlatformContext';
import { useRepositories } from '../RepositoryProvider';
import { takeBackup } from '../backups/backupService';
import type { ImportProgress, ImportResult, ValidPlan } from './importActions';
import { importActions, loadImportState } from './importActions';

/**
 * The row import of a unit and its subtree as the screen runs it: the register state a file is
 * checked against, and the write of a checked plan as the current profile (after the automatic
 * backup where the platform can write one).
 */
export const useImportCommands = (unitId: string) => {
  const db = useDatabase();
  const { context } = useRepositories();
  const platform = usePlatform();
  return {
    loadState: () => loadImportState(db, unitId),
    apply: (
      plan: ValidPlan,
      onProgress: (progress: ImportProgress) => void,
    ): Promise<ImportResult> =>
      importActions(db, context, plan, {
        backup: () => takeBackup(db, platform, 'pre-import', APP_VERSION),
        onProgress,
      }),
    takesBackup: platform.capabilities.canWriteBackupFiles,
  };
};
