import { parseUserDate } from '../dates';
import type { Indicator, IndicatorValue } from '../domain/indicator';
import { NUMERIC_TYPES } from '../domain/indicator';
import { TEXT_LIMITS, validationMessage } from '../validation';

export type ParsedValue = { ok: true; value: IndicatorValue } | { ok: false; message: string };

type Measure = Pick<Indicator, 'type' | 'unit' | 'upTo100'>;

const refuse = (key: string, params?: Record<string, string | number>): ParsedValue => ({
  ok: false,
  message: validationMessage(`goals.values.errors.${key}`, params),
});

/** The units a typed figure may carry for each numeric type, besides the indicator's own. */
const TYPE_UNITS: Record<string, readonly string[]> = {
  percentage: ['%', 'prosenttia', 'procent', 'percent'],
  euros: ['€', 'e', 'eur', 'euroa', 'euro', 'euros'],
  number: [],
};

const sameUnit = (a: string, b: string) =>
  a.replace(/\s+/g, '').toLocaleLowerCase('fi') === b.replace(/\s+/g, '').toLocaleLowerCase('fi');

/**
 * A figure as Finns type it: "1 234,5", "1234.5", "−3", "12 %". Spaces (also no-break) group
 * thousands; comma or point is the decimal mark. Returns the number and whatever follows it,
 * which must be the type's or the indicator's unit.
 */
const readFigure = (text: string): { figure: number; rest: string } | null => {
  const match = /^([-−+]?)\s*(\d{1,3}(?:[\s\u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?\s*(.*)$/u.exec(
    text.trim(),
  );
  if (!match) return null;
  const [, sign = '', whole = '', fraction, rest = ''] = match;
  const digits = `${whole.replace(/[\s\u00a0\u202f]/gu, '')}${fraction ? `.${fraction}` : ''}`;
  const figure = Number(digits) * (sign === '-' || sign === '−' ? -1 : 1);
  return Number.isFinite(figure) ? { figure, rest: rest.trim() } : null;
};

const parseNumeric = (measure: Measure, text: string): ParsedValue => {
  const read = readFigure(text);
  if (!read) return refuse('notNumber');
  const { figure, rest } = read;
  if (rest !== '') {
    const allowed = [...(TYPE_UNITS[measure.type] ?? []), measure.unit].filter(Boolean);
    if (!allowed.some((unit) => sameUnit(unit, rest)))
      return measure.unit
        ? refuse('otherUnit', { given: rest, unit: measure.unit })
        : refuse('notNumber');
  }
  if (measure.type === 'percentage' && measure.upTo100 && (figure < 0 || figure > 100))
    return refuse('percentRange');
  return { ok: true, value: figure };
};

const YES = ['kyllä', 'k', 'ja', 'yes', 'y', 'true', 'toteutunut'];
const NO = ['ei', 'e', 'nej', 'no', 'n', 'false'];

/**
 * Reads a baseline, target or actual value typed in a form, by the indicator's type; refuses,
 * with a message key for the field, anything that is not a value of that type.
 */
export const parseIndicatorValue = (measure: Measure, text: string): ParsedValue => {
  const trimmed = text.trim();
  if (trimmed === '') return refuse('empty');
  if (NUMERIC_TYPES.includes(measure.type)) return parseNumeric(measure, trimmed);
  if (measure.type === 'yesNo') {
    const word = trimmed.toLocaleLowerCase('fi');
    if (YES.includes(word)) return { ok: true, value: true };
    if (NO.includes(word)) return { ok: true, value: false };
    return refuse('notYesNo');
  }
  if (measure.type === 'date') {
    const iso = parseUserDate(trimmed);
    return iso ? { ok: true, value: iso } : refuse('notDate');
  }
  if (trimmed.length > TEXT_LIMITS.indicator)
    return {
      ok: false,
      message: validationMessage('validation.tooLong', { max: TEXT_LIMITS.indicator }),
    };
  return { ok: true, value: trimmed };
};
