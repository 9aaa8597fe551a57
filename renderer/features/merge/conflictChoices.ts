import { formatDateForInput, isIsoDate, parseUserDate } from '../../../shared/dates';
import type { PackageTable } from '../../../shared/packages/format';
import type { FieldConflict, MergePlan } from '../../../shared/packages/merge';
import type { MergeResolutions } from '../../../shared/packages/merge-apply';
import { recordKey } from '../../../shared/packages/records';
import type { MergeChoice } from './useMergeText';

/** Free-text fields the controller may rewrite when resolving a conflict. */
const TEXT_FIELDS = new Set([
  'objective',
  'actions',
  'indicator',
  'owner',
  'title',
  'description',
  'cause',
  'consequence',
  'controls',
  'objectiveText',
  'rationale',
  'assessor',
]);
/** Date fields: typed as d.M.yyyy; an empty deadline or review date means "not set". */
const DATE_FIELDS = new Set(['deadline', 'reviewDate', 'date']);
const NULLABLE_DATES = new Set(['deadline', 'reviewDate']);

export type EditKind = 'text' | 'date' | 'none';

/** One conflicting field as the form shows it; `name` is its key in the form's values. */
export type ConflictField = FieldConflict & {
  name: string;
  table: PackageTable;
  id: string;
  edit: EditKind;
};

export type ChoiceValue = { choice: '' | MergeChoice; text: string };
export type ChoiceValues = Record<string, ChoiceValue>;

const editKindOf = (field: string): EditKind =>
  TEXT_FIELDS.has(field) ? 'text' : DATE_FIELDS.has(field) ? 'date' : 'none';

/** Every conflict of the plan, in the plan's order, each with a stable form name. */
export const conflictFields = (plan: MergePlan): ConflictField[] =>
  plan.entries.flatMap((entry) =>
    entry.conflicts.map((conflict) => ({
      ...conflict,
      table: entry.table,
      id: entry.id,
      name: `c${recordKey(entry.table, entry.id).replace(/[^A-Za-z0-9]/g, '')}${conflict.field}`,
      edit: editKindOf(conflict.field),
    })),
  );

const asText = (value: unknown, edit: EditKind) =>
  typeof value !== 'string'
    ? ''
    : edit === 'date' && isIsoDate(value)
      ? formatDateForInput(value)
      : value;

/** Nothing is chosen at first; the edit box starts from their value. */
export const initialChoices = (fields: readonly ConflictField[]): ChoiceValues =>
  Object.fromEntries(
    fields.map((field) => [field.name, { choice: '', text: asText(field.theirs, field.edit) }]),
  );

/** The value an edited text stands for, or undefined when it cannot be one (an unreadable date). */
export const editedValue = (field: ConflictField, text: string): unknown => {
  if (field.edit !== 'date') return text.trim();
  if (text.trim() === '') return NULLABLE_DATES.has(field.field) ? null : undefined;
  return parseUserDate(text) ?? undefined;
};

const isResolved = (field: ConflictField, value: ChoiceValue | undefined) =>
  value !== undefined &&
  value.choice !== '' &&
  (value.choice !== 'edited' || editedValue(field, value.text) !== undefined);

export const unresolvedCount = (fields: readonly ConflictField[], values: ChoiceValues) =>
  fields.filter((field) => !isResolved(field, values[field.name])).length;

/** The form's values as the resolutions applyResolutions takes. */
export const toResolutions = (
  fields: readonly ConflictField[],
  values: ChoiceValues,
): MergeResolutions => {
  const resolutions: MergeResolutions = {};
  for (const field of fields) {
    const value = values[field.name];
    if (!value || !isResolved(field, value)) continue;
    const key = recordKey(field.table, field.id);
    resolutions[key] = {
      ...resolutions[key],
      [field.field]:
        value.choice === 'edited'
          ? { choice: 'edited', value: editedValue(field, value.text) }
          : { choice: value.choice as 'theirs' | 'ours' },
    };
  }
  return resolutions;
};
