import { z } from 'zod';
import { TEXT_LIMITS } from '../validation';
import { ControlActionSchema } from './control-action';
import { IndicatorSchema } from './indicator';
import { RecordMetaSchema } from './record';
import { AssessmentSchema, RiskSchema } from './risk';

/**
 * A unit package as this database knows it. The controller's side keeps one `issued` record per
 * package sent out (its id is the package id); the unit manager's side keeps one `opened` record
 * for the package being worked on, with the base it was opened from. While an `opened` record
 * exists (not deleted), this Valvo works in that unit's scope only.
 */
/**
 * What a unit package carries and merges: one unit's rows for a year (every table kind), the
 * rows' indicators, its risks and their assessments. Packages of format 1 and the issued records
 * stored before indicators travelled have no `indicators`: they read as none.
 */
export const PackageRecordsSchema = z.object({
  controlActions: z.array(ControlActionSchema),
  indicators: z.array(IndicatorSchema).default([]),
  risks: z.array(RiskSchema),
  assessments: z.array(AssessmentSchema),
});
export type PackageRecords = z.infer<typeof PackageRecordsSchema>;
export type PackageTable = keyof PackageRecords;
/** In this order everywhere: a row before its indicators, a risk before its assessments. */
export const PACKAGE_TABLES: readonly PackageTable[] = [
  'controlActions',
  'indicators',
  'risks',
  'assessments',
];

export const UNIT_PACKAGE_ROLES = ['issued', 'opened'] as const;
export type UnitPackageRole = (typeof UNIT_PACKAGE_ROLES)[number];

export const UnitPackageRecordSchema = RecordMetaSchema.extend({
  role: z.enum(UNIT_PACKAGE_ROLES),
  organisationId: z.uuid(),
  unitId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  issuedTo: z.string().min(1).max(TEXT_LIMITS.person),
  issuedBy: z.string().min(1).max(TEXT_LIMITS.person),
  issuedAt: z.iso.datetime(),
  /** SHA-256 of the package's base records (canonical JSON): a return must carry the same base. */
  baseSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Unit side: the last audit sequence number before the package was opened. */
  openedAfterSeq: z.number().int().min(0).nullable(),
  /**
   * The records as issued (both sides keep them: the unit puts them in its return, the
   * controller checks the return's base against them).
   */
  base: PackageRecordsSchema,
  /** Unit side: when a return package was last written. */
  returnedAt: z.iso.datetime().nullable(),
});
export type UnitPackageRecord = z.infer<typeof UnitPackageRecordSchema>;

export const MergeCountsSchema = z.object({
  added: z.number().int().min(0),
  changed: z.number().int().min(0),
  refused: z.number().int().min(0),
  conflicts: z.number().int().min(0),
  unchanged: z.number().int().min(0),
});
export type MergeCounts = z.infer<typeof MergeCountsSchema>;

/**
 * One merge of a returned package into the register (controller's side). The report is kept so
 * that it can be printed again; the unit's own audit events travel with it as evidence.
 */
export const PackageMergeRecordSchema = RecordMetaSchema.extend({
  packageId: z.uuid(),
  returnId: z.uuid(),
  unitId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  issuedTo: z.string().min(1).max(TEXT_LIMITS.person),
  returnedBy: z.string().min(1).max(TEXT_LIMITS.person),
  returnedAt: z.iso.datetime(),
  mergedBy: z.string().min(1).max(TEXT_LIMITS.person),
  mergedAt: z.iso.datetime(),
  counts: MergeCountsSchema,
  /** The merge report as shown and printed (see shared/packages/merge-report.ts). */
  report: z.unknown(),
  /** The unit's audit events from the package, as evidence of who changed what there. */
  unitAuditEvents: z.array(z.unknown()),
});
export type PackageMergeRecord = z.infer<typeof PackageMergeRecordSchema>;
