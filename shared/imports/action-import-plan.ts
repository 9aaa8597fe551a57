import type { ActionFormValues, ActionInput, ControlAction } from '../domain/control-action';
import type { PlanYear } from '../domain/plan-year';
import type { Unit } from '../domain/unit';
import { formatDateForInput } from '../dates';
import type { Translate } from '../exports/columns';
import type { Verified } from '../files/verified';
import { markVerified } from '../files/verified';
import type { ImportError } from './import-header';

/** What a data row may change in an existing row: the fields of the row form. */
export const EDITABLE_FIELDS = [
  'objective',
  'actions',
  'indicator',
  'owner',
  'deadline',
  'status',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export type PlannedCreate = {
  row: number;
  unitId: string;
  year: number;
  /** As the row form would send them: the repository's create() takes these unchanged. */
  values: ActionFormValues;
};
export type PlannedUpdate = {
  row: number;
  id: string;
  /** The revision the plan was made against: a row changed since then stops the import. */
  rev: number;
  unitId: string;
  year: number;
  values: ActionFormValues;
  changed: EditableField[];
};
export type PlannedUnchanged = { row: number; id: string };

/** A plan every row of the file passed; the import writes only this. */
export type ValidActionImportPlan = Verified<{
  ok: true;
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
};

export type PlanOptions = {
  /** Translates status keys to the Finnish words of the export. */
  t: Translate;
};

/** A checked data row without an Id, waiting to be matched to a row of the register. */
export type Candidate = { row: number; unitId: string; year: number; input: ActionInput };

/** What the steps of the plan gather, each list in any order. */
export type PlanParts = {
  errors: ImportError[];
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: PlannedUnchanged[];
};

export const changedFields = (input: ActionInput, action: ControlAction): EditableField[] =>
  EDITABLE_FIELDS.filter((field) => input[field] !== action[field]);

export const formValues = (input: ActionInput): ActionFormValues => ({
  ...input,
  deadline: input.deadline ? formatDateForInput(input.deadline) : '',
});

const byRow = <T extends { row: number }>(items: T[]) => items.sort((a, b) => a.row - b.row);

/**
 * The plan, in the order of the file's rows: every error (the reader's problems first), or,
 * when there is none, what would be created, changed and left as it is. Only a plan without
 * a single error is Verified, and only a Verified plan can be imported.
 */
export const assemblePlan = (
  problems: readonly ImportError[],
  { errors, creates, updates, unchanged }: PlanParts,
): ActionImportPlan => {
  if (problems.length > 0 || errors.length > 0) {
    return { ok: false, errors: byRow([...problems, ...errors]) };
  }
  return markVerified({
    ok: true,
    creates: byRow(creates),
    updates: byRow(updates),
    unchanged: byRow(unchanged),
  });
};
