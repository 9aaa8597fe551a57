import { formatDate, toIsoDate } from '../../../shared/dates';
import type { PackageRecords, PackageTable, UnitPackage } from '../../../shared/packages/format';
import { packageBaseHash } from '../../../shared/packages/format';
import type { MergePlan } from '../../../shared/packages/merge';
import { planMerge } from '../../../shared/packages/merge';
import type { PackageProblem } from '../../../shared/packages/parse';
import type { Verified } from '../../../shared/files/verified';
import { parseUnitPackage } from '../../../shared/packages/parse';
import type { PackageRecord } from '../../../shared/packages/records';
import type { ValvoDatabase } from '../core/database';
import { CURRENT_SCHEMA_VERSION } from '../core/migrations';

/** A returned package that has everything a merge needs: who returned it, when, and its id. */
export type ReturnedPackage = UnitPackage & {
  kind: 'return';
  returnId: string;
  returnedBy: string;
  returnedAt: string;
};

/** A message to show: an i18n key with its parameters. */
/** Params ending in `At` are ISO timestamps, shown in the reader's language where the message is. */
export type MergeMessage = { key: string; params: Record<string, string | number> };

/** A package checked against this register and planned, ready for the controller's choices. */
export type PreparedMerge = {
  status: 'ready';
  /** Read by the strict reader: the merge writes only what came through it. */
  pkg: Verified<ReturnedPackage>;
  plan: MergePlan;
  unitName: string;
  /** Names the package in every audit event of the merge. */
  source: string;
  warnings: MergeMessage[];
};

export type MergePreparation =
  | { status: 'invalid'; problems: PackageProblem[] }
  | ({ status: 'refused' } & MergeMessage)
  | { status: 'alreadyMerged'; mergeId: string; mergedAt: string; mergedBy: string }
  | PreparedMerge;

const refused = (key: string, params: Record<string, string | number> = {}): MergePreparation => ({
  status: 'refused',
  key,
  params,
});

const isReturned = (pkg: UnitPackage): pkg is ReturnedPackage =>
  pkg.kind === 'return' &&
  pkg.returnId !== null &&
  pkg.returnedBy !== null &&
  pkg.returnedAt !== null;

/**
 * The source every merge event names, in Finnish like the files themselves:
 * "Yksikköpaketti Talous 2026, palautus Maija Meikäläinen 15.6.2026 (<returnId>)".
 */
export const mergeSource = (pkg: ReturnedPackage, unitName: string) =>
  `Yksikköpaketti ${unitName} ${pkg.year}, palautus ${pkg.returnedBy} ${formatDate(
    toIsoDate(new Date(pkg.returnedAt)),
  )} (${pkg.returnId})`;

/** Our version of every record the package names (in its base or its records). */
const readOurs = async (db: ValvoDatabase, pkg: UnitPackage): Promise<PackageRecords> => {
  const read = async <T extends PackageTable>(table: T) => {
    const ids = [
      ...new Set([...pkg.base[table], ...pkg.records[table]].map((record) => record.id)),
    ];
    const found = await db.table<PackageRecord, string>(table).bulkGet(ids);
    return found.filter((record) => record !== undefined) as PackageRecords[T];
  };
  return {
    controlActions: await read('controlActions'),
    indicators: await read('indicators'),
    risks: await read('risks'),
    assessments: await read('assessments'),
  };
};

const readTables = (db: ValvoDatabase) => [
  db.settings,
  db.planYears,
  db.units,
  db.unitPackages,
  db.packageMerges,
  db.controlActions,
  db.indicators,
  db.risks,
  db.assessments,
];

/**
 * Reads a returned package and checks it against this register, changing nothing: the file
 * itself (parseUnitPackage), then that it is ours (same organisation), for a year that is not
 * closed, issued here (an `issued` record with its package id) with the very base we issued,
 * and not merged already. A return older than one merged earlier is planned with a warning:
 * the three-way merge then shows the later changes as conflicts instead of undoing them.
 */
export const prepareMerge = async (db: ValvoDatabase, text: string): Promise<MergePreparation> => {
  const parsed = parseUnitPackage(text, {
    knownSchemaVersion: CURRENT_SCHEMA_VERSION,
    expectKind: 'return',
  });
  if (!parsed.ok) return { status: 'invalid', problems: parsed.problems };
  const { pkg } = parsed;
  if (!isReturned(pkg)) return refused('merge.errors.notReturn');
  return db.transaction('r', readTables(db), async () => {
    const organisation = await db.settings.where('key').equals('organisation').first();
    if (!organisation || organisation.deletedAt !== null || organisation.id !== pkg.organisation.id)
      return refused('merge.errors.otherOrganisation', { organisation: pkg.organisation.name });
    const planYear = await db.planYears.where('year').equals(pkg.year).first();
    if (planYear && planYear.deletedAt === null && planYear.status === 'closed')
      return refused('merge.errors.closedYear', { year: pkg.year });
    const issued = await db.unitPackages.get(pkg.packageId);
    if (!issued || issued.role !== 'issued' || issued.deletedAt !== null)
      return refused('merge.errors.notIssued');
    if (
      issued.unitId !== pkg.unitId ||
      issued.year !== pkg.year ||
      issued.baseSha256 !== packageBaseHash(pkg.base)
    )
      return refused('merge.errors.baseMismatch');
    const merged = await db.packageMerges.where('returnId').equals(pkg.returnId).first();
    if (merged)
      return {
        status: 'alreadyMerged',
        mergeId: merged.id,
        mergedAt: merged.mergedAt,
        mergedBy: merged.mergedBy,
      };
    const earlier = await db.packageMerges.where('packageId').equals(pkg.packageId).toArray();
    const newer = earlier
      .filter((merge) => merge.deletedAt === null && merge.returnedAt > pkg.returnedAt)
      .sort((a, b) => (a.returnedAt < b.returnedAt ? 1 : -1))[0];
    const warnings: MergeMessage[] = newer
      ? [
          {
            key: 'merge.warnings.olderReturn',
            params: {
              returnedAt: pkg.returnedAt,
              newerAt: newer.returnedAt,
            },
          },
        ]
      : [];
    const unit = await db.units.get(pkg.unitId);
    const unitName =
      unit?.name ?? pkg.units.find((candidate) => candidate.id === pkg.unitId)?.name ?? '';
    const plan = planMerge({
      base: pkg.base,
      theirs: pkg.records,
      ours: await readOurs(db, pkg),
      scope: { unitId: pkg.unitId, year: pkg.year },
    });
    return {
      status: 'ready',
      pkg,
      plan,
      unitName,
      source: mergeSource(pkg, unitName),
      warnings,
    } satisfies PreparedMerge;
  });
};
