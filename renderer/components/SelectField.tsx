import type { Ref, SelectHTMLAttributes } from 'react';
import { useId } from 'react';
import { Alert } from './Alert';

type Props = {
  label: string;
  /** `lang` marks an option written in another language than the page (a language's own name). */
  options: readonly { value: string; label: string; lang?: string }[];
  error?: string | undefined;
  ref?: Ref<HTMLSelectElement>;
} & SelectHTMLAttributes<HTMLSelectElement>;

/** A labelled native select: the most dependable keyboard and screen-reader behaviour there is. */
export const SelectField = ({ label, options, error, ...rest }: Props) => {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={errorId} {...rest}>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <Alert variant="field" id={errorId}>
          {error}
        </Alert>
      )}
    </div>
  );
};
