import type { InputHTMLAttributes, Ref, TextareaHTMLAttributes } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';

type Common = {
  label: string;
  error?: string | undefined;
  help?: string | undefined;
  isRequired?: boolean;
};

type Props = Common &
  (
    | ({ multiline?: false; ref?: Ref<HTMLInputElement> } & InputHTMLAttributes<HTMLInputElement>)
    | ({
        multiline: true;
        ref?: Ref<HTMLTextAreaElement>;
      } & TextareaHTMLAttributes<HTMLTextAreaElement>)
  );

/**
 * A labelled text input or textarea whose help and error are announced with it. No maxLength:
 * a paste that is too long is kept and explained, never silently cut.
 */
export const TextField = ({ label, error, help, isRequired = false, ...rest }: Props) => {
  const { t } = useTranslation();
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const fieldProps = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': isRequired || undefined,
  };
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {isRequired && <span className="field__required"> ({t('app.required')})</span>}
      </label>
      {rest.multiline ? (
        <textarea rows={3} {...withoutMultiline(rest)} {...fieldProps} />
      ) : (
        <input type="text" {...withoutMultiline(rest)} {...fieldProps} />
      )}
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
      {error && (
        <Alert variant="field" id={errorId}>
          {error}
        </Alert>
      )}
    </div>
  );
};

// eslint-disable-next-line @typescript-eslint/no-unused-vars
const withoutMultiline = <T extends { multiline?: boolean }>({ multiline, ...rest }: T) =>
  rest as Record<string, unknown>;
