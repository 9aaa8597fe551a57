import { serializeBackup } from '../../../shared/backup/format';
import { ValvoDatabase } from '../core/database';
import type { BackupTextReply, BackupTextRequest } from './backupTextMessages';
import { snapshot } from './snapshot';

/**
 * The worker side of backupText(): opens the same database on its own connection, reads every
 * table in one transaction and builds the backup text, off the window's thread.
 */
const scope = self as unknown as {
  postMessage: (message: BackupTextReply) => void;
  onmessage: ((event: MessageEvent<BackupTextRequest>) => void) | null;
};

const build = async ({ databaseName, appVersion, createdAt }: BackupTextRequest) => {
  const db = new ValvoDatabase(databaseName);
  try {
    await db.open();
    return serializeBackup(await snapshot(db, appVersion, new Date(createdAt)));
  } finally {
    db.close();
  }
};

scope.onmessage = (event) => {
  if (event.data?.kind !== 'build') return;
  build(event.data).then(
    (text) => scope.postMessage({ kind: 'done', text }),
    (error: unknown) =>
      scope.postMessage({
        kind: 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
