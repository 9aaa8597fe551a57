import { useMemo } from 'react';
import type { VerifiedPackage } from '../../../shared/packages/parse';
import { serializeUnitPackage } from '../../../shared/packages/format';
import type { SaveFileRequest } from '../../../shared/desktop-api';
import { useRepositories } from '../RepositoryProvider';
import { useDatabase } from '../core/DatabaseProvider';
import { DomainError } from '../core/domainError';
import { usePlatform } from '../../platform/PlatformContext';
import { takeBackup } from '../backups/backupService';
import type { IssueRequest } from './issuePackages';
import {
  PACKAGE_MIME_TYPE,
  ZIP_MIME_TYPE,
  packageEntries,
  returnFileName,
  unitNameOf,
  zipFileName,
  zipPackages,
} from './packageFiles';

export type ExportProgress =
  | { phase: 'building'; done: number; total: number }
  | { phase: 'zipping'; done: number; total: number };

export type SavedFile = { saved: boolean; fileName: string; count: number };

/** The unit package commands bound to this database, the current profile and the platform. */
export const usePackageCommands = () => {
  const db = useDatabase();
  const repositories = useRepositories();
  const platform = usePlatform();
  return useMemo(() => {
    const save = async (request: SaveFileRequest, count: number): Promise<SavedFile> => {
      const result = await platform.files.saveAs(request);
      if (!result.ok)
        throw new DomainError('packages.errors.saveFailed', { message: result.error });
      return {
        saved: result.value.saved,
        fileName: result.value.fileName ?? request.suggestedName,
        count,
      };
    };
    return {
      /** Issues the packages and saves them: one file as it is, several as one ZIP. */
      issueAndSave: async (
        request: IssueRequest,
        onProgress: (progress: ExportProgress) => void,
      ): Promise<SavedFile> => {
        const packages = await repositories.packages.issue(request, (progress) =>
          onProgress({ phase: 'building', ...progress }),
        );
        if (packages.length === 1) {
          const [entry] = packageEntries(packages);
          return save(
            { suggestedName: entry!.name, mimeType: PACKAGE_MIME_TYPE, content: entry!.content },
            1,
          );
        }
        const content = await zipPackages(packages, (done, total) =>
          onProgress({ phase: 'zipping', done, total }),
        );
        return save(
          { suggestedName: zipFileName(request.year), mimeType: ZIP_MIME_TYPE, content },
          packages.length,
        );
      },
      /** Opens a checked package after the automatic backup (desktop; the web offers a download). */
      open: async (pkg: VerifiedPackage) => {
        await takeBackup(db, platform, 'pre-import');
        return repositories.packages.open(pkg);
      },
      /** Builds the return of the open package and saves it for the controller. */
      returnAndSave: async (): Promise<SavedFile> => {
        const pkg = await repositories.packages.buildReturn();
        return save(
          {
            suggestedName: returnFileName(unitNameOf(pkg), pkg.year),
            mimeType: PACKAGE_MIME_TYPE,
            content: serializeUnitPackage(pkg),
          },
          1,
        );
      },
    };
  }, [db, repositories, platform]);
};
