import type { BackupDocument } from '../../../shared/backup/format';
import { createBackupDocument, parseBackup, serializeBackup } from '../../../shared/backup/format';
import type { DesktopApi } from '../../../shared/desktop-api';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { savePreMigrationBackup } from './preMigrationStore';
import { dumpDatabase, readInstalledSchemaVersion } from './schemaGuard';

type RawOptions = { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };

export type MigrationStep = { fromVersion: number; toVersion: number };

/** Where the copy goes; `write` resolves only once the copy is stored and read back intact. */
export type PreMigrationTarget = {
  write(content: string, step: MigrationStep & { createdAt: string }): Promise<void>;
};

/** The backup could not be written or verified: the database must stay as it is. */
export class PreMigrationBackupError extends Error {
  readonly step: MigrationStep;

  constructor(step: MigrationStep, message: string) {
    super(message);
    this.name = 'PreMigrationBackupError';
    this.step = step;
  }
}

export const isPreMigrationBackupError = (error: unknown): error is PreMigrationBackupError =>
  error instanceof PreMigrationBackupError;

/** Desktop: the shell writes it to the backup folder, where rotation never deletes it. */
export const shellTarget = (platform: DesktopApi): PreMigrationTarget => ({
  write: async (content) => {
    const result = await platform.backups.write({ reason: 'pre-migration', content });
    if (!result.ok) throw new Error(result.error);
    if (!result.value.verified) throw new Error(`${result.value.fileName}: not verified`);
  },
});

/** Browser: a database of its own beside the register, offered for download in the settings. */
export const browserTarget = (
  databaseName: string,
  options: RawOptions = {},
): PreMigrationTarget => ({
  write: async (content, step) => {
    await savePreMigrationBackup(databaseName, { ...step, content }, options);
  },
});

export const preMigrationTarget = (platform: DesktopApi, databaseName: string) =>
  platform.capabilities.canWriteBackupFiles ? shellTarget(platform) : browserTarget(databaseName);

type AnyRecord = Record<string, unknown>;

const organisationName = (settings: readonly unknown[]): string => {
  const organisation = (settings as AnyRecord[]).find(
    (setting) => setting.key === 'organisation' && setting.deletedAt === null,
  );
  const value = organisation?.value as { name?: unknown } | undefined;
  return typeof value?.name === 'string' ? value.name : '';
};

/**
 * A backup document of the database as the older version left it: every store as dumped, with
 * `schemaVersion` the installed version, so it verifies against that version's record schemas.
 */
export const documentOfDump = (
  tables: Record<string, unknown[]>,
  schemaVersion: number,
  appVersion: string,
  now: Date,
): BackupDocument => {
  const events = (tables.auditEvents ?? []) as { hash?: unknown }[];
  const head = events.at(-1)?.hash;
  return createBackupDocument(
    {
      schemaVersion,
      appVersion,
      createdAt: now.toISOString(),
      organisation: organisationName(tables.settings ?? []),
      auditChainHead: typeof head === 'string' ? head : null,
    },
    // Written as found: the older version's records are not today's BackupTables.
    tables as unknown as BackupDocument['tables'],
  );
};

export type BackupBeforeMigration = {
  databaseName: string;
  target: PreMigrationTarget;
  appVersion: string;
  now?: () => Date;
  options?: RawOptions;
  /** Called when a copy is about to be taken (for a "backing up" message). */
  onStart?: (step: MigrationStep) => void;
};

/**
 * Before Dexie upgrades a database from an older schema version, its data is dumped as that
 * version stored it, written as a backup and verified (the record schemas of that version and
 * the content hash, then the target's read-back). Resolves with the step when a copy was taken,
 * null when there is nothing to upgrade (no database yet, or already current or newer). Throws a
 * PreMigrationBackupError when the copy could not be taken: then nothing may be upgraded.
 */
export const backupBeforeMigration = async ({
  databaseName,
  target,
  appVersion,
  now = () => new Date(),
  options = {},
  onStart,
}: BackupBeforeMigration): Promise<MigrationStep | null> => {
  const installed = await readInstalledSchemaVersion(databaseName, options);
  if (installed === null || installed >= CURRENT_SCHEMA_VERSION) return null;
  const step = { fromVersion: installed, toVersion: CURRENT_SCHEMA_VERSION };
  onStart?.(step);
  try {
    const dump = await dumpDatabase(databaseName, options);
    const document = documentOfDump(dump.tables, installed, appVersion, now());
    const content = serializeBackup(document);
    const verdict = parseBackup(content, installed);
    if (!verdict.ok) {
      const [first] = verdict.problems;
      throw new Error(`${first?.path ?? ''} ${first?.message ?? ''}`.trim());
    }
    await target.write(content, { ...step, createdAt: document.createdAt });
  } catch (error) {
    throw new PreMigrationBackupError(step, error instanceof Error ? error.message : String(error));
  }
  return step;
};

type Running = {
  promise: Promise<MigrationStep | null>;
  step: MigrationStep | null;
  listeners: Set<(step: MigrationStep) => void>;
};

/** One copy per database at a time, however many times React runs the opening effect. */
const running = new Map<string, Running>();

export const backupBeforeMigrationOnce = ({
  onStart,
  ...request
}: BackupBeforeMigration): Promise<MigrationStep | null> => {
  const key = request.databaseName;
  let entry = running.get(key);
  if (entry === undefined) {
    const created: Running = { promise: Promise.resolve(null), step: null, listeners: new Set() };
    created.promise = backupBeforeMigration({
      ...request,
      onStart: (step) => {
        created.step = step;
        for (const listener of created.listeners) listener(step);
      },
    }).finally(() => running.delete(key));
    running.set(key, created);
    entry = created;
  }
  if (onStart) {
    entry.listeners.add(onStart);
    if (entry.step) onStart(entry.step);
  }
  return entry.promise;
};
