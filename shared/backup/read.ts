import { MAX_BACKUP_BYTES } from '../desktop-api';
import { readStrictJson } from '../files/strict-json';
import type { FileProblem, Verified } from '../files/verified';
import { backupProblems } from './consistency';
import type { BackupDocument, BackupTableName } from './format';
import { BACKUP_TABLES, checkBackupValue } from './format';

/** A backup read completely and found whole; restore and backup import accept only this. */
export type VerifiedBackup = Verified<BackupDocument>;

export type ReadBackup =
  | { ok: true; document: VerifiedBackup; counts: Record<BackupTableName, number> }
  | { ok: false; problems: FileProblem[] };

/** More than this many is not read by anyone; the UI shows fewer still. */
const MAX_PROBLEMS = 1_000;

/**
 * Reads a backup file completely before anything uses it (A5), through the strict reader of
 * shared/files: size, JSON syntax (with line:column), no prototype keys, no oversize strings;
 * then the format's own checks (./format: versions, every record against the schema of the
 * version that wrote it, the content hash), no unknown fields, and the file as a whole
 * (./consistency: unique ids and keys, references inside the file, an audit chain that
 * verifies and ends in the stated head). Every problem carries its place in the file; nothing
 * is written here. `knownSchemaVersion`: the newest database schema the caller can restore.
 */
export const readBackupText = (text: string, knownSchemaVersion: number): ReadBackup => {
  const read = readStrictJson<BackupDocument>(text, {
    messages: 'backup.errors',
    maxBytes: MAX_BACKUP_BYTES,
    maxProblems: MAX_PROBLEMS,
    syntaxErrorAt: 'lineColumn',
    parse: (raw) => {
      const parsed = checkBackupValue(raw, knownSchemaVersion);
      return parsed.ok ? { ok: true, value: parsed.document } : parsed;
    },
    check: backupProblems,
  });
  if (!read.ok) return read;
  const document = read.value;
  const counts = Object.fromEntries(
    BACKUP_TABLES.map((name) => [name, document.tables[name].length]),
  ) as Record<BackupTableName, number>;
  return { ok: true, document, counts };
};
