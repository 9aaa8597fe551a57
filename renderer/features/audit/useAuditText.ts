import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import type { AuditText } from './auditFormat';

/** The catalogue lookups the formatters need, in the current language. */
export const useAuditText = (names: ReadonlyMap<string, string> | undefined): AuditText => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  return useMemo(() => {
    const has = (key: string) =>
      typeof i18n.getResource(language, 'translation', key) === 'string' ||
      typeof i18n.getResource('fi', 'translation', key) === 'string';
    return {
      text: (key: string, values?: Record<string, unknown>) =>
        has(key) ? String(t(key, values ?? {})) : null,
      language,
      names: names ?? new Map<string, string>(),
    };
  }, [t, i18n, language, names]);
};
