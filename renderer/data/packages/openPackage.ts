import type { Table } from 'dexie';
import type { AuditedEntity } from '../../../shared/domain/audit-event';
import type { RecordMeta } from '../../../shared/domain/record';
import type { UnitPackageRecord } from '../../../shared/domain/unit-package';
import { UnitPackageRecordSchema } from '../../../shared/domain/unit-package';
import type { UnitPackage } from '../../../shared/packages/format';
import type { VerifiedPackage } from '../../../shared/packages/parse';
import {
  UnitPackageSchema,
  packageBaseHash,
  packageContentHash,
} from '../../../shared/packages/format';
import { scopeProblems } from '../../../shared/packages/package-checks';
import type { AuditDraft } from '../core/auditLog';
import { appendAuditEvents } from '../core/auditLog';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { validateRecord } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { freshMeta, revise } from '../core/writeContext';
import { auditedPackageRecord } from './issuePackages';
import { PACKAGE_SETTING_KEYS, findOrganisationSetting } from './packageContents';
import { findOpenedPackage } from '../door/packageScope';

type AnyRecord = RecordMeta & Record<string, unknown>;

/** The tables that make up a register; in package mode they hold the package's scope only. */
const REGISTER_TABLES = {
  units: 'unit',
  planYears: 'planYear',
  controlActions: 'controlAction',
  risks: 'risk',
  assessments: 'assessment',
  unitReviews: 'unitReview',
} as const satisfies Record<string, AuditedEntity>;
type RegisterTable = keyof typeof REGISTER_TABLES;
const REGISTER_TABLE_NAMES = Object.keys(REGISTER_TABLES) as RegisterTable[];

export const openTables = (db: ValvoDatabase) => [
  ...REGISTER_TABLE_NAMES.map((name) => db.table(name)),
  db.settings,
  db.unitPackages,
  db.packageMerges,
  db.auditEvents,
];

/** Names the package in every event the open writes, as the merge names its returns. */
export const openSource = (pkg: UnitPackage) => {
  const unit = pkg.units.find((item) => item.id === pkg.unitId);
  return `Yksikköpaketti ${unit?.name ?? ''} ${pkg.year}, annettu ${pkg.issuedTo} (${pkg.packageId})`;
};

/** The file as checked by parseUnitPackage, checked again here: the data layer trusts no forgery. */
const refuseUnusable = (pkg: UnitPackage) => {
  if (pkg.kind !== 'issue') throw new DomainError('packages.errors.openReturn');
  if (!UnitPackageSchema.safeParse(pkg).success) throw new DomainError('packages.errors.badRecord');
  const { contentSha256, ...body } = pkg;
  if (packageContentHash(body) !== contentSha256)
    throw new DomainError('packages.errors.hashMismatch');
  const [problem] = scopeProblems(pkg);
  if (problem) throw new DomainError(problem.message);
  if (pkg.planYear.status === 'closed')
    throw new DomainError('packages.errors.closedYear', { year: pkg.year });
};

/**
 * Whether this database may take the package: it holds nothing but a profile, or the scope of
 * an earlier package of the same organisation (which the new one replaces).
 */
const refuseOwnRegister = async (
  db: ValvoDatabase,
  pkg: UnitPackage,
  opened: UnitPackageRecord | undefined,
) => {
  if (opened) {
    if (opened.organisationId === pkg.organisation.id) return;
    const current = findOrganisationSetting(await db.settings.toArray());
    throw new DomainError('packages.errors.otherOrganisation', {
      name: pkg.organisation.name,
      current: current?.value.name ?? '',
    });
  }
  const counts = await Promise.all([
    ...REGISTER_TABLE_NAMES.map((name) => db.table(name).count()),
    db.packageMerges.count(),
    db.unitPackages.where('role').equals('issued').count(),
    db.settings.filter((setting) => setting.key !== 'profile').count(),
  ]);
  if (counts.some((count) => count > 0)) throw new DomainError('packages.errors.ownRegister');
};

