/** A form- or screen-level error, announced when it appears. Text and an icon, never colour alone. */
export const ErrorAlert = ({ message }: { message: string | null }) =>
  message ? (
    <p className="alert alert--error" role="alert">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  ) : null;
