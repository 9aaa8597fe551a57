import type { ReactNode } from 'react';

/** The warning sign before a message: for the eye only, as the words say it all. */
export const WarningSign = () => <span aria-hidden="true">⚠ </span>;

type Variant = 'error' | 'warning' | 'info' | 'field';

const CLASS_NAMES: Record<Variant, string> = {
  error: 'alert alert--error',
  warning: 'alert alert--warning',
  info: 'alert alert--info',
  field: 'field__error',
};

type Props = {
  /** `field`: the error under one input, named by it through `id`. */
  variant?: Variant;
  /**
   * `alert` is announced at once (a refusal, a failed write); `status` politely. None where a
   * live region around it announces it already, or the message is there from the start.
   */
  role?: 'alert' | 'status';
  id?: string;
  className?: string;
  children: ReactNode;
};

/** A message in words with a sign, never colour alone. Errors and warnings get the ⚠. */
export const Alert = ({ variant = 'error', role, id, className, children }: Props) => (
  <p
    id={id}
    className={className ? `${CLASS_NAMES[variant]} ${className}` : CLASS_NAMES[variant]}
    role={role}
  >
    {variant !== 'info' && <WarningSign />}
    {children}
  </p>
);
