import type { MergeCounts } from '../domain/unit-package';
import type { PackageRecords, PackageTable } from './format';
import { PACKAGE_TABLES } from './format';
import type { PackageRecord } from './records';
import { compareText, contentFields, fieldOf, isSameValue } from './records';

export type MergeScope = { unitId: string; year: number };

export type MergeInput = {
  /** The records as issued, from the return package. */
  base: PackageRecords;
  /** The unit's records, from the return package. */
  theirs: PackageRecords;
  /** The register's current version of every record with an id in base or theirs. */
  ours: PackageRecords;
  scope: MergeScope;
};

export type MergeEntryKind =
  'added' | 'theirs' | 'ours' | 'merged' | 'conflict' | 'unchanged' | 'refused';

/** Why a returned record was left untouched; each is an i18n key. */
export const MERGE_REFUSALS = [
  'packages.refused.otherUnit',
  'packages.refused.otherYear',
  'packages.refused.riskOutsideScope',
  'packages.refused.rowOutsideScope',
  'packages.refused.rowChanged',
  'packages.refused.unitChanged',
  'packages.refused.yearChanged',
  'packages.refused.oursOtherUnit',
  'packages.refused.oursOtherYear',
  'packages.refused.purgedHere',
] as const;
export type MergeRefusal = (typeof MERGE_REFUSALS)[number];

/** A field both sides changed to different values; `base` is null when the base lacks the record. */
export type FieldConflict = { field: string; base: unknown; ours: unknown; theirs: unknown };

export type MergeEntry = {
  table: PackageTable;
  id: string;
  kind: MergeEntryKind;
  base: PackageRecord | null;
  ours: PackageRecord | null;
  /** null when the return does not carry the record: their side is then taken as the base. */
  theirs: PackageRecord | null;
  /** Fields only they changed: their value is taken (for a refused record: would have been). */
  theirsFields: string[];
  /** Fields only we changed: our value is kept. */
  oursFields: string[];
  /** Fields both sides changed to the same value. */
  agreedFields: string[];
  conflicts: FieldConflict[];
  reason?: MergeRefusal;
  /** Ours with their non-conflicting changes (conflicts left as ours); null when nothing exists. */
  result: PackageRecord | null;
};

export type MergePlan = { scope: MergeScope; entries: MergeEntry[]; counts: MergeCounts };

type Versions = {
  base: PackageRecord | null;
  ours: PackageRecord | null;
  theirs: PackageRecord | null;
};
type Context = {
  scope: MergeScope;
  scopeRiskIds: ReadonlySet<string>;
  scopeRowIds: ReadonlySet<string>;
};

export class MergeInputError extends Error {
  override readonly name = 'MergeInputError';
}

const indexById = (records: readonly PackageRecord[], what: string) => {
  const byId = new Map<string, PackageRecord>();
  for (const record of records) {
    // Last one wins would depend on the order of the input: a plan must not.
    if (byId.has(record.id)) throw new MergeInputError(`Duplicate id ${record.id} in ${what}`);
    byId.set(record.id, record);
  }
  return byId;
};

/** Risks every known version of which belongs to the scope unit: their assessments are in scope. */
const scopeRiskIds = (input: MergeInput): Set<string> => {
  const all = [...input.base.risks, ...input.theirs.risks, ...input.ours.risks];
  const outside = new Set(
    all.filter((risk) => risk.unitId !== input.scope.unitId).map((r) => r.id),
  );
  return new Set(all.map((risk) => risk.id).filter((id) => !outside.has(id)));
};

/** Rows every known version of which is the scope's unit and year: their indicators are in scope. */
const scopeRowIds = (input: MergeInput): Set<string> => {
  const all = [...input.base.controlActions, ...input.theirs.controlActions];
  all.push(...input.ours.controlActions);
  const { unitId, year } = input.scope;
  const outside = new Set(
    all.filter((row) => row.unitId !== unitId || row.year !== year).map((row) => row.id),
  );
  return new Set(all.map((row) => row.id).filter((id) => !outside.has(id)));
};

const unitIdOf = (record: PackageRecord) => ('unitId' in record ? record.unitId : null);
const yearOf = (record: PackageRecord) => ('year' in record ? record.year : null);
const riskIdOf = (record: PackageRecord) => ('riskId' in record ? record.riskId : null);
const actionIdOf = (record: PackageRecord) => ('actionId' in record ? record.actionId : null);

/** Is the record, as this version has it, inside the scope? Returns the refusal if not. */
const outsideScope = (
  record: PackageRecord,
  context: Context,
  reasons: { unit: MergeRefusal; year: MergeRefusal; risk: MergeRefusal; row: MergeRefusal },
): MergeRefusal | null => {
  const riskId = riskIdOf(record);
  if (riskId !== null) return context.scopeRiskIds.has(riskId) ? null : reasons.risk;
  // An indicator follows its row: one of a row moved elsewhere is no longer the unit's to change.
  const actionId = actionIdOf(record);
  if (actionId !== null && !context.scopeRowIds.has(actionId)) return reasons.row;
  if (unitIdOf(record) !== context.scope.unitId) return reasons.unit;
  const year = yearOf(record);
  return year !== null && year !== context.scope.year ? reasons.year : null;
};

const hasTheirChanges = ({ base, theirs }: Versions) =>
  theirs !== null &&
  (base === null ||
    contentFields(base, theirs).some(
      (field) => !isSameValue(fieldOf(base, field), fieldOf(theirs, field)),
    ));

