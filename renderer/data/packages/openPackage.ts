import type { AuditedEntity } from '../../../shared/domain/audit-event';
import type { RecordMeta } from '../../../shared/domain/record';
import type { UnitPackageRecord } from '../../../shared/domain/unit-package';
import type { UnitPackage } from '../../../shared/packages/format';
import type { VerifiedPackage } from '../../../shared/packages/parse';
import {
  UnitPackageSchema,
  packageBaseHash,
  packageContentHash,
} from '../../../shared/packages/format';
import { scopeProblems } from '../../../shared/packages/package-checks';
import type { TableName, ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import type { WriteContext } from '../core/writeContext';
import { freshMeta, revise } from '../core/writeContext';
import type { RecordOf } from '../door/entities';
import { writeTransaction } from '../door/writeTransaction';
import { PACKAGE_SETTING_KEYS, findOrganisationSetting } from './packageContents';
import { findOpenedPackage } from '../door/packageScope';

type AnyRecord = RecordMeta & Record<string, unknown>;

/** The tables that make up a register; in package mode they hold the package's scope only. */
const REGISTER_TABLES = {
  units: 'unit',
  planYears: 'planYear',
  controlActions: 'controlAction',
  indicators: 'indicator',
  risks: 'risk',
  assessments: 'assessment',
  unitReviews: 'unitReview',
} as const satisfies Record<string, AuditedEntity>;
type RegisterTable = keyof typeof REGISTER_TABLES;
const REGISTER_TABLE_NAMES = Object.keys(REGISTER_TABLES) as RegisterTable[];

export const OPEN_TABLES: readonly TableName[] = [
  ...REGISTER_TABLE_NAMES,
  'settings',
  'unitPackages',
  'packageMerges',
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
  // Any profile may open a package into its own (empty or package) register: the file decides
  // the scope, so it is written as given, each record checked with its schema.
  return writeTransaction(db, context, { rule: 'packageOpen', tables: OPEN_TABLES }, async (tx) => {
    const opened = await findOpenedPackage(db);
    await refuseOwnRegister(db, pkg, opened);
    const source = openSource(pkg);

    // The earlier package's scope goes: it was returned or is replaced on purpose.
    for (const name of REGISTER_TABLE_NAMES) {
      const records = await db.table<AnyRecord, string>(name).toArray();
      await tx.remove(REGISTER_TABLES[name], records as never, { source });
    }
    const oldSettings = await db.settings.filter((setting) => setting.key !== 'profile').toArray();
    await tx.remove('setting', oldSettings, { source });
    if (opened && opened.id !== pkg.packageId) {
      const closed = revise(opened, { deletedAt: context.now().toISOString() }, context);
      await tx.write('unitPackage', [{ before: opened, after: closed, op: 'delete' }], { source });
    }

    const imported = <E extends AuditedEntity>(entity: E, records: readonly RecordOf<E>[]) =>
      tx.write(
        entity,
        records.map((after) => ({ before: null, after, op: 'import' as const })),
        { source },
      );
    await imported(
      'setting',
      pkg.settings.filter((setting) => PACKAGE_SETTING_KEYS.includes(setting.key)),
    );
    await imported('unit', pkg.units);
    await imported('planYear', [pkg.planYear]);
    await imported('controlAction', pkg.records.controlActions);
    await imported('indicator', pkg.records.indicators);
    await imported('risk', pkg.records.risks);
    await imported('assessment', pkg.records.assessments);

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
      openedAfterSeq: headSeq + tx.pendingAudit() + 1,
      base: pkg.base,
      returnedAt: null,
      deletedAt: null,
    };
    const after = previous
      ? revise(previous, fields, context)
      : { ...freshMeta(context), ...fields, id: pkg.packageId };
    const [record] = await tx.write(
      'unitPackage',
      [{ before: previous ?? null, after, op: 'import' }],
      { source },
    );
    return record!;
  });
};
