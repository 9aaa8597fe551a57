import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../shared/desktop-api';
import { MAX_DIAGNOSTIC_MESSAGE_LENGTH } from '../../shared/desktop-api';
import { describeError, reportRendererErrors } from './reportRendererErrors';

const recorder = () => {
  const log = vi.fn<DesktopApi['diagnostics']['log']>(async () => ({
    ok: true,
    value: undefined,
  }));
  return { log, diagnostics: { log } };
};

const rejection = (reason: unknown) =>
  Object.assign(new Event('unhandledrejection'), { reason, promise: Promise.resolve() });

describe('reportRendererErrors', () => {
  let stop: () => void = () => {};
  afterEach(() => stop());

  it('sends an uncaught error with its stack and place to the shell log', () => {
    const { log, diagnostics } = recorder();
    stop = reportRendererErrors(window, diagnostics);
    const error = new TypeError('x is undefined');
    window.dispatchEvent(
      new ErrorEvent('error', {
        error,
        message: error.message,
        filename: 'app://valvo/a.js',
        lineno: 3,
        colno: 9,
      }),
    );
    expect(log).toHaveBeenCalledExactlyOnceWith({
      level: 'error',
      message: `Uncaught error (app://valvo/a.js:3:9): ${error.stack}`,
    });
  });

  it('sends an unhandled rejection, whatever was thrown', () => {
    const { log, diagnostics } = recorder();
    stop = reportRendererErrors(window, diagnostics);
    window.dispatchEvent(rejection({ code: 'QUOTA' }));
    window.dispatchEvent(rejection('plain text'));
    expect(log.mock.calls.map(([entry]) => entry.message)).toEqual([
      'Unhandled rejection: {"code":"QUOTA"}',
      'Unhandled rejection: plain text',
    ]);
  });

  it('stops when asked, and a failing log call raises nothing', async () => {
    const log = vi.fn<DesktopApi['diagnostics']['log']>(async () => {
      throw new Error('shell gone');
    });
    stop = reportRendererErrors(window, { log });
    window.dispatchEvent(rejection('first'));
    await Promise.resolve();
    stop();
    window.dispatchEvent(rejection('second'));
    expect(log).toHaveBeenCalledOnce();
  });

  it('keeps a message within what the shell accepts', () => {
    const message = describeError('Unhandled rejection', 'x'.repeat(20_000));
    expect(message).toHaveLength(MAX_DIAGNOSTIC_MESSAGE_LENGTH);
  });
});
