import { UNIQUE_KEYS } from '../../../shared/backup/consistency';
import type { BackupDocument, BackupTableName } from '../../../shared/backup/format';
import { BACKUP_FORMAT_VERSION, BACKUP_TABLES } from '../../../shared/backup/format';
import type { VerifiedBackup } from '../../../shared/backup/read';
import { canonicalJson } from '../../../shared/audit';
import type { AuditedEntity } from '../../../shared/domain/audit-event';
import type { RecordMeta } from '../../../shared/domain/record';
import type { BackupInfo, BackupReason, DesktopApi } from '../../../shared/desktop-api';
import type { TableName, ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { CURRENT_SCHEMA_VERSION } from '../core/migrations';
import type { WriteContext } from '../core/writeContext';
import { APP_VERSION } from '../../platform';
import { assertRole } from '../door/rules';
import { writeTransaction } from '../door/writeTransaction';
import { backupText } from './backupText';

/** The tables whose records merge on import, with the entity their audit events name. */
const MERGED_TABLES = {
  units: 'unit',
  planYears: 'planYear',
  controlActions: 'controlAction',
  risks: 'risk',
  assessments: 'assessment',
  settings: 'setting',
  unitReviews: 'unitReview',
  unitPackages: 'unitPackage',
  packageMerges: 'packageMerge',
  indicators: 'indicator',
} as const satisfies Record<Exclude<BackupTableName, 'auditEvents'>, AuditedEntity>;
type MergedTable = keyof typeof MERGED_TABLES;
const MERGED_TABLE_NAMES = Object.keys(MERGED_TABLES) as MergedTable[];

type AnyRecord = RecordMeta & Record<string, unknown>;

const refuseUnknownVersions = (document: BackupDocument) => {
  if (document.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new DomainError('backup.errors.newerFormat');
  }
  if (document.formatVersion < 1) throw new DomainError('backup.errors.unknownFormat');
  if (document.schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new DomainError('backup.errors.newerSchema');
  }
};

const countsOf = (tables: Record<BackupTableName, readonly unknown[]>) =>
  Object.fromEntries(BACKUP_TABLES.map((name) => [name, tables[name].length]));

/**
 * Replaces the content of every table with the backup's, in one transaction, and then records
 * the restore as an audit event chained onto the restored chain's head (so the chain verifies).
 * The event names the chain head that was replaced; the pre-restore backup holds that chain.
 * Takes only a VerifiedBackup: readBackup has checked the file, its audit chain included.
 * `rule`: a controller's restore, or the first run's into an empty register (any profile).
 */
export const restoreBackup = async (
  db: ValvoDatabase,
  context: WriteContext,
  document: VerifiedBackup,
  rule: 'restore' | 'firstRunRestore' = 'restore',
) => {
  assertRole(rule, context);
  // The reader checked the versions against its caller's; this database may know fewer.
  refuseUnknownVersions(document);
  const organisation = document.tables.settings.find((setting) => setting.key === 'organisation');
  const tables: readonly TableName[] = BACKUP_TABLES;
  return writeTransaction(db, context, { rule, tables }, async (tx) => {
    const previousHead = (await db.auditEvents.orderBy('seq').last())?.hash ?? null;
    const previousCounts: Record<string, number> = {};
    for (const name of BACKUP_TABLES) previousCounts[name] = await db.table(name).count();
    await tx.replaceTables(document.tables);
    tx.audit([
      {
        entity: 'setting',
        entityId: organisation?.id ?? context.newId(),
        op: 'restore',
        before: { auditChainHead: previousHead, records: previousCounts },
        after: {
          auditChainHead: document.auditChainHead,
          records: countsOf(document.tables),
          backupCreatedAt: document.createdAt,
          backupSha256: document.contentSha256,
        },
      },
    ]);
    const [event] = await tx.flushAudit();
    return event;
  });
};

export type ImportCounts = { added: number; updated: number; skipped: number; conflicts: number };

/** A controller merging a file never takes over the person's own profile from it. */
const isPersonal = (name: MergedTable, record: AnyRecord) =>
  name === 'settings' && record.key === 'profile';

/** Rows of a year that is closed here are read-only, whatever the file says. */
const isInClosedYear = (name: MergedTable, record: AnyRecord, closedYears: Set<number>) =>
  (name === 'controlActions' || name === 'unitReviews') && closedYears.has(Number(record.year));

/** Key order is not content: stored and parsed records may list their fields differently. */
const sameContent = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * Merges a backup into the database record by record, in one transaction:
 * - an unknown id is added;
 * - the same id and rev is skipped (so importing a file twice changes nothing);
 * - a higher rev in the file replaces the local record;
 * - a higher local rev is kept and counted as a conflict, as is a record that would break a
 *   unique key here, change a closed year, or differ from the local one at the same rev.
 * Audit events are not merged (only a restore replaces the chain); every record written gets
 * its own 'import' event in this database's chain.
 */
export const importBackup = async (
  db: ValvoDatabase,
  context: WriteContext,
  document: VerifiedBackup,
): Promise<ImportCounts> => {
  assertRole('backupImport', context);
  refuseUnknownVersions(document);
  const tables: readonly TableName[] = BACKUP_TABLES;
  return writeTransaction(db, context, { rule: 'backupImport', tables }, async (tx) => {
    // A unit package's Valvo holds one unit's scope: a whole register may not be merged into it.
    await tx.check([{ kind: 'organisation' }]);
    const counts: ImportCounts = { added: 0, updated: 0, skipped: 0, conflicts: 0 };
    const closedYears = new Set(
      (await db.planYears.toArray())
        .filter((planYear) => planYear.deletedAt === null && planYear.status === 'closed')
        .map((planYear) => planYear.year),
    );
    for (const name of MERGED_TABLE_NAMES) {
      const table = db.table<AnyRecord, string>(name);
      const incoming = document.tables[name] as unknown as AnyRecord[];
      if (incoming.length === 0) continue;
      const uniqueKey = UNIQUE_KEYS[name];
      // unique key → the id holding it, kept current as records are accepted below.
      const holders = new Map<string, string>();
      if (uniqueKey)
        for (const local of await table.toArray()) holders.set(uniqueKey(local), local.id);
      const locals = await table.bulkGet(incoming.map((record) => record.id));
      const writes: { before: AnyRecord | null; after: AnyRecord; op: 'import' }[] = [];
      incoming.forEach((record, index) => {
        const local = locals[index];
        if (isPersonal(name, record)) {
          counts.skipped += 1;
          return;
        }
        if (local && local.rev === record.rev) {
          if (sameContent(local, record)) counts.skipped += 1;
          else counts.conflicts += 1;
          return;
        }
        if (local && local.rev > record.rev) {
          counts.conflicts += 1;
          return;
        }
        const key = uniqueKey?.(record);
        const holder = key === undefined ? undefined : holders.get(key);
        if (
          (holder !== undefined && holder !== record.id) ||
          isInClosedYear(name, record, closedYears)
        ) {
          counts.conflicts += 1;
          return;
        }
        if (local && uniqueKey) holders.delete(uniqueKey(local));
        if (key !== undefined) holders.set(key, record.id);
        writes.push({ before: local ?? null, after: record, op: 'import' });
        if (local) counts.updated += 1;
        else counts.added += 1;
      });
      // As the file has them: the import's events keep whole records, packages included.
      await tx.write(MERGED_TABLES[name], writes as never, { audited: (record) => record });
    }
    return counts;
  });
};

/**
 * A backup file before a risky operation. On desktop it is written and verified by the shell;
 * if that fails the error stops the operation. The web build has no folder to write to (it
 * offers downloads instead), so there this does nothing and returns null.
 */
export const takeBackup = async (
  db: ValvoDatabase,
  platform: DesktopApi,
  reason: BackupReason,
  appVersion: string = APP_VERSION,
): Promise<BackupInfo | null> => {
  if (!platform.capabilities.canWriteBackupFiles) return null;
  let result: Awaited<ReturnType<DesktopApi['backups']['write']>>;
  try {
    const content = await backupText(db, appVersion);
    result = await platform.backups.write({ reason, content });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new DomainError('backup.errors.writeFailed', { message });
  }
  if (!result.ok) throw new DomainError('backup.errors.writeFailed', { message: result.error });
  if (!result.value.verified) throw new DomainError('backup.errors.notVerified');
  return result.value;
};

/** Restore as the UI runs it: only controllers, and only once the current state is saved. */
export const restoreWithBackup = async (
  db: ValvoDatabase,
  context: WriteContext,
  platform: DesktopApi,
  document: VerifiedBackup,
  appVersion: string,
) => {
  assertRole('restore', context);
  await takeBackup(db, platform, 'pre-restore', appVersion);
  return restoreBackup(db, context, document);
};

/** Import as the UI runs it: only controllers, and only once the current state is saved. */
export const importWithBackup = async (
  db: ValvoDatabase,
  context: WriteContext,
  platform: DesktopApi,
  document: VerifiedBackup,
  appVersion: string,
) => {
  assertRole('backupImport', context);
  await takeBackup(db, platform, 'pre-import', appVersion);
  return importBackup(db, context, document);
};

/** `valvo-varmuuskopio-2026-06-15-0900.json`, in local time. */
export const backupDownloadName = (now: Date) => {
  const pad = (value: number) => String(value).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `valvo-varmuuskopio-${date}-${pad(now.getHours())}${pad(now.getMinutes())}.json`;
};
