import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { parseBackup } from '../../shared/backup/format';
import { isPinnedReason, selectBackupsToDelete } from '../../shared/backup/rotation';
import {
  BACKUP_REASONS,
  BackupFileNameSchema,
  BackupWriteRequestSchema,
  MAX_BACKUP_BYTES,
} from '../../shared/desktop-api';
import type { BackupInfo, BackupReason, BackupWriteRequest } from '../../shared/desktop-api';

/** userData/backups: outside the Chromium profile, so clearing site data cannot take it. */
export const BACKUP_FOLDER_NAME = 'backups';
/** What the store learnt about each file when it verified it, so a listing need not re-read them. */
export const BACKUP_INDEX_FILE_NAME = 'index.json';

/** The parts of a `fs/promises` FileHandle the store uses. */
export type BackupFileHandle = {
  writeFile(data: string, encoding: 'utf8'): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
};

/** The parts of `node:fs/promises` the store uses; tests pass the real module or a wrapper. */
export type BackupFs = {
  mkdir(dirPath: string, options: { recursive: true }): Promise<unknown>;
  open(filePath: string, flags: string): Promise<BackupFileHandle>;
  rename(oldPath: string, newPath: string): Promise<void>;
  readFile(filePath: string, encoding: 'utf8'): Promise<string>;
  readdir(dirPath: string): Promise<string[]>;
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  unlink(filePath: string): Promise<void>;
};

export type BackupStoreDeps = {
  fs: BackupFs;
  /** Absolute path of userData/backups; created on the first write. */
  folder: string;
  now?: () => Date;
  /** process.platform: Windows cannot open a folder to fsync it. */
  platform?: string;
  randomId?: () => string;
  log?: Pick<Console, 'warn' | 'error'>;
};

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

const REASON_ALTERNATIVES = BACKUP_REASONS.map((reason) => reason.replace(/-/g, '\\-')).join('|');
const FILE_NAME_PATTERN = new RegExp(
  `^valvo-backup-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})\\.(\\d{3})Z-(${REASON_ALTERNATIVES})\\.json$`,
);
/** Temp files start with a dot and never match a backup name, so nothing lists a partial file. */
const TEMP_PREFIX = '.valvo-backup-';
const TEMP_PATTERN = /^\.valvo-backup-[0-9a-f-]{8,64}\.tmp$/;

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

const IndexEntrySchema = z
  .object({
    sizeBytes: z.number().int().nonnegative(),
    verified: z.boolean(),
    counts: z.record(z.string(), z.number().int().nonnegative()).nullable(),
  })
  .strict();
type IndexEntry = z.infer<typeof IndexEntrySchema>;

const IndexSchema = z
  .object({ version: z.literal(1), entries: z.record(z.string(), IndexEntrySchema) })
  .strict();
type BackupIndex = z.infer<typeof IndexSchema>;

/** main does not know the renderer's schema version; the renderer checks that on restore. */
const ANY_SCHEMA_VERSION = Number.MAX_SAFE_INTEGER;

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

const newestFirst = (a: BackupInfo, b: BackupInfo): number =>
  a.createdAt === b.createdAt
    ? b.fileName.localeCompare(a.fileName)
    : b.createdAt.localeCompare(a.createdAt);

const isNotFound = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';

