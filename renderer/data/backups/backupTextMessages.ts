/** The messages between backupText() and its worker. */
export type BackupTextRequest = {
  kind: 'build';
  databaseName: string;
  appVersion: string;
  createdAt: string;
};

export type BackupTextReply = { kind: 'done'; text: string } | { kind: 'error'; message: string };

/** Anything else arriving on the channel is ignored. */
export const isBackupTextReply = (data: unknown): data is BackupTextReply =>
  typeof data === 'object' &&
  data !== null &&
  ['done', 'error'].includes((data as { kind?: unknown }).kind as string);
