import { Alert } from './Alert';

/** A form- or screen-level error, announced when it appears; nothing while there is none. */
export const ErrorAlert = ({ message }: { message: string | null }) =>
  message ? <Alert role="alert">{message}</Alert> : null;
