import { useTranslation } from 'react-i18next';
import { parseValidationMessage } from '../../../shared/validation';
import { useFieldErrorText } from '../../hooks/useErrorText';

/** An array's own error (label count, duplicate band) sits at `root` once its items are fields. */
export const groupMessage = (error: unknown): string | undefined => {
  const value = error as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = value?.root?.message ?? value?.message;
  return typeof message === 'string' ? message : undefined;
};

/**
 * The matrix form's field messages in the user's language. Zod's own messages (a number left
 * empty, say) are English; anything not a key gets a fallback.
 */
export const useMatrixFieldError = () => {
  const { t, i18n } = useTranslation();
  const translateField = useFieldErrorText();
  return (message: string | undefined, fallback = t('errors.invalidInput')) =>
    message && !i18n.exists(parseValidationMessage(message).key)
      ? fallback
      : translateField(message);
};
