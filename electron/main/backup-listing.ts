import { isPinnedReason, selectBackupsToDelete } from '../../shared/backup/rotation';
import type { BackupInfo } from '../../shared/desktop-api';
import type { StoreContext } from './backup-context';
import { isNotFound } from './backup-context';
import { readNames } from './backup-files';
import type { BackupIndex } from './backup-index';
import { checkFile } from './backup-index';
import { parseBackupFileName, resolveBackupPath } from './backup-names';

/** Listing the folder and rotating it: only names that parse are ever listed or deleted. */

const newestFirst = (a: BackupInfo, b: BackupInfo): number =>
  a.createdAt === b.createdAt
    ? b.fileName.localeCompare(a.fileName)
    : b.createdAt.localeCompare(a.createdAt);

type Stats = { size: number; isFile(): boolean };

/** The file's size and kind; null when it went away meanwhile. */
const statOf = async ({ fs, folder }: StoreContext, fileName: string): Promise<Stats | null> => {
  try {
    return await fs.stat(resolveBackupPath(folder, fileName));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
};

/**
 * Lists the folder, verifying files the index does not know (or whose size changed) and
 * forgetting entries whose files are gone. Returns the listing and whether the index changed.
 */
export async function scan(
  context: StoreContext,
  index: BackupIndex,
): Promise<{ infos: BackupInfo[]; changed: boolean }> {
  let changed = false;
  const infos: BackupInfo[] = [];
  const present = new Set<string>();
  for (const fileName of await readNames(context)) {
    const meta = parseBackupFileName(fileName);
    if (meta === null) continue;
    const stats = await statOf(context, fileName);
    if (stats === null || !stats.isFile()) continue;
    let entry = index.entries[fileName];
    if (entry === undefined || entry.sizeBytes !== stats.size) {
      try {
        entry = await checkFile(context, fileName, stats.size);
      } catch (error) {
        context.log.warn(`[backups] could not verify ${fileName}`, error);
        entry = { sizeBytes: stats.size, verified: false, counts: null };
      }
      index.entries[fileName] = entry;
      changed = true;
    }
    present.add(fileName);
    infos.push({
      fileName,
      createdAt: meta.createdAt,
      reason: meta.reason,
      sizeBytes: entry.sizeBytes,
      verified: entry.verified,
      counts: entry.counts,
      pinned: isPinnedReason(meta.reason),
    });
  }
  for (const fileName of Object.keys(index.entries)) {
    if (!present.has(fileName)) {
      delete index.entries[fileName];
      changed = true;
    }
  }
  return { infos: infos.sort(newestFirst), changed };
}

/** Deletes what the policy selects; never a pinned file, never a name it cannot parse. */
export async function rotate(
  context: StoreContext,
  infos: BackupInfo[],
  index: BackupIndex,
): Promise<void> {
  const byName = new Map(infos.map((info) => [info.fileName, info]));
  for (const fileName of selectBackupsToDelete(infos, context.now())) {
    const info = byName.get(fileName);
    if (info === undefined || info.pinned || parseBackupFileName(fileName) === null) continue;
    try {
      await context.fs.unlink(resolveBackupPath(context.folder, fileName));
      delete index.entries[fileName];
    } catch (error) {
      context.log.warn(`[backups] could not delete ${fileName}`, error);
    }
  }
}
