import type { PreventableEvent } from './navigation';

/**
 * main → renderer: the app is about to quit. The preload listens for it (its own copy of the
 * name, pinned equal by a test), runs the renderer's quit callback and answers on
 * IPC_CHANNELS.appQuitReady.
 */
export const BEFORE_QUIT_CHANNEL = 'app:before-quit';

/** The longest the shell waits for the renderer's quit backup before quitting anyway. */
export const QUIT_TIMEOUT_MS = 15_000;

/** The main window's webContents, as far as the handshake needs it. */
export type QuitTarget = { send(channel: string): void };

export type QuitHandshakeDeps = {
  quit: () => void;
  /** The main window's contents, or null when there is none (or it is destroyed). */
  getTarget: () => QuitTarget | null;
  timeoutMs?: number;
  log?: Pick<Console, 'warn' | 'error'>;
};

export type QuitHandshake = {
  /** For app `before-quit` and the main window's `close`: holds the quit until the renderer is done. */
  onQuitAttempt(event: PreventableEvent): void;
  /** The renderer answered; quits if a handshake is running, and ignores the call otherwise. */
  ready(): void;
  readonly state: 'idle' | 'waiting' | 'done';
};

/**
 * Gives the renderer one chance to take its quit backup. The first quit attempt (menu, Cmd+Q,
 * or closing the window, which also ends the app) is held, the renderer is told, and the app
 * quits when it answers or after the timeout, whichever comes first. After that every attempt
 * passes, so the quit this handshake starts cannot be held again: no loop.
 */
export function createQuitHandshake(deps: QuitHandshakeDeps): QuitHandshake {
  const timeoutMs = deps.timeoutMs ?? QUIT_TIMEOUT_MS;
  const log = deps.log ?? console;
  let state: QuitHandshake['state'] = 'idle';
  let timer: ReturnType<typeof setTimeout> | undefined;

  function finish(): void {
    if (state === 'done') return;
    state = 'done';
    clearTimeout(timer);
    deps.quit();
  }

  return {
    get state() {
      return state;
    },

    onQuitAttempt(event) {
      if (state === 'done') return;
      if (state === 'waiting') {
        // A second Cmd+Q while the backup runs: keep waiting, the timeout still bounds it.
        event.preventDefault();
        return;
      }
      const target = deps.getTarget();
      if (target === null) {
        state = 'done';
        return;
      }
      try {
        target.send(BEFORE_QUIT_CHANNEL);
      } catch (error) {
        log.error('[quit] could not tell the window; quitting without a quit backup', error);
        state = 'done';
        return;
      }
      event.preventDefault();
      state = 'waiting';
      timer = setTimeout(() => {
        log.warn(`[quit] the window did not answer in ${timeoutMs} ms; quitting`);
        finish();
      }, timeoutMs);
    },

    ready() {
      if (state === 'waiting') finish();
    },
  };
}
