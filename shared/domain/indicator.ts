import { z } from 'zod';
import { TEXT_LIMITS, validationMessage } from '../validation';
import { RecordMetaSchema } from './record';

/** How an indicator (mittari) is measured. */
export const INDICATOR_TYPES = ['number', 'percentage', 'euros', 'yesNo', 'date', 'text'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

/** Types whose values compare with a target, so a judgement can be suggested. */
export const MEASURABLE_TYPES: readonly IndicatorType[] = [
  'number',
  'percentage',
  'euros',
  'yesNo',
  'date',
];
export const NUMERIC_TYPES: readonly IndicatorType[] = ['number', 'percentage', 'euros'];

/** The realisation judgement of an indicator, and of a goal row. */
export const JUDGEMENTS = ['met', 'partlyMet', 'notMet', 'notAssessable'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];

/** A number, yes/no, an ISO date or a text, as the indicator's type says. */
export const IndicatorValueSchema = z.union([
  z.number().finite(),
  z.boolean(),
  z.string().max(TEXT_LIMITS.indicator),
]);
export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;

/** One actual value, as entered during the year. */
export const IndicatorReadingSchema = z.object({
  id: z.uuid(),
  /** The date the value describes (yyyy-MM-dd). */
  date: z.iso.date(),
  value: IndicatorValueSchema,
  by: z.string().min(1).max(TEXT_LIMITS.person),
  at: z.iso.datetime(),
});
export type IndicatorReading = z.infer<typeof IndicatorReadingSchema>;

const fitsType = (type: IndicatorType, value: IndicatorValue) => {
  if (NUMERIC_TYPES.includes(type)) return typeof value === 'number';
  if (type === 'yesNo') return typeof value === 'boolean';
  if (type === 'date') return typeof value === 'string' && z.iso.date().safeParse(value).success;
  return typeof value === 'string';
};

export const IndicatorSchema = RecordMetaSchema.extend({
  actionId: z.uuid(),
  unitId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  /** The measure as the budget prints it. */
  text: z.string().min(1).max(TEXT_LIMITS.indicator),
  type: z.enum(INDICATOR_TYPES),
  /** Unit of measure as printed ('kpl', '€/asukas'); empty when none. */
  unit: z.string().max(40),
  /** A percentage that is a share of a whole, so never over 100. */
  upTo100: z.boolean(),
  baseline: IndicatorValueSchema.nullable(),
  target: IndicatorValueSchema.nullable(),
  /** Whether more is better; null where the direction is not stated (numbers only). */
  higherIsBetter: z.boolean().nullable(),
  values: z.array(IndicatorReadingSchema),
  judgement: z.enum(JUDGEMENTS).nullable(),
  sortOrder: z.number().int(),
}).superRefine((indicator, context) => {
  const check = (value: IndicatorValue | null, path: string) => {
    if (value !== null && !fitsType(indicator.type, value))
      context.addIssue({
        code: 'custom',
        path: [path],
        message: validationMessage('goals.indicators.errors.wrongType'),
      });
  };
  check(indicator.baseline, 'baseline');
  check(indicator.target, 'target');
  indicator.values.forEach((reading) => check(reading.value, 'values'));
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** A person's judgement of a goal row in place of the rule's, with the reason written out. */
export const JudgementOverrideSchema = z.object({
  judgement: z.enum(JUDGEMENTS),
  reason: z
    .string()
    .trim()
    .min(1, validationMessage('validation.required'))
    .max(
      TEXT_LIMITS.outcome,
      validationMessage('validation.tooLong', { max: TEXT_LIMITS.outcome }),
    ),
  by: z.string().min(1).max(TEXT_LIMITS.person),
  at: z.iso.datetime(),
});
export type JudgementOverride = z.infer<typeof JudgementOverrideSchema>;