/**
 * Opens an issued package as this Valvo's working scope, in one transaction: the earlier scope
 * (if any) is removed, the package's settings (same ids, so the return names the same
 * organisation), units, plan year and records are written, and an `opened` record remembers the
 * base and the audit sequence after this open's own events, so a return carries only the
 * manager's edits. The local profile stays. Every change is an audit event naming the package.
 */
export const openPackage = async (
  db: ValvoDatabase,
  context: WriteContext,
  pkg: VerifiedPackage,
): Promise<UnitPackageRecord> => {
  refuseUnusable(pkg);
  return db.transaction('rw', openTables(db), async () => {
    const opened = await findOpenedPackage(db);
    await refuseOwnRegister(db, pkg, opened);
    const source = openSource(pkg);
    const drafts: AuditDraft[] = [];

    // The earlier package's scope goes: it was returned or is replaced on purpose.
    for (const name of REGISTER_TABLE_NAMES) {
      const table = db.table<AnyRecord, string>(name);
      for (const record of await table.toArray()) {
        drafts.push({
          entity: REGISTER_TABLES[name],
          entityId: record.id,
          op: 'delete',
          before: record,
          after: null,
          source,
        });
      }
      await table.clear();
    }
    const oldSettings = await db.settings.filter((setting) => setting.key !== 'profile').toArray();
    for (const setting of oldSettings) {
      drafts.push({
        entity: 'setting',
        entityId: setting.id,
        op: 'delete',
        before: setting,
        after: null,
        source,
      });
    }
    await db.settings.bulkDelete(oldSettings.map((setting) => setting.id));
    if (opened && opened.id !== pkg.packageId) {
      const closed = revise(opened, { deletedAt: context.now().toISOString() }, context);
      await db.unitPackages.put(closed);
      drafts.push({
        entity: 'unitPackage',
        entityId: opened.id,
        op: 'delete',
        before: auditedPackageRecord(opened),
        after: auditedPackageRecord(closed),
        source,
      });
    }

    const settings = pkg.settings.filter((setting) => PACKAGE_SETTING_KEYS.includes(setting.key));
    const writes: [Table<AnyRecord, string>, AuditedEntity, AnyRecord[]][] = [
      [db.settings as unknown as Table<AnyRecord, string>, 'setting', settings],
      [db.table('units'), 'unit', pkg.units],
      [db.table('planYears'), 'planYear', [pkg.planYear]],
      [db.table('controlActions'), 'controlAction', pkg.records.controlActions],
      [db.table('risks'), 'risk', pkg.records.risks],
      [db.table('assessments'), 'assessment', pkg.records.assessments],
    ];
    for (const [table, entity, records] of writes) {
      await table.bulkAdd(records);
      for (const record of records)
        drafts.push({
          entity,
          entityId: record.id,
          op: 'import',
          before: null,
          after: record,
          source,
        });
    }

    // The events are numbered from the head on: the opened record's own event is the last.
    const headSeq = (await db.auditEvents.orderBy('seq').last())?.seq ?? 0;
    const previous = await db.unitPackages.get(pkg.packageId);
    const fields = {
      role: 'opened' as const,
      organisationId: pkg.organisation.id,
      unitId: pkg.unitId,
      year: pkg.year,
      issuedTo: pkg.issuedTo,
      issuedBy: pkg.issuedBy,
      issuedAt: pkg.issuedAt,
      baseSha256: packageBaseHash(pkg.base),
      openedAfterSeq: headSeq + drafts.length + 1,
      base: pkg.base,
      returnedAt: null,
      deletedAt: null,
    };
    const record = validateRecord(
      UnitPackageRecordSchema,
      previous
        ? revise(previous, fields, context)
        : { ...freshMeta(context), ...fields, id: pkg.packageId },
    );
    await db.unitPackages.put(record);
    drafts.push({
      entity: 'unitPackage',
      entityId: record.id,
      op: 'import',
      before: previous ? auditedPackageRecord(previous) : null,
      after: auditedPackageRecord(record),
      source,
    });
    await appendAuditEvents(db, context, drafts);
    return record;
  });
};
