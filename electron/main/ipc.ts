import type { z } from 'zod';
import { IPC_ARGUMENT_SCHEMAS } from '../../shared/desktop-api';
import type { IpcChannel, IpcResult } from '../../shared/desktop-api';
import { APP_ORIGIN } from '../../shared/app-identity';
import { isUrlFromOrigins } from './navigation';

/** The parts of an invoke event the wrapper reads; Electron's IpcMainInvokeEvent fits. */
export type InvokeEvent = {
  readonly sender: unknown;
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
};

export type IpcRegistrar<E extends InvokeEvent> = {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
};

export type ChannelArgs<C extends IpcChannel> = z.output<(typeof IPC_ARGUMENT_SCHEMAS)[C]>;

export type ChannelHandler<C extends IpcChannel, E, R> = (
  event: E,
  ...args: ChannelArgs<C>
) => R | Promise<R>;

/** Codes only: the renderer learns that a call failed, never how the main process looks inside. */
export type IpcErrorCode = 'forbidden' | 'invalid-arguments' | 'failed';

/**
 * Only the top frame of one of our own windows, showing our own origin, may call the shell.
 * A null frame (navigated away or destroyed) and any iframe are refused.
 */
export function isTrustedFrame<E extends InvokeEvent>(
  event: E,
  isTrustedSender: (event: E) => boolean,
  origins: readonly string[],
): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return false;
  return isUrlFromOrigins(frame.url, origins) && isTrustedSender(event);
}

/**
 * The one way to register an IPC handler (an ESLint rule forbids ipcMain.handle elsewhere).
 * The handler only ever sees arguments that passed the channel's zod schema, and whatever
 * it does, the renderer receives an IpcResult instead of a rejected promise.
 */
export function secureHandle<C extends IpcChannel, E extends InvokeEvent, R>(
  ipcMain: IpcRegistrar<E>,
  channel: C,
  handler: ChannelHandler<C, E, R>,
  isTrustedSender: (event: E) => boolean,
  origins: readonly string[] = [APP_ORIGIN],
): void {
  const schema = IPC_ARGUMENT_SCHEMAS[channel];
  ipcMain.handle(channel, async (event, ...args): Promise<IpcResult<R>> => {
    if (!isTrustedFrame(event, isTrustedSender, origins)) {
      console.warn(`[ipc] ${channel}: refused a call from an untrusted sender`);
      return { ok: false, error: 'forbidden' satisfies IpcErrorCode };
    }
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      console.warn(`[ipc] ${channel}: refused invalid arguments`);
      return { ok: false, error: 'invalid-arguments' satisfies IpcErrorCode };
    }
    try {
      // The schema of channel C parses to ChannelArgs<C>; TS cannot follow that through the index.
      const value = await handler(event, ...(parsed.data as ChannelArgs<C>));
      return { ok: true, value };
    } catch (error) {
      console.error(`[ipc] ${channel} failed`, error);
      return { ok: false, error: 'failed' satisfies IpcErrorCode };
    }
  });
}
