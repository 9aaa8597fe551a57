import type { ReadBackup } from '../../../shared/backup/read';
import { readBackupText } from '../../../shared/backup/read';
import { CURRENT_SCHEMA_VERSION } from '../core/migrations';

/**
 * Reads a backup file completely before anything uses it (shared/backup/read.ts), for the
 * schema version of this database. Only what passes is a VerifiedBackup, which is all that
 * restore and backup import accept.
 */
export const readBackup = (text: string): ReadBackup =>
  readBackupText(text, CURRENT_SCHEMA_VERSION);
