import { chainHeadOf } from '../../../shared/backup/consistency';
import type { BackupDocument, BackupTables } from '../../../shared/backup/format';
import { BACKUP_TABLES, createBackupDocument } from '../../../shared/backup/format';
import type { ValvoDatabase } from '../core/database';
import { CURRENT_SCHEMA_VERSION } from '../core/migrations';

/** Every table a backup holds, for a transaction over all of them. */
export const allTables = (db: ValvoDatabase) => BACKUP_TABLES.map((name) => db.table(name));

/**
 * Every table as one backup document, read in one transaction so the copy is consistent, with
 * the organisation's name and the head of the audit chain.
 */
export const snapshot = (
  db: ValvoDatabase,
  appVersion: string,
  now: Date = new Date(),
): Promise<BackupDocument> =>
  db.transaction('r', allTables(db), async () => {
    const tables = {
      units: await db.units.toArray(),
      planYears: await db.planYears.toArray(),
      controlActions: await db.controlActions.toArray(),
      risks: await db.risks.toArray(),
      assessments: await db.assessments.toArray(),
      settings: await db.settings.toArray(),
      unitReviews: await db.unitReviews.toArray(),
      unitPackages: await db.unitPackages.toArray(),
      packageMerges: await db.packageMerges.toArray(),
      indicators: await db.indicators.toArray(),
      auditEvents: await db.auditEvents.orderBy('seq').toArray(),
    } satisfies BackupTables;
    const organisation = tables.settings.find(
      (setting) => setting.key === 'organisation' && setting.deletedAt === null,
    );
    return createBackupDocument(
      {
        schemaVersion: CURRENT_SCHEMA_VERSION,
        appVersion,
        createdAt: now.toISOString(),
        organisation: organisation?.key === 'organisation' ? organisation.value.name : '',
        auditChainHead: chainHeadOf(tables.auditEvents),
      },
      tables,
    );
  });