/** The first reason their change to the record must be left out, or null when it may be merged. */
const refusalOf = (versions: Versions, context: Context): MergeRefusal | null => {
  const { base, ours, theirs } = versions;
  // Only a change of theirs can be refused: a record they left as issued asks for nothing.
  if (theirs === null || !hasTheirChanges(versions)) return null;
  if (base && unitIdOf(base) !== unitIdOf(theirs)) return 'packages.refused.unitChanged';
  if (base && yearOf(base) !== yearOf(theirs)) return 'packages.refused.yearChanged';
  if (base && actionIdOf(base) !== actionIdOf(theirs)) return 'packages.refused.rowChanged';
  const theirScope = outsideScope(theirs, context, {
    unit: 'packages.refused.otherUnit',
    year: 'packages.refused.otherYear',
    risk: 'packages.refused.riskOutsideScope',
    row: 'packages.refused.rowOutsideScope',
  });
  if (theirScope) return theirScope;
  if (ours) {
    const ourScope = outsideScope(ours, context, {
      unit: 'packages.refused.oursOtherUnit',
      year: 'packages.refused.oursOtherYear',
      risk: 'packages.refused.oursOtherUnit',
      row: 'packages.refused.oursOtherUnit',
    });
    if (ourScope) return ourScope;
  } else if (base) return 'packages.refused.purgedHere';
  return null;
};

const kindOf = (entry: Omit<MergeEntry, 'kind' | 'reason'>): MergeEntryKind => {
  if (entry.base === null && entry.ours === null) return 'added';
  if (entry.conflicts.length > 0) return 'conflict';
  if (entry.theirsFields.length > 0) return entry.oursFields.length > 0 ? 'merged' : 'theirs';
  return entry.oursFields.length > 0 ? 'ours' : 'unchanged';
};

/** Ours with their one-sided changes; their record when only they have it; null when none exists. */
const proposedResult = ({ base, ours, theirs }: Versions, theirsFields: readonly string[]) => {
  const start = ours ?? (base === null ? theirs : null);
  if (start === null) return null;
  const result: Record<string, unknown> = { ...start };
  if (ours && theirs) for (const field of theirsFields) result[field] = fieldOf(theirs, field);
  return result as PackageRecord;
};

/**
 * Field by field against the base. With no base every field counts as changed on both sides;
 * a side without the record contributes no change.
 */
const planRecord = (
  table: PackageTable,
  id: string,
  versions: Versions,
  context: Context,
): MergeEntry => {
  const { base, ours } = versions;
  // A record missing from their file is unchanged on their side, never deleted.
  const theirs = versions.theirs ?? base;
  const fields = {
    theirsFields: [] as string[],
    oursFields: [] as string[],
    agreedFields: [] as string[],
  };
  const conflicts: FieldConflict[] = [];
  for (const field of contentFields(base, ours, theirs)) {
    const [was, our, their] = [fieldOf(base, field), fieldOf(ours, field), fieldOf(theirs, field)];
    const hasOurChange = ours !== null && (base === null || !isSameValue(was, our));
    const hasTheirChange = base === null || !isSameValue(was, their);
    if (hasTheirChange && !hasOurChange) fields.theirsFields.push(field);
    else if (hasOurChange && !hasTheirChange) fields.oursFields.push(field);
    else if (!hasOurChange) continue;
    else if (isSameValue(our, their)) fields.agreedFields.push(field);
    else conflicts.push({ field, base: was, ours: our, theirs: their });
  }
  const common = { table, id, ...versions, ...fields };
  const reason = refusalOf(versions, context);
  if (reason) return { ...common, kind: 'refused', reason, conflicts: [], result: ours };
  const entry = { ...common, conflicts, result: proposedResult(versions, fields.theirsFields) };
  return { ...entry, kind: kindOf(entry) };
};

const countsOf = (entries: readonly MergeEntry[]): MergeCounts => {
  const counts: MergeCounts = { added: 0, changed: 0, refused: 0, conflicts: 0, unchanged: 0 };
  for (const { kind } of entries) {
    if (kind === 'added') counts.added += 1;
    else if (kind === 'theirs' || kind === 'merged') counts.changed += 1;
    else if (kind === 'refused') counts.refused += 1;
    else if (kind === 'conflict') counts.conflicts += 1;
    else counts.unchanged += 1;
  }
  return counts;
};

/**
 * Three-way merge of a returned unit package into the register, record by record and field by
 * field against the base the package was issued with. Pure and deterministic: the plan depends
 * on the records, not on their order, and names every record of base or theirs once, sorted by
 * table and id. Nothing is written here; see applyResolutions.
 */
export const planMerge = (input: MergeInput): MergePlan => {
  const context: Context = {
    scope: input.scope,
    scopeRiskIds: scopeRiskIds(input),
    scopeRowIds: scopeRowIds(input),
  };
  const entries: MergeEntry[] = [];
  for (const table of PACKAGE_TABLES) {
    const base = indexById(input.base[table], `base.${table}`);
    const theirs = indexById(input.theirs[table], `theirs.${table}`);
    const ours = indexById(input.ours[table], `ours.${table}`);
    const ids = [...new Set([...base.keys(), ...theirs.keys()])].sort(compareText);
    for (const id of ids) {
      const versions = {
        base: base.get(id) ?? null,
        ours: ours.get(id) ?? null,
        theirs: theirs.get(id) ?? null,
      };
      entries.push(planRecord(table, id, versions, context));
    }
  }
  return { scope: input.scope, entries, counts: countsOf(entries) };
};
