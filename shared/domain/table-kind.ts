import { z } from 'zod';
import { LANGUAGE_CODES } from '../dates';
import type { LanguageCode } from '../dates';
import { TEXT_LIMITS, validationMessage } from '../validation';

/**
 * The kinds of table a budget follows, as Valvo ships them. A city renames them, adds its own,
 * orders and retires them; the built-in ones keep these ids, so rows keep their kind through it.
 */
export const BUILT_IN_TABLE_KINDS = [
  'strategyGoal',
  'otherGoal',
  'productivity',
  'internalControl',
  'companyGoal',
] as const;
export type BuiltInTableKind = (typeof BUILT_IN_TABLE_KINDS)[number];

/** The kind every row had before kinds existed. */
export const INTERNAL_CONTROL_KIND_ID: BuiltInTableKind = 'internalControl';

const requiredLabel = (max: number) =>
  z
    .string()
    .trim()
    .min(1, validationMessage('validation.required'))
    .max(max, validationMessage('validation.tooLong', { max }));

/** A kind's label fields: its name and its three column headings. */
export const TABLE_KIND_LABEL_FIELDS = ['name', 'objective', 'actions', 'indicator'] as const;

/** A kind's name and its three column headings in one language, as the budget prints them. */
export const TableKindLabelsSchema = z.object({
  name: requiredLabel(TEXT_LIMITS.name),
  objective: requiredLabel(TEXT_LIMITS.name),
  actions: requiredLabel(TEXT_LIMITS.name),
  indicator: requiredLabel(TEXT_LIMITS.name),
});
export type TableKindLabels = z.infer<typeof TableKindLabelsSchema>;

export const TableKindSchema = z.object({
  /** A built-in kind's name, or an id made when a controller adds one. */
  id: z.string().min(1).max(40),
  builtIn: z.enum(BUILT_IN_TABLE_KINDS).nullable(),
  labels: z.object({
    fi: TableKindLabelsSchema,
    sv: TableKindLabelsSchema,
    en: TableKindLabelsSchema,
  }),
  /** Rows of the kind sit under one of the plan year's strategy priorities (painopisteet). */
  usesPriorities: z.boolean(),
  /** Retired kinds take no new rows; their rows stay, shown and reported as before. */
  retired: z.boolean(),
});
export type TableKind = z.infer<typeof TableKindSchema>;

/** The organisation's kinds in the order the budget prints its tables. */
export const TableKindsSchema = z
  .array(TableKindSchema)
  .min(1)
  .refine((kinds) => new Set(kinds.map((kind) => kind.id)).size === kinds.length, {
    message: validationMessage('goals.kinds.errors.duplicateId'),
  });

export const labelsOf = (kind: TableKind, language: LanguageCode): TableKindLabels =>
  kind.labels[language];

/** The kinds a new row may take: every kind not retired, in order. */
export const activeKinds = (kinds: readonly TableKind[]) => kinds.filter((kind) => !kind.retired);

/** A kind name is taken when another kind has it in any language, compared case-blind. */
export const kindNameTaken = (
  kinds: readonly TableKind[],
  labels: TableKind['labels'],
  exceptId?: string,
): LanguageCode | null => {
  for (const language of LANGUAGE_CODES) {
    const wanted = labels[language].name.trim().toLocaleLowerCase(language);
    const clash = kinds.some(
      (kind) =>
        kind.id !== exceptId &&
        kind.labels[language].name.trim().toLocaleLowerCase(language) === wanted,
    );
    if (clash) return language;
  }
  return null;
};

/** Moves a kind one place up (-1) or down (+1); the list unchanged at either end. */
export const moveKind = (kinds: readonly TableKind[], id: string, step: -1 | 1): TableKind[] => {
  const from = kinds.findIndex((kind) => kind.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= kinds.length) return [...kinds];
  const moved = [...kinds];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
};
