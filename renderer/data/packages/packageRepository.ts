import type { ValvoDatabase } from '../core/database';
import type { WriteContext } from '../core/writeContext';
import type { VerifiedPackage } from '../../../shared/packages/parse';
import { buildReturn } from './buildReturn';
import type { IssueProgress, IssueRequest } from './issuePackages';
import { issuePackages } from './issuePackages';
import { openPackage } from './openPackage';

/**
 * Unit packages, both sides: the controller issues one file per unit; the unit manager opens
 * one (this Valvo then works in that unit's scope only) and builds the return to send back.
 */
export const createPackageRepository = (db: ValvoDatabase, context: WriteContext) => ({
  issue: (request: IssueRequest, onProgress?: (progress: IssueProgress) => void) =>
    issuePackages(db, context, request, onProgress),
  /** Call after the automatic backup (see usePackageCommands). */
  open: (pkg: VerifiedPackage) => openPackage(db, context, pkg),
  buildReturn: () => buildReturn(db, context),
});

export type PackageRepository = ReturnType<typeof createPackageRepository>;
