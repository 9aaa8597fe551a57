import { z } from 'zod';
import { MergeCountsSchema } from '../domain/unit-package';
import { PACKAGE_TABLES } from './format';
import type { MergeResolutions } from './merge-apply';
import { resolutionOf, resolvedValue } from './merge-apply';
import type { MergeEntry, MergePlan } from './merge';
import { MERGE_REFUSALS } from './merge';
import type { PackageRecord } from './records';
import { fieldOf } from './records';

const RecordSummarySchema = z.object({
  table: z.enum(PACKAGE_TABLES as ['controlActions', 'indicators', 'risks', 'assessments']),
  id: z.string(),
  /**
   * What a reader recognises the record by: a row's objective, an indicator's text, a risk's
   * title, an assessment's date.
   */
  label: z.string(),
  /** For an assessment, the title of its risk; for an indicator, its row's objective; else null. */
  context: z.string().nullable(),
  isDeleted: z.boolean(),
});
export type MergeRecordSummary = z.infer<typeof RecordSummarySchema>;

const ChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type MergeReportChange = z.infer<typeof ChangeSchema>;

const ConflictFieldSchema = z.object({
  field: z.string(),
  base: z.unknown(),
  ours: z.unknown(),
  theirs: z.unknown(),
  /** null while the controller has not chosen. */
  choice: z.enum(['theirs', 'ours', 'edited']).nullable(),
  value: z.unknown(),
});
export type MergeReportConflictField = z.infer<typeof ConflictFieldSchema>;

/** The merge report as stored with the merge and printed: JSON through and through. */
export const MergeReportSchema = z.object({
  version: z.literal(1),
  scope: z.object({ unitId: z.string(), year: z.number().int() }),
  counts: MergeCountsSchema,
  added: z.array(RecordSummarySchema),
  /** Records where their changes were taken; `changes` are those fields, ours → theirs. */
  changed: z.array(RecordSummarySchema.extend({ changes: z.array(ChangeSchema) })),
  /** Records both sides changed: how each conflict field ended, and their other changes taken. */
  conflicts: z.array(
    RecordSummarySchema.extend({
      fields: z.array(ConflictFieldSchema),
      changes: z.array(ChangeSchema),
    }),
  ),
  /** Records left untouched, with the reason and the fields they changed in the unit. */
  refused: z.array(
    RecordSummarySchema.extend({ reason: z.enum(MERGE_REFUSALS), fields: z.array(z.string()) }),
  ),
});
export type MergeReport = z.infer<typeof MergeReportSchema>;

/** undefined is not JSON: a missing value is reported as null. */
const json = (value: unknown) => (value === undefined ? null : value);

const labelOf = (record: PackageRecord | null): string => {
  if (record === null) return '';
  if ('objective' in record) return record.objective;
  if ('title' in record) return record.title;
  if ('text' in record) return record.text;
  return record.date;
};

const shownVersion = (entry: MergeEntry) =>
  entry.result ?? entry.theirs ?? entry.ours ?? entry.base;

/** The id of the record an assessment or an indicator belongs to, which names it in the report. */
const ownerIdOf = (record: PackageRecord | null): string | null => {
  if (record && 'riskId' in record) return record.riskId;
  if (record && 'actionId' in record) return record.actionId;
  return null;
};

const summaryOf = (entry: MergeEntry, ownerLabels: ReadonlyMap<string, string>) => {
  const record = shownVersion(entry);
  const ownerId = ownerIdOf(record);
  return {
    table: entry.table,
    id: entry.id,
    label: labelOf(record),
    context: ownerId === null ? null : (ownerLabels.get(ownerId) ?? null),
    isDeleted: record?.deletedAt != null,
  } satisfies MergeRecordSummary;
};

const theirChanges = (entry: MergeEntry): MergeReportChange[] =>
  entry.theirsFields.map((field) => ({
    field,
    before: json(fieldOf(entry.ours, field)),
    after: json(fieldOf(entry.theirs, field)),
  }));

/**
 * What a merge did, for the controller to review, keep and print: records added, changed (with
 * each field taken from the unit), in conflict (with how each field was resolved, or not yet),
 * and refused (with the reason). Records that stay as they are appear only in the counts.
 */
export const buildMergeReport = (plan: MergePlan, resolutions: MergeResolutions): MergeReport => {
  const ownerLabels = new Map(
    plan.entries
      .filter((entry) => entry.table === 'risks' || entry.table === 'controlActions')
      .map((entry) => [entry.id, labelOf(shownVersion(entry))]),
  );
  const report: MergeReport = {
    version: 1,
    scope: { ...plan.scope },
    counts: { ...plan.counts },
    added: [],
    changed: [],
    conflicts: [],
    refused: [],
  };
  for (const entry of plan.entries) {
    const summary = summaryOf(entry, ownerLabels);
    if (entry.kind === 'added') report.added.push(summary);
    else if (entry.kind === 'theirs' || entry.kind === 'merged')
      report.changed.push({ ...summary, changes: theirChanges(entry) });
    else if (entry.kind === 'refused' && entry.reason)
      report.refused.push({ ...summary, reason: entry.reason, fields: [...entry.theirsFields] });
    else if (entry.kind === 'conflict') {
      const fields = entry.conflicts.map((conflict) => {
        const resolution = resolutionOf(resolutions, entry, conflict.field);
        return {
          field: conflict.field,
          base: json(conflict.base),
          ours: json(conflict.ours),
          theirs: json(conflict.theirs),
          choice: resolution?.choice ?? null,
          value: resolution ? json(resolvedValue(conflict, resolution)) : null,
        };
      });
      report.conflicts.push({ ...summary, fields, changes: theirChanges(entry) });
    }
  }
  return report;
};
