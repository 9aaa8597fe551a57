import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../../../shared/audit';
import type { AuditedEntity } from '../../../shared/domain/audit-event';
import type { PackageMergeRecord } from '../../../shared/domain/unit-package';
import type { PackageTable } from '../../../shared/packages/format';
import type { MergeResolutions, MergeWrite } from '../../../shared/packages/merge-apply';
import { MergeResolutionError, applyResolutions } from '../../../shared/packages/merge-apply';
import { buildMergeReport } from '../../../shared/packages/merge-report';
import type { PackageRecord } from '../../../shared/packages/records';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import type { WriteContext } from '../core/writeContext';
import { assertRole } from '../door/rules';
import { writeTransaction } from '../door/writeTransaction';
import type { PreparedMerge } from './prepareMerge';

/** The audit entity each merged table is recorded as. */
export const MERGE_ENTITIES = {
  controlActions: 'controlAction',
  indicators: 'indicator',
  risks: 'risk',
  assessments: 'assessment',
} as const satisfies Record<PackageTable, AuditedEntity>;

export type MergeOutcome = {
  mergeId: string;
  /** Records written; 0 when this return had been merged already (nothing was changed). */
  written: number;
  isRepeat: boolean;
};

export type ApplyMergeOptions = {
  /** The automatic backup; throws to stop the merge before anything is written. */
  backup?: () => Promise<unknown>;
};

const sha256Hex = (value: unknown) => bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));

/** The controller's choices turned into writes; a missing or invalid choice is a Finnish refusal. */
const resolveWrites = (
  prepared: PreparedMerge,
  resolutions: MergeResolutions,
  now: string,
  actor: string,
) => {
  try {
    return applyResolutions(prepared.plan, resolutions, { now, actor }).writes;
  } catch (error) {
    if (error instanceof MergeResolutionError) {
      const [first] = error.problems;
      throw new DomainError(
        error.code === 'unresolved' ? 'merge.errors.unresolved' : 'merge.errors.invalidValue',
        { count: error.problems.length, field: first?.field ?? '' },
      );
    }
    throw error;
  }
};

/** Years whose records the writes touch: the package's year, and an assessment's own date. */
const touchedYears = (year: number, writes: readonly MergeWrite[]) => {
  const years = new Set([year]);
  for (const { after } of writes) if ('date' in after) years.add(Number(after.date.slice(0, 4)));
  return [...years];
};

/**
 * Applies a prepared merge with the controller's resolutions: controllers only; the automatic
 * backup first; then one transaction that checks the year lock, that no record changed since
 * the preview and that this return is not merged yet, writes every changed record with a
 * `merge` audit event naming the package, and stores the merge (report and the unit's own audit
 * events) with its own event. A return merged before writes nothing and returns that merge.
 */
export const applyMerge = async (
  db: ValvoDatabase,
  context: WriteContext,
  prepared: PreparedMerge,
  resolutions: MergeResolutions,
  options: ApplyMergeOptions = {},
): Promise<MergeOutcome> => {
  // Refused before the backup is taken; the door checks the role again.
  assertRole('controller', context);
  const { pkg, plan, source } = prepared;
  const now = context.now().toISOString();
  const writes = resolveWrites(prepared, resolutions, now, context.actor());
  const report = buildMergeReport(plan, resolutions);
  await options.backup?.();
  const tables = ['controlActions', 'indicators', 'risks', 'assessments', 'packageMerges'] as const;
  return writeTransaction(db, context, { rule: 'controller', tables }, async (tx) => {
    const earlier = await db.packageMerges.where('returnId').equals(pkg.returnId).first();
    if (earlier) return { mergeId: earlier.id, written: 0, isRepeat: true };
    await tx.check([{ kind: 'organisation' }]);
    for (const year of touchedYears(pkg.year, writes))
      await tx.check([{ kind: 'organisation', year }]);
    for (const entry of plan.entries) {
      const current = await db.table<PackageRecord, string>(entry.table).get(entry.id);
      if ((current?.rev ?? null) !== (entry.ours?.rev ?? null))
        throw new DomainError('merge.errors.changedSincePreview');
    }
    // The unit's records of the package year: a change withdraws that year's approval.
    const scope = { kind: 'unit', unitId: pkg.unitId, year: pkg.year } as const;
    for (const { table, before, after } of writes) {
      await tx.write(MERGE_ENTITIES[table], [{ before, after, op: 'merge' }] as never, {
        source,
        scope,
      });
    }
    if (writes.length > 0) await tx.check([scope]);
    const merge = await tx.create(
      'packageMerge',
      {
        packageId: pkg.packageId,
        returnId: pkg.returnId,
        unitId: pkg.unitId,
        year: pkg.year,
        issuedTo: pkg.issuedTo,
        returnedBy: pkg.returnedBy,
        returnedAt: pkg.returnedAt,
        mergedBy: context.actor(),
        mergedAt: now,
        counts: plan.counts,
        report,
        unitAuditEvents: pkg.auditEvents,
      },
      { source, op: 'merge', audited: (record) => mergeSummary(record, writes.length) },
    );
    return { mergeId: merge.id, written: writes.length, isRepeat: false };
  });
};

/** The report and the unit's events are pinned by their hashes, not copied into the log. */
const mergeSummary = (merge: PackageMergeRecord, written: number) => {
  const { unitAuditEvents } = merge;
  const summary = Object.fromEntries(
    Object.entries(merge).filter(([key]) => key !== 'report' && key !== 'unitAuditEvents'),
  );
  return {
    ...summary,
    written,
    reportSha256: sha256Hex(merge.report),
    unitAuditEvents: unitAuditEvents.length,
    unitAuditEventsSha256: sha256Hex(unitAuditEvents),
  };
};
