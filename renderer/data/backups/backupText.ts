import { serializeBackup } from '../../../shared/backup/format';
import { runWorkerJob } from '../../hooks/runWorkerJob';
import type { ValvoDatabase } from '../core/database';
import type { BackupTextRequest } from './backupTextMessages';
import { isBackupTextReply } from './backupTextMessages';
import { snapshot } from './snapshot';

const buildHere = async (db: ValvoDatabase, appVersion: string, now: Date) =>
  serializeBackup(await snapshot(db, appVersion, now));

/**
 * The whole database as backup text (shared/backup format). A city-sized register makes
 * hundreds of megabytes and takes seconds of reading, hashing and JSON, so it is built in a Web
 * Worker on its own connection and the window keeps answering. Where no worker can run (Node
 * tests) or the worker fails in any way, the same text is built here instead: a backup is
 * never skipped for want of a worker.
 */
export const backupText = async (
  db: ValvoDatabase,
  appVersion: string,
  now: Date = new Date(),
): Promise<string> => {
  if (typeof Worker === 'undefined') return buildHere(db, appVersion, now);
  try {
    return await runWorkerJob<never, string>({
      worker: new Worker(new URL('./backupText.worker.ts', import.meta.url), { type: 'module' }),
      message: {
        kind: 'build',
        databaseName: db.name,
        appVersion,
        createdAt: now.toISOString(),
      } satisfies BackupTextRequest,
      readReply: (data) => {
        if (!isBackupTextReply(data)) return null;
        return data.kind === 'done' ? { kind: 'done', value: data.text } : data;
      },
      onProgress: () => undefined,
    });
  } catch {
    return buildHere(db, appVersion, now);
  }
};
