import path from 'node:path';
import type { StoreContext } from './backup-context';
import { isNotFound } from './backup-context';
import { TEMP_PATTERN, TEMP_PREFIX } from './backup-names';

/**
 * Writing atomically: a file appears under its final name only complete and on disk, so a
 * crash or a power cut at any step leaves either the old state or the new one.
 */

/** Temp file, write, fsync, close, rename: the final name only ever holds a complete file. */
export async function writeDurably(
  { fs, folder, randomId }: StoreContext,
  finalPath: string,
  content: string,
): Promise<void> {
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
export async function syncFolder({ fs, folder, platform, log }: StoreContext): Promise<void> {
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

/** The names in the folder; none before the first backup created it. */
export async function readNames({ fs, folder }: StoreContext): Promise<string[]> {
  try {
    return await fs.readdir(folder);
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

/** Leftovers of a write that crashed before its rename; no other write runs meanwhile. */
export async function removeLeftoverTempFiles(
  { fs, folder }: StoreContext,
  names: string[],
): Promise<void> {
  for (const name of names.filter((candidate) => TEMP_PATTERN.test(candidate))) {
    await fs.unlink(path.join(folder, name)).catch(() => undefined);
  }
}
