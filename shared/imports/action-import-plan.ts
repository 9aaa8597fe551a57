import type { ActionFormValues, ActionInput, ControlAction } from '../domain/control-action';
import type { PlanYear } from '../domain/plan-year';
import type { StrategyPriority } from '../domain/priority';
import type { TableKind } from '../domain/table-kind';
import type { Unit } from '../domain/unit';
import type { LanguageCode } from '../dates';
import { formatDateForInput } from '../dates';
import type { Translate } from '../exports/columns';
import type { Verified } from '../files/verified';
import { markVerified } from '../files/verified';
import type { ColumnKey, ImportError } from './import-header';

/**
 * What a data row may change in an existing row: the fields of the row form, its table kind
 * and strategy priority (where the file has those columns).
 */
export const EDITABLE_FIELDS = [
  'objective',
  'actions',
  'indicator',
  'owner',
  'deadline',
  'status',
  'kindId',
  'priorityId',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** The file's column of each field, for the list of changes. */
export const FIELD_COLUMN: Record<EditableField, ColumnKey> = {
  objective: 'objective',
  actions: 'actions',
  indicator: 'indicator',
  owner: 'owner',
  deadline: 'deadline',
  status: 'status',
  kindId: 'kind',
  priorityId: 'priority',
};

/** `sheet`: the XLSX sheet of the row (rows of each table kind are on their own sheet). */
export type PlannedCreate = {
  row: number;
  sheet?: string;
  unitId: string;
  year: number;
  /** As the row form would send them: the repository's create() takes these unchanged. */
  values: ActionFormValues;
};
export type PlannedUpdate = {
  row: number;
  sheet?: string;
  id: string;
  /** The revision the plan was made against: a row changed since then stops the import. */
  rev: number;
  unitId: string;
  year: number;
  values: ActionFormValues;
  changed: EditableField[];
};
export type PlannedUnchanged = { row: number; sheet?: string; id: string };

/** A plan every row of the file passed; the import writes only this. */
export type ValidActionImportPlan = Verified<{
  ok: true;
  /** The workbook's sheets of rows in order (none for a CSV): the order of the lists. */
  sheets?: string[];
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: PlannedUnchanged[];
}>;
export type ActionImportPlan = ValidActionImportPlan | { ok: false; errors: ImportError[] };

/** The register as the import sees it. */
export type ImportState = {
  /** The live units rows may belong to (the import's scope); names are matched exactly. */
  units: readonly Unit[];
  planYears: readonly PlanYear[];
  /** Every row of those units, deleted ones included (so a deleted row's Id is told apart). */
  actions: readonly ControlAction[];
  /** The organisation's table kinds, retired ones included (rows name them in any language). */
  kinds: readonly TableKind[];
  /** Every plan year's strategy priorities (a row names one of its own year's). */
  priorities: readonly StrategyPriority[];
};

export type PlanOptions = {
  /** Translates status keys to the Finnish words of the export. */
  t: Translate;
  /** The reader's language, for the kind names a message lists (Finnish when not given). */
  language?: LanguageCode;
};

/** A checked data row without an Id, waiting to be matched to a row of the register. */
export type Candidate = {
  row: number;
  sheet?: string;
  unitId: string;
  year: number;
  input: ActionInput;
};

/** What the steps of the plan gather, each list in any order. */
export type PlanParts = {
  errors: ImportError[];
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: PlannedUnchanged[];
};

/** A kind or priority the file does not give (undefined) is left as it is, so never a change. */
export const changedFields = (input: ActionInput, action: ControlAction): EditableField[] =>
  EDITABLE_FIELDS.filter((field) => input[field] !== undefined && input[field] !== action[field]);

export const formValues = (input: ActionInput): ActionFormValues => ({
  ...input,
  deadline: input.deadline ? formatDateForInput(input.deadline) : '',
});

type Located = { row: number; sheet?: string };

/**
 * The plan, in the order of the file's sheets and rows: every error (the reader's problems
 * first), or, when there is none, what would be created, changed and left as it is. Only a plan without
 * a single error is Verified, and only a Verified plan can be imported.
 */
export const assemblePlan = (
  problems: readonly ImportError[],
  { errors, creates, updates, unchanged }: PlanParts,
  sheets: readonly (string | undefined)[] = [],
): ActionImportPlan => {
  // Sheet by sheet in the workbook's order, then by row.
  const byRow = <T extends Located>(items: T[]) =>
    items.sort((a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) || a.row - b.row);
  if (problems.length > 0 || errors.length > 0) {
    return { ok: false, errors: byRow([...problems, ...errors]) };
  }
  const named = sheets.filter((sheet): sheet is string => sheet !== undefined);
  return markVerified({
    ok: true,
    ...(named.length > 0 ? { sheets: named } : {}),
    creates: byRow(creates),
    updates: byRow(updates),
    unchanged: byRow(unchanged),
  });
};
