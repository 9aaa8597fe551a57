import path from 'node:path';
import { z } from 'zod';
import { parseBackup } from '../../shared/backup/format';
import { MAX_BACKUP_BYTES } from '../../shared/desktop-api';
import type { StoreContext } from './backup-context';
import { isNotFound } from './backup-context';
import { writeDurably } from './backup-files';
import { resolveBackupPath } from './backup-names';

/**
 * Reading back and verifying: each backup is read again and checked against its own hash and
 * schemas (shared/backup/format), and what was learnt is kept in an index, so a listing need
 * not re-read every file.
 */

/** What the store learnt about each file when it verified it. */
export const BACKUP_INDEX_FILE_NAME = 'index.json';

const IndexEntrySchema = z
  .object({
    sizeBytes: z.number().int().nonnegative(),
    verified: z.boolean(),
    counts: z.record(z.string(), z.number().int().nonnegative()).nullable(),
  })
  .strict();
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

const IndexSchema = z
  .object({ version: z.literal(1), entries: z.record(z.string(), IndexEntrySchema) })
  .strict();
export type BackupIndex = z.infer<typeof IndexSchema>;

/** main does not know the renderer's schema version; the renderer checks that on restore. */
const ANY_SCHEMA_VERSION = Number.MAX_SAFE_INTEGER;

const indexPath = (folder: string) => path.join(folder, BACKUP_INDEX_FILE_NAME);

export async function loadIndex({ fs, folder, log }: StoreContext): Promise<BackupIndex> {
  try {
    const parsed = IndexSchema.safeParse(JSON.parse(await fs.readFile(indexPath(folder), 'utf8')));
    if (parsed.success) return parsed.data;
    log.warn('[backups] the index is not valid; every backup will be verified again');
  } catch (error) {
    if (!isNotFound(error)) log.warn('[backups] could not read the index', error);
  }
  return { version: 1, entries: {} };
}

export async function saveIndex(context: StoreContext, index: BackupIndex): Promise<void> {
  try {
    await writeDurably(context, indexPath(context.folder), JSON.stringify(index));
  } catch (error) {
    // Only a cache: the next listing verifies the files the index does not know.
    context.log.warn('[backups] could not save the index', error);
  }
}

/** Reads a file and checks it; `expected` is the text that was written, when known. */
export async function checkFile(
  { fs, folder }: StoreContext,
  fileName: string,
  sizeBytes: number,
  expected?: string,
): Promise<IndexEntry> {
  if (sizeBytes > MAX_BACKUP_BYTES) return { sizeBytes, verified: false, counts: null };
  const text = await fs.readFile(resolveBackupPath(folder, fileName), 'utf8');
  const parsed = parseBackup(text, ANY_SCHEMA_VERSION);
  const verified = parsed.ok && (expected === undefined || text === expected);
  return { sizeBytes, verified, counts: parsed.ok ? { ...parsed.counts } : null };
}
