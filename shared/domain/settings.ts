import { z } from 'zod';
import { LANGUAGE_CODES } from '../dates';
import { TEXT_LIMITS, validationMessage } from '../validation';
import { StrategyPrioritiesSchema } from './priority';
import { RecordMetaSchema } from './record';
import { RiskCategoriesSchema, RiskMatrixSchema } from './risk-matrix';
import { TableKindsSchema } from './table-kind';

export const ROLES = ['unitManager', 'controller', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export const ProfileSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, validationMessage('validation.required'))
    .max(TEXT_LIMITS.person, validationMessage('validation.tooLong', { max: TEXT_LIMITS.person })),
  role: z.enum(ROLES),
  /** The user interface language; profiles saved before it existed are shown in Finnish. */
  language: z.enum(LANGUAGE_CODES).optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const OrganisationSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, validationMessage('validation.required'))
    .max(TEXT_LIMITS.name, validationMessage('validation.tooLong', { max: TEXT_LIMITS.name })),
  currentYear: z.number().int().min(2000).max(2100),
  isExample: z.boolean(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

/** The §115 statement text a controller edited for a year and scope of the audit committee report. */
export const ReportStatementSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  scopeUnitId: z.uuid(),
  text: z
    .string()
    .trim()
    .max(10_000, validationMessage('validation.tooLong', { max: 10_000 })),
});
export type ReportStatement = z.infer<typeof ReportStatementSchema>;

/** One row per setting key; each carries the common record fields like any other record. */
export const SettingSchema = z.discriminatedUnion('key', [
  RecordMetaSchema.extend({ key: z.literal('profile'), value: ProfileSchema }),
  RecordMetaSchema.extend({ key: z.literal('organisation'), value: OrganisationSchema }),
  RecordMetaSchema.extend({ key: z.literal('riskMatrix'), value: RiskMatrixSchema }),
  RecordMetaSchema.extend({ key: z.literal('riskCategories'), value: RiskCategoriesSchema }),
  RecordMetaSchema.extend({
    key: z.literal('reportStatements'),
    value: z.array(ReportStatementSchema),
  }),
  RecordMetaSchema.extend({ key: z.literal('tableKinds'), value: TableKindsSchema }),
  RecordMetaSchema.extend({
    key: z.literal('strategyPriorities'),
    value: StrategyPrioritiesSchema,
  }),
]);
export type Setting = z.infer<typeof SettingSchema>;
export type SettingKey = Setting['key'];
export type SettingValue<K extends SettingKey> = Extract<Setting, { key: K }>['value'];