export function createBackupStore(deps: BackupStoreDeps): BackupStore {
  const { fs } = deps;
  const folder = path.resolve(deps.folder);
  const now = deps.now ?? (() => new Date());
  const platform = deps.platform ?? process.platform;
  const randomId = deps.randomId ?? randomUUID;
  const log = deps.log ?? console;
  const indexPath = path.join(folder, BACKUP_INDEX_FILE_NAME);
  let lastTime = Number.NEGATIVE_INFINITY;

  // Writes, listings and rotation run one at a time, so two of them never race on a name or
  // on the index. Reads need no turn: a file appears only by rename, complete.
  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  /** The absolute path of a backup name, refusing anything that is not one or leaves the folder. */
  function resolveBackupPath(fileName: string): string {
    if (parseBackupFileName(fileName) === null) throw new Error('not a backup file name');
    const resolved = path.resolve(folder, fileName);
    if (path.dirname(resolved) !== folder || path.basename(resolved) !== fileName) {
      throw new Error('not a backup file name');
    }
    return resolved;
  }

  /** Temp file, write, fsync, close, rename: the final name only ever holds a complete file. */
  async function writeDurably(finalPath: string, content: string): Promise<void> {
    const tempPath = path.join(folder, `${TEMP_PREFIX}${randomId()}.tmp`);
    try {
      const handle = await fs.open(tempPath, 'wx');
      try {
        await handle.writeFile(content, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(tempPath, finalPath);
    } catch (error) {
      await fs.unlink(tempPath).catch(() => undefined);
      throw error;
    }
  }

  /** Makes the rename itself durable. Windows cannot open a folder, and Linux/macOS may refuse too. */
  async function syncFolder(): Promise<void> {
    if (platform === 'win32') return;
    try {
      const handle = await fs.open(folder, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      log.warn('[backups] could not fsync the backup folder', error);
    }
  }

  async function readNames(): Promise<string[]> {
    try {
      return await fs.readdir(folder);
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
  }

  async function loadIndex(): Promise<BackupIndex> {
    try {
      const parsed = IndexSchema.safeParse(JSON.parse(await fs.readFile(indexPath, 'utf8')));
      if (parsed.success) return parsed.data;
      log.warn('[backups] the index is not valid; every backup will be verified again');
    } catch (error) {
      if (!isNotFound(error)) log.warn('[backups] could not read the index', error);
    }
    return { version: 1, entries: {} };
  }

  async function saveIndex(index: BackupIndex): Promise<void> {
    try {
      await writeDurably(indexPath, JSON.stringify(index));
    } catch (error) {
      // Only a cache: the next listing verifies the files the index does not know.
      log.warn('[backups] could not save the index', error);
    }
  }

  /** Reads a file and checks it; `expected` is the text that was written, when known. */
  async function check(
    fileName: string,
    sizeBytes: number,
    expected?: string,
  ): Promise<IndexEntry> {
    if (sizeBytes > MAX_BACKUP_BYTES) return { sizeBytes, verified: false, counts: null };
    const text = await fs.readFile(resolveBackupPath(fileName), 'utf8');
    const parsed = parseBackup(text, ANY_SCHEMA_VERSION);
    const verified = parsed.ok && (expected === undefined || text === expected);
    return { sizeBytes, verified, counts: parsed.ok ? { ...parsed.counts } : null };
  }

  /**
   * Lists the folder, verifying files the index does not know (or whose size changed) and
   * forgetting entries whose files are gone. Returns the listing and whether the index changed.
   */
  async function scan(index: BackupIndex): Promise<{ infos: BackupInfo[]; changed: boolean }> {
    let changed = false;
    const infos: BackupInfo[] = [];
    const present = new Set<string>();
    for (const fileName of await readNames()) {
      const meta = parseBackupFileName(fileName);
      if (meta === null) continue;
      let stats: { size: number; isFile(): boolean };
      try {
        stats = await fs.stat(resolveBackupPath(fileName));
      } catch (error) {
        if (isNotFound(error)) continue;
        throw error;
      }
      if (!stats.isFile()) continue;
      let entry = index.entries[fileName];
      if (entry === undefined || entry.sizeBytes !== stats.size) {
        try {
          entry = await check(fileName, stats.size);
        } catch (error) {
          log.warn(`[backups] could not verify ${fileName}`, error);
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
  async function rotate(infos: BackupInfo[], index: BackupIndex): Promise<void> {
    const byName = new Map(infos.map((info) => [info.fileName, info]));
    for (const fileName of selectBackupsToDelete(infos, now())) {
      const info = byName.get(fileName);
      if (info === undefined || info.pinned || parseBackupFileName(fileName) === null) continue;
      try {
        await fs.unlink(resolveBackupPath(fileName));
        delete index.entries[fileName];
      } catch (error) {
        log.warn(`[backups] could not delete ${fileName}`, error);
      }
    }
  }

  /** Leftovers of a write that crashed before its rename; no other write runs meanwhile. */
  async function removeLeftoverTempFiles(names: string[]): Promise<void> {
    for (const name of names.filter((candidate) => TEMP_PATTERN.test(candidate))) {
      await fs.unlink(path.join(folder, name)).catch(() => undefined);
    }
  }

  /** The request time, made unique: a backup never replaces another by sharing its name. */
  function uniqueName(
    names: ReadonlySet<string>,
    reason: BackupReason,
  ): { fileName: string; createdAt: string } {
    let time = Math.max(now().getTime(), lastTime + 1);
    while (names.has(backupFileName(new Date(time), reason))) time += 1;
    lastTime = time;
    return {
      fileName: backupFileName(new Date(time), reason),
      createdAt: new Date(time).toISOString(),
    };
  }

  return {
    async write(request) {
      const { reason, content } = BackupWriteRequestSchema.parse(request);
      const sizeBytes = byteLength(content);
      if (sizeBytes > MAX_BACKUP_BYTES) throw new BackupTooLargeError(sizeBytes);
      return exclusive(async () => {
        await fs.mkdir(folder, { recursive: true });
        const names = await readNames();
        await removeLeftoverTempFiles(names);
        const { fileName, createdAt } = uniqueName(new Set(names), reason);
        await writeDurably(resolveBackupPath(fileName), content);
        await syncFolder();

        let entry: IndexEntry;
        try {
          entry = await check(fileName, sizeBytes, content);
        } catch (error) {
          log.error(`[backups] could not read ${fileName} back`, error);
          entry = { sizeBytes, verified: false, counts: null };
        }
        if (!entry.verified) log.error(`[backups] ${fileName} did not verify after writing`);
        const info: BackupInfo = {
          fileName,
          createdAt,
          reason,
          ...entry,
          pinned: isPinnedReason(reason),
        };

        const index = await loadIndex();
        index.entries[fileName] = entry;
        try {
          const { infos } = await scan(index);
          await rotate(infos, index);
        } catch (error) {
          // The new backup is on disk either way; rotation tries again after the next write.
          log.warn('[backups] rotation failed', error);
        }
        await saveIndex(index);
        return info;
      });
    },

    list() {
      return exclusive(async () => {
        const index = await loadIndex();
        const { infos, changed } = await scan(index);
        if (changed) await saveIndex(index);
        return infos;
      });
    },

    async read(fileName) {
      const filePath = resolveBackupPath(fileName);
      const stats = await fs.stat(filePath);
      if (!stats.isFile()) throw new Error('not a backup file');
      if (stats.size > MAX_BACKUP_BYTES) throw new BackupTooLargeError(stats.size);
      return fs.readFile(filePath, 'utf8');
    },

    async verify(fileName) {
      const filePath = resolveBackupPath(fileName);
      const stats = await fs.stat(filePath);
      return (await check(fileName, stats.size)).verified;
    },
  };
}
