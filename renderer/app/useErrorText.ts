import { useTranslation } from 'react-i18next';
import { parseValidationMessage } from '../../shared/validation';
import { isDomainError } from '../db/domain-error';

const isQuotaError = (error: unknown): boolean => {
  const names = [
    (error as { name?: string })?.name,
    (error as { inner?: { name?: string } })?.inner?.name,
  ];
  return names.includes('QuotaExceededError');
};

/** Turns any error a write can raise into a Finnish sentence for the user. */
export const useErrorText = () => {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (isDomainError(error)) {
      const { key, params } = parseValidationMessage(error.key);
      return t(key, { ...error.params, ...params });
    }
    if (isQuotaError(error)) return t('errors.storageFull');
    const message = error instanceof Error ? error.message : String(error);
    return t('errors.unexpected', { message });
  };
};

/** Translates a zod message key from a form field (e.g. `validation.tooLong?max=200`). */
export const useFieldErrorText = () => {
  const { t } = useTranslation();
  return (message: string | undefined): string | undefined => {
    if (!message) return undefined;
    const { key, params } = parseValidationMessage(message);
    return t(key, params);
  };
};
