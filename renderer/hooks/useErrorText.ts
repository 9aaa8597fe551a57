import { useTranslation } from 'react-i18next';
import { parseValidationMessage } from '../../shared/validation';
import { isDomainError } from '../data/core/domainError';
import { useStorageHealth } from './storageHealthContext';

/**
 * Turns any error a write can raise into a Finnish sentence for the user. Call it where the
 * failure is caught: a write that ran out of storage is also reported to StorageHealthProvider,
 * which opens the blocking "not saved" dialog over the form (the form stays open and keeps its input).
 */
export const useErrorText = () => {
  const { t } = useTranslation();
  const storage = useStorageHealth();
  return (error: unknown): string => {
    if (isDomainError(error)) {
      const { key, params } = parseValidationMessage(error.key);
      return t(key, { ...error.params, ...params });
    }
    if (storage.report(error)) return t('errors.storageFull');
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
