import { format, isValid, parse, parseISO } from 'date-fns';
import { enGB, fi, sv } from 'date-fns/locale';

/**
 * Calendar dates are stored as `yyyy-MM-dd` strings (no time zone can shift them) and parsed
 * at noon local time. "Today" is always passed in, so every rule here is deterministic.
 */
export type IsoDate = string;
/** The languages of the user interface, Finnish first. */
export const LANGUAGE_CODES = ['fi', 'sv', 'en'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FINNISH_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const LOCALES = { fi, sv, en: enGB } as const;

const atNoon = (year: number, month: number, day: number) => new Date(year, month - 1, day, 12);

export const isIsoDate = (value: string): boolean => {
  if (!ISO_DATE.test(value)) return false;
  const parsed = parseISO(value);
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
};

/**
 * Reads a date as a Finnish user types it (d.M.yyyy, leading zeros optional, a trailing dot
 * allowed) or as ISO. Returns null for anything that is not a real calendar date (31.2.2026).
 */
export const parseUserDate = (text: string): IsoDate | null => {
  const trimmed = text.trim().replace(/\.$/, '');
  if (isIsoDate(trimmed)) return trimmed;
  const match = FINNISH_DATE.exec(trimmed);
  if (!match) return null;
  const reference = atNoon(2000, 1, 1);
  const parsed = parse(`${match[1]}.${match[2]}.${match[3]}`, 'd.M.yyyy', reference);
  if (!isValid(parsed)) return null;
  const iso = format(parsed, 'yyyy-MM-dd');
  return isIsoDate(iso) ? iso : null;
};

export const toIsoDate = (date: Date): IsoDate => format(date, 'yyyy-MM-dd');

const fromIso = (iso: IsoDate): Date => {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return atNoon(year, month, day);
};

/** d.M.yyyy in Finnish and Swedish (as written in Finland), dd/MM/yyyy in English. */
export const formatDate = (iso: IsoDate, language: LanguageCode = 'fi'): string =>
  format(fromIso(iso), language === 'en' ? 'dd/MM/yyyy' : 'd.M.yyyy', {
    locale: LOCALES[language],
  });

/** The editable text form of a stored date: always d.M.yyyy, which parseUserDate reads back. */
export const formatDateForInput = (iso: IsoDate): string => format(fromIso(iso), 'd.M.yyyy');

export const formatDateTime = (isoTimestamp: string, language: LanguageCode = 'fi'): string =>
  format(parseISO(isoTimestamp), language === 'en' ? 'dd/MM/yyyy HH:mm' : 'd.M.yyyy HH.mm', {
    locale: LOCALES[language],
  });

export const yearOf = (iso: IsoDate): number => Number(iso.slice(0, 4));

export const isDateInYear = (iso: IsoDate, year: number): boolean => yearOf(iso) === year;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((fromIso(to).getTime() - fromIso(from).getTime()) / 86_400_000);
