import type { PackageTable } from './format';
import type { FieldConflict, MergeEntry, MergePlan } from './merge';
import type { PackageRecord } from './records';
import { PACKAGE_RECORD_SCHEMAS, contentFields, fieldOf, isSameValue, recordKey } from './records';

export type FieldResolution = { choice: 'theirs' | 'ours' | 'edited'; value?: unknown };
/** `${table}:${id}` → field → how the controller resolved that conflict. */
export type MergeResolutions = Record<string, Record<string, FieldResolution>>;
export type MergeWrite = {
  table: PackageTable;
  before: PackageRecord | null;
  after: PackageRecord;
};
export type MergeMeta = { now: string; actor: string };

export type MergeResolutionProblem = { table: PackageTable; id: string; field: string };

/** A plan cannot be applied: a conflict is not resolved, or an edited value does not fit the record. */
export class MergeResolutionError extends Error {
  override readonly name = 'MergeResolutionError';
  readonly code: 'unresolved' | 'invalidValue';
  readonly problems: MergeResolutionProblem[];

  constructor(code: 'unresolved' | 'invalidValue', problems: MergeResolutionProblem[]) {
    super(
      `${code}: ${problems.map(({ table, id, field }) => `${table}:${id}.${field}`).join(', ')}`,
    );
    this.code = code;
    this.problems = problems;
  }
}

/** The resolution of one conflict, or undefined when there is none that can be used. */
export const resolutionOf = (
  resolutions: MergeResolutions,
  entry: Pick<MergeEntry, 'table' | 'id'>,
  field: string,
): FieldResolution | undefined => {
  const resolution = resolutions[recordKey(entry.table, entry.id)]?.[field];
  if (!resolution) return undefined;
  if (resolution.choice === 'edited' && !Object.hasOwn(resolution, 'value')) return undefined;
  return resolution;
};

/** The value a resolved conflict field ends with. */
export const resolvedValue = (conflict: FieldConflict, resolution: FieldResolution): unknown =>
  resolution.choice === 'theirs'
    ? conflict.theirs
    : resolution.choice === 'ours'
      ? conflict.ours
      : resolution.value;

const hasContentChange = (before: PackageRecord, after: PackageRecord) =>
  contentFields(before, after).some(
    (field) => !isSameValue(fieldOf(before, field), fieldOf(after, field)),
  );

/**
 * The writes a plan makes once every conflict is resolved: each record that ends different from
 * ours, stamped with the merge's time and actor and the next rev (an added record keeps the rev
 * it had in the unit). Records that end as they are produce no write, so merging the same return
 * again writes nothing once its conflicts are kept as they now are. One case a second plan cannot
 * see: a conflict edited back to the issued value looks like a field we never changed, so their
 * value would be taken then; the merge record's returnId is what stops a return merging twice.
 * Throws MergeResolutionError and returns no writes if a conflict field is unresolved or a
 * written record would not be valid.
 */
export const applyResolutions = (
  plan: MergePlan,
  resolutions: MergeResolutions,
  meta: MergeMeta,
): { writes: MergeWrite[] } => {
  const unresolved: MergeResolutionProblem[] = [];
  const invalid: MergeResolutionProblem[] = [];
  const writes: MergeWrite[] = [];
  for (const entry of plan.entries) {
    if (entry.kind === 'refused' || entry.result === null) continue;
    const { table, id, ours } = entry;
    const after: Record<string, unknown> = { ...entry.result };
    for (const conflict of entry.conflicts) {
      const resolution = resolutionOf(resolutions, entry, conflict.field);
      if (resolution) after[conflict.field] = resolvedValue(conflict, resolution);
      else unresolved.push({ table, id, field: conflict.field });
    }
    const record = after as PackageRecord;
    if (ours !== null && !hasContentChange(ours, record)) continue;
    Object.assign(after, {
      rev: ours ? ours.rev + 1 : record.rev,
      updatedAt: meta.now,
      updatedBy: meta.actor,
    });
    const parsed = PACKAGE_RECORD_SCHEMAS[table].safeParse(after);
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')));
      for (const field of fields) invalid.push({ table, id, field });
    }
    writes.push({ table, before: ours, after: record });
  }
  if (unresolved.length > 0) throw new MergeResolutionError('unresolved', unresolved);
  if (invalid.length > 0) throw new MergeResolutionError('invalidValue', invalid);
  return { writes };
};
