import { z } from 'zod';
import { TEXT_LIMITS, validationMessage } from '../validation';
import { RecordMetaSchema } from './record';

export const UNIT_KINDS = ['organisation', 'division', 'area', 'costUnit', 'company'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Which kinds may stand directly above each kind in the organisation tree. */
export const ALLOWED_PARENT_KINDS: Record<UnitKind, readonly UnitKind[]> = {
  organisation: [],
  division: ['organisation'],
  area: ['division'],
  costUnit: ['area', 'costUnit'],
  company: ['organisation'],
};

const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, validationMessage('validation.required'))
    .max(max, validationMessage('validation.tooLong', { max }));

const optionalText = (max: number) =>
  z.string().trim().max(max, validationMessage('validation.tooLong', { max }));

/** What a user types in the unit form. */
export const UnitInputSchema = z.object({
  name: requiredText(TEXT_LIMITS.name),
  code: optionalText(TEXT_LIMITS.code),
  accountable: optionalText(TEXT_LIMITS.person),
  manager: optionalText(TEXT_LIMITS.person),
});
export type UnitInput = z.infer<typeof UnitInputSchema>;

export const UnitSchema = RecordMetaSchema.extend({
  ...UnitInputSchema.shape,
  parentId: z.uuid().nullable(),
  kind: z.enum(UNIT_KINDS),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type Unit = z.infer<typeof UnitSchema>;
