import type { LanguageCode } from '../../shared/dates';
import { LANGUAGE_CODES } from '../../shared/dates';

/** The BCP 47 locale of each language: Swedish as written in Finland, British English. */
export const LOCALES: Record<LanguageCode, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A language code from i18next (or anywhere else); anything unknown is Finnish. */
export const toLanguage = (value: string | null | undefined): LanguageCode =>
  LANGUAGE_CODES.find((code) => code === value) ?? 'fi';

export const localeOf = (language: string | null | undefined): string =>
  LOCALES[toLanguage(language)];

/**
 * A number as the language writes it: "3,5" in Finnish and Swedish, "3.5" in English. Groups
 * of thousands only from five digits on, so years (2026) stay as they are written.
 */
export const formatNumber = (
  value: number,
  language: string | null | undefined,
  options: Intl.NumberFormatOptions = {},
): string =>
  new Intl.NumberFormat(localeOf(language), { useGrouping: 'min2', ...options }).format(value);

/** A share from 0 to 1 as a whole percentage: "85 %" in Finnish and Swedish, "85%" in English. */
export const formatPercent = (share: number, language: string | null | undefined): string =>
  formatNumber(share, language, { style: 'percent', maximumFractionDigits: 0 });
