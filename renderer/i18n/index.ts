import type { FormatterModule } from 'i18next';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LanguageCode } from '../../shared/dates';
import { LANGUAGE_CODES } from '../../shared/dates';
import { en } from './en';
import { fi } from './fi';
import { formatNumber } from './locale';
import { sv } from './sv';

export const LANGUAGES: readonly LanguageCode[] = LANGUAGE_CODES;

/**
 * Every number put into a text ({{count}}, {{max}}…) is written the way the language writes
 * numbers; everything else is put in as it is.
 */
const numberFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  // Anything but a number goes back untouched (undefined too, so a missing value stays missing).
  format: (value: unknown, _format, lng) =>
    typeof value === 'number' ? formatNumber(value, lng) : (value as string),
};

/** Starts i18next with the three catalogues bundled (the app is offline); Finnish first. */
export const initI18n = (language: LanguageCode = 'fi') =>
  i18next
    .use(initReactI18next)
    .use(numberFormatter)
    .init({
      resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
      lng: language,
      fallbackLng: 'fi',
      supportedLngs: [...LANGUAGE_CODES],
      // React escapes text itself; double escaping would show &amp; to users.
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
    });

export { i18next };
