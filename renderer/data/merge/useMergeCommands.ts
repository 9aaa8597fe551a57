import type { MergeResolutions } from '../../../shared/packages/merge-apply';
import { UNIT_PACKAGE_MAX_BYTES } from '../../../shared/packages/format';
import { useRepositories } from '../RepositoryProvider';
import { useDatabase } from '../core/DatabaseProvider';
import { APP_VERSION } from '../../platform';
import { usePlatform } from '../../platform/PlatformContext';
import { takeBackup } from '../backups/backupService';
import type { MergePreparation, PreparedMerge } from './prepareMerge';

/**
 * The merge as the screen runs it: a file is read and checked (nothing written), and a checked
 * plan is applied as the current profile after the automatic backup where the platform can
 * write one (a merge is an import of the unit's records, so the backup is a pre-import one).
 */
export const useMergeCommands = () => {
  const db = useDatabase();
  const { merge } = useRepositories();
  const platform = usePlatform();

  const prepare = async (file: File): Promise<MergePreparation> => {
    if (file.size > UNIT_PACKAGE_MAX_BYTES)
      return { status: 'invalid', problems: [{ path: '$', message: 'packages.errors.tooLarge' }] };
    return merge.prepare(await file.text());
  };

  const apply = (prepared: PreparedMerge, resolutions: MergeResolutions) =>
    merge.apply(prepared, resolutions, {
      backup: () => takeBackup(db, platform, 'pre-import', APP_VERSION),
    });

  return { prepare, apply, takesBackup: platform.capabilities.canWriteBackupFiles };
};
