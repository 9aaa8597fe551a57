import type { LanguageCode } from '../../../shared/dates';

export type StorageEstimate = { usage: number; quota: number };

const LOCALES: Record<LanguageCode, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const KILOBYTE = 1024;
const MEGABYTE = KILOBYTE * 1024;
const GIGABYTE = MEGABYTE * 1024;

const localeOf = (language: string) => LOCALES[language as LanguageCode] ?? LOCALES.fi;

/** Bytes in the largest unit that keeps the number readable: "1,5 Mt", "12 Gt". */
export const formatBytes = (bytes: number, language: string): string => {
  const [amount, unit] =
    bytes >= GIGABYTE
      ? [bytes / GIGABYTE, 'gigabyte']
      : bytes >= MEGABYTE
        ? [bytes / MEGABYTE, 'megabyte']
        : bytes >= KILOBYTE
          ? [bytes / KILOBYTE, 'kilobyte']
          : [bytes, 'byte'];
  return new Intl.NumberFormat(localeOf(language), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(amount);
};

/** The figures the storage texts interpolate: used, quota, free and the share used. */
export const storageFigures = ({ usage, quota }: StorageEstimate, language: string) => ({
  used: formatBytes(usage, language),
  quota: formatBytes(quota, language),
  available: formatBytes(Math.max(quota - usage, 0), language),
  percent: new Intl.NumberFormat(localeOf(language), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(quota > 0 ? Math.min(usage / quota, 1) : 1),
});
