import path from 'node:path';
import { BACKUP_REASONS, BackupFileNameSchema } from '../../shared/desktop-api';
import type { BackupReason } from '../../shared/desktop-api';

const REASON_ALTERNATIVES = BACKUP_REASONS.map((reason) => reason.replace(/-/g, '\\-')).join('|');
const FILE_NAME_PATTERN = new RegExp(
  `^valvo-backup-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})\\.(\\d{3})Z-(${REASON_ALTERNATIVES})\\.json$`,
);
/** Temp files start with a dot and never match a backup name, so nothing lists a partial file. */
export const TEMP_PREFIX = '.valvo-backup-';
export const TEMP_PATTERN = /^\.valvo-backup-[0-9a-f-]{8,64}\.tmp$/;

/** `valvo-backup-2026-03-01T12-30-45.123Z-manual.json` (ISO time with `:` as `-`). */
export function backupFileName(createdAt: Date, reason: BackupReason): string {
  return `valvo-backup-${createdAt.toISOString().replace(/:/g, '-')}-${reason}.json`;
}

/**
 * The time and reason a backup file name carries, or null for any other name. Only files
 * whose names parse are ever listed, read or deleted.
 */
export function parseBackupFileName(
  fileName: string,
): { createdAt: string; reason: BackupReason } | null {
  if (!BackupFileNameSchema.safeParse(fileName).success) return null;
  const match = FILE_NAME_PATTERN.exec(fileName);
  if (match === null) return null;
  const [, date, hours, minutes, seconds, millis, reason] = match;
  const createdAt = `${date}T${hours}:${minutes}:${seconds}.${millis}Z`;
  const time = Date.parse(createdAt);
  // Refuses impossible dates such as 2026-02-30, which Date would roll over.
  if (Number.isNaN(time) || new Date(time).toISOString() !== createdAt) return null;
  return { createdAt, reason: reason as BackupReason };
}

/** The absolute path of a backup name, refusing anything that is not one or leaves the folder. */
export function resolveBackupPath(folder: string, fileName: string): string {
  if (parseBackupFileName(fileName) === null) throw new Error('not a backup file name');
  const resolved = path.resolve(folder, fileName);
  if (path.dirname(resolved) !== folder || path.basename(resolved) !== fileName) {
    throw new Error('not a backup file name');
  }
  return resolved;
}

/**
 * Names for new backups at the request time, made unique: a backup never replaces another by
 * sharing its name, even when two are asked for in the same millisecond.
 */
export function createNamer(now: () => Date) {
  let lastTime = Number.NEGATIVE_INFINITY;
  return (names: ReadonlySet<string>, reason: BackupReason) => {
    let time = Math.max(now().getTime(), lastTime + 1);
    while (names.has(backupFileName(new Date(time), reason))) time += 1;
    lastTime = time;
    return {
      fileName: backupFileName(new Date(time), reason),
      createdAt: new Date(time).toISOString(),
    };
  };
}
