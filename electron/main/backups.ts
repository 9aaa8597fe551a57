import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { isPinnedReason } from '../../shared/backup/rotation';
import { BackupWriteRequestSchema, MAX_BACKUP_BYTES } from '../../shared/desktop-api';
import type { BackupInfo, BackupWriteRequest } from '../../shared/desktop-api';
import type { BackupStoreDeps, StoreContext } from './backup-context';
import { readNames, removeLeftoverTempFiles, syncFolder, writeDurably } from './backup-files';
import type { IndexEntry } from './backup-index';
import { checkFile, loadIndex, saveIndex } from './backup-index';
import { rotate, scan } from './backup-listing';
import { createNamer, resolveBackupPath } from './backup-names';

/**
 * The backup files on disk: written atomically (./backup-files), read back and verified
 * (./backup-index), listed and rotated (./backup-listing), under names only this store makes
 * (./backup-names).
 */
export type { BackupFileHandle, BackupFs, BackupStoreDeps } from './backup-context';
export { BACKUP_INDEX_FILE_NAME } from './backup-index';
export { backupFileName, parseBackupFileName } from './backup-names';

/** userData/backups: outside the Chromium profile, so clearing site data cannot take it. */
export const BACKUP_FOLDER_NAME = 'backups';

export type BackupStore = {
  /** Writes atomically, reads the file back to verify it, then rotates old backups. */
  write(request: BackupWriteRequest): Promise<BackupInfo>;
  /** Every backup file in the folder, newest first. */
  list(): Promise<BackupInfo[]>;
  /** The text of one backup, by a name from list(). */
  read(fileName: string): Promise<string>;
  /** Reads the file again and checks it against its own hash (and schemas). */
  verify(fileName: string): Promise<boolean>;
};

export class BackupTooLargeError extends Error {
  constructor(sizeBytes: number) {
    super(`backup of ${sizeBytes} bytes is over the ${MAX_BACKUP_BYTES}-byte limit`);
    this.name = 'BackupTooLargeError';
  }
}

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * Writes, listings and rotation run one at a time, so two of them never race on a name or on
 * the index. Reads need no turn: a file appears only by rename, complete.
 */
const createQueue = () => {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
};

/** The file just written, read back: an error reading it is a backup that did not verify. */
async function readBack(
  context: StoreContext,
  fileName: string,
  sizeBytes: number,
  content: string,
) {
  let entry: IndexEntry;
  try {
    entry = await checkFile(context, fileName, sizeBytes, content);
  } catch (error) {
    context.log.error(`[backups] could not read ${fileName} back`, error);
    entry = { sizeBytes, verified: false, counts: null };
  }
  if (!entry.verified) context.log.error(`[backups] ${fileName} did not verify after writing`);
  return entry;
}

/** Adds the new file to the index and rotates; the new backup is on disk whatever happens here. */
async function recordAndRotate(context: StoreContext, fileName: string, entry: IndexEntry) {
  const index = await loadIndex(context);
  index.entries[fileName] = entry;
  try {
    const { infos } = await scan(context, index);
    await rotate(context, infos, index);
  } catch (error) {
    // Rotation tries again after the next write.
    context.log.warn('[backups] rotation failed', error);
  }
  await saveIndex(context, index);
}

export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const context: StoreContext = {
    fs: deps.fs,
    folder: path.resolve(deps.folder),
    now: deps.now ?? (() => new Date()),
    platform: deps.platform ?? process.platform,
    randomId: deps.randomId ?? randomUUID,
    log: deps.log ?? console,
  };
  const { fs, folder } = context;
  const exclusive = createQueue();
  const uniqueName = createNamer(context.now);

  return {
    async write(request) {
      const { reason, content } = BackupWriteRequestSchema.parse(request);
      const sizeBytes = byteLength(content);
      if (sizeBytes > MAX_BACKUP_BYTES) throw new BackupTooLargeError(sizeBytes);
      return exclusive(async () => {
        await fs.mkdir(folder, { recursive: true });
        const names = await readNames(context);
        await removeLeftoverTempFiles(context, names);
        const { fileName, createdAt } = uniqueName(new Set(names), reason);
        await writeDurably(context, resolveBackupPath(folder, fileName), content);
        await syncFolder(context);
        const entry = await readBack(context, fileName, sizeBytes, content);
        await recordAndRotate(context, fileName, entry);
        return { fileName, createdAt, reason, ...entry, pinned: isPinnedReason(reason) };
      });
    },

    list() {
      return exclusive(async () => {
        const index = await loadIndex(context);
        const { infos, changed } = await scan(context, index);
        if (changed) await saveIndex(context, index);
        return infos;
      });
    },

    async read(fileName) {
      const filePath = resolveBackupPath(folder, fileName);
      const stats = await fs.stat(filePath);
      if (!stats.isFile()) throw new Error('not a backup file');
      if (stats.size > MAX_BACKUP_BYTES) throw new BackupTooLargeError(stats.size);
      return fs.readFile(filePath, 'utf8');
    },

    async verify(fileName) {
      const stats = await fs.stat(resolveBackupPath(folder, fileName));
      return (await checkFile(context, fileName, stats.size)).verified;
    },
  };
}
