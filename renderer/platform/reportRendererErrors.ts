import type { DesktopApi } from '../../shared/desktop-api';
import { MAX_DIAGNOSTIC_MESSAGE_LENGTH } from '../../shared/desktop-api';

type ErrorSource = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/** An error as one message: its stack where it has one (Chromium's starts with the message). */
export const describeError = (heading: string, error: unknown): string => {
  const body =
    error instanceof Error
      ? (error.stack ?? `${error.name}: ${error.message}`)
      : typeof error === 'string'
        ? error
        : (() => {
            try {
              return JSON.stringify(error) ?? String(error);
            } catch {
              return String(error);
            }
          })();
  return `${heading}: ${body}`.slice(0, MAX_DIAGNOSTIC_MESSAGE_LENGTH);
};

/**
 * Sends the window's uncaught errors and unhandled rejections to the shell's log through the
 * one narrow `diagnostics:log` call (in a browser it writes to the console). Returns the
 * function that stops it.
 */
export const reportRendererErrors = (
  target: ErrorSource,
  diagnostics: DesktopApi['diagnostics'],
): (() => void) => {
  const send = (message: string) => {
    // Logging must never raise an error of its own.
    diagnostics.log({ level: 'error', message }).catch(() => undefined);
  };
  const handleError = (event: ErrorEvent) => {
    const where = event.filename ? ` (${event.filename}:${event.lineno}:${event.colno})` : '';
    send(describeError(`Uncaught error${where}`, event.error ?? event.message));
  };
  const handleRejection = (event: PromiseRejectionEvent) =>
    send(describeError('Unhandled rejection', event.reason));
  target.addEventListener('error', handleError);
  target.addEventListener('unhandledrejection', handleRejection);
  return () => {
    target.removeEventListener('error', handleError);
    target.removeEventListener('unhandledrejection', handleRejection);
  };
};
