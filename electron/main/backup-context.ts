/**
 * What the modules of the backup store share: the parts of Node it uses (so tests can pass a
 * wrapper that fails or crashes at a chosen step) and the store's settings.
 */

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

/** The deps with their defaults filled in, and the folder resolved. */
export type StoreContext = Required<BackupStoreDeps>;

export const isNotFound = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT';
