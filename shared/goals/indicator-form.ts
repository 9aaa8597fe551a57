import { z } from 'zod';
import { parseUserDate } from '../dates';
import type { Indicator, IndicatorValue } from '../domain/indicator';
import { INDICATOR_TYPES, NUMERIC_TYPES } from '../domain/indicator';
import { TEXT_LIMITS, validationMessage } from '../validation';
import { parseIndicatorValue } from './indicator-values';

const tooLong = (max: number) => validationMessage('validation.tooLong', { max });

const DIRECTIONS = ['higher', 'lower', ''] as const;

/**
 * The indicator form as typed: baseline and target are text until they parse as the type says
 * (an empty one is none). Direction is asked for figures only.
 */
export const indicatorInputSchema = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, validationMessage('validation.required'))
      .max(TEXT_LIMITS.indicator, tooLong(TEXT_LIMITS.indicator)),
    type: z.enum(INDICATOR_TYPES),
    unit: z.string().trim().max(40, tooLong(40)),
    upTo100: z.boolean(),
    baseline: z.string().max(TEXT_LIMITS.indicator, tooLong(TEXT_LIMITS.indicator)),
    target: z.string().max(TEXT_LIMITS.indicator, tooLong(TEXT_LIMITS.indicator)),
    direction: z.enum(DIRECTIONS),
  })
  .transform((input, context) => {
    const measure = { type: input.type, unit: input.unit, upTo100: input.upTo100 };
    const valueOf = (field: 'baseline' | 'target'): IndicatorValue | null => {
      if (input[field].trim() === '') return null;
      const parsed = parseIndicatorValue(measure, input[field]);
      if (parsed.ok) return parsed.value;
      context.addIssue({ code: 'custom', path: [field], message: parsed.message });
      return null;
    };
    const baseline = valueOf('baseline');
    const target = valueOf('target');
    const numeric = NUMERIC_TYPES.includes(input.type);
    return {
      text: input.text,
      type: input.type,
      unit: input.unit,
      upTo100: input.type === 'percentage' && input.upTo100,
      baseline,
      target,
      higherIsBetter: numeric && input.direction !== '' ? input.direction === 'higher' : null,
    };
  });
export type IndicatorFormValues = z.input<typeof indicatorInputSchema>;
export type IndicatorInput = z.output<typeof indicatorInputSchema>;

/** An actual value as typed: the date it describes (d.M.yyyy) and the value, read by type. */
export const readingInputSchema = (measure: Pick<Indicator, 'type' | 'unit' | 'upTo100'>) =>
  z.object({ date: z.string().trim(), value: z.string() }).transform((input, context) => {
    const date = parseUserDate(input.date);
    if (!date)
      context.addIssue({
        code: 'custom',
        path: ['date'],
        message: validationMessage('validation.invalidDate'),
      });
    const parsed = parseIndicatorValue(measure, input.value);
    if (!parsed.ok) context.addIssue({ code: 'custom', path: ['value'], message: parsed.message });
    if (!date || !parsed.ok) return z.NEVER;
    return { date, value: parsed.value };
  });
export type ReadingFormValues = z.input<ReturnType<typeof readingInputSchema>>;

/**
 * The form's text for a stored value, as parseIndicatorValue reads it back: figures with a
 * decimal comma, dates as d.M.yyyy, yes/no as the form's choice values 'true' and 'false'.
 */
export const formatIndicatorValue = (
  type: Indicator['type'],
  value: IndicatorValue | null,
): string => {
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return String(value);
  if (type === 'date') {
    const [year, month, day] = value.split('-');
    return `${Number(day)}.${Number(month)}.${year}`;
  }
  return value;
};
