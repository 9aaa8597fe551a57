import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LanguageCode } from '../../shared/dates';
import { en } from './en';
import { fi } from './fi';
import { sv } from './sv';

export const LANGUAGES: readonly LanguageCode[] = ['fi', 'sv', 'en'];

/** Starts i18next with the three catalogues bundled (the app is offline); Finnish first. */
export const initI18n = (language: LanguageCode = 'fi') =>
  i18next.use(initReactI18next).init({
    resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
    lng: language,
    fallbackLng: 'fi',
    // React escapes text itself; double escaping would show &amp; to users.
    interpolation: { escapeValue: false },
    returnNull: false,
  });

export { i18next };
