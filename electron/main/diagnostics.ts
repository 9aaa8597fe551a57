import path from 'node:path';
import type { AppFolders, DiagnosticsLogEntry, FolderKind } from '../../shared/desktop-api';
import { BACKUP_FOLDER_NAME } from './backups';
import { LOG_FOLDER_NAME } from './log';
import type { MainLog } from './log';

/** The three folders the About screen shows, all inside the frozen userData folder. */
export function appFolders(userDataFolder: string): AppFolders {
  return {
    data: userDataFolder,
    backups: path.join(userDataFolder, BACKUP_FOLDER_NAME),
    logs: path.join(userDataFolder, LOG_FOLDER_NAME),
  };
}

export type OpenFolderDeps = {
  folders: AppFolders;
  /** Electron's shell.openPath: resolves to an error message, or '' when it opened. */
  openPath: (folder: string) => Promise<string>;
  /** Creates the folder if missing: there are no backups or logs on a fresh install. */
  makeFolder: (folder: string, options: { recursive: true }) => Promise<unknown>;
};

/**
 * `app:open-folder`: the renderer names a kind and the shell opens its own folder of that kind.
 * No path ever comes from the renderer, so this cannot open (or run) anything else.
 */
export function createOpenFolderHandler(
  deps: OpenFolderDeps,
): (event: unknown, kind: FolderKind) => Promise<void> {
  return async (_event, kind) => {
    // The schema has checked the kind already; an own-property lookup keeps this safe without it.
    if (!Object.hasOwn(deps.folders, kind)) throw new Error('not a folder of the app');
    const folder = deps.folders[kind];
    await deps.makeFolder(folder, { recursive: true });
    const failure = await deps.openPath(folder);
    if (failure !== '') throw new Error(`could not open the ${kind} folder: ${failure}`);
  };
}

/**
 * One log entry per call: control characters are dropped and every later line is indented, so
 * a renderer message (a stack trace, say) cannot pass for an entry of the shell's own.
 */
export function sanitizeRendererMessage(message: string): string {
  return (
    message
      .replace(/\r\n?/g, '\n')
      // Control characters are dropped on purpose; tab and newline stay.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\n/g, '\n    ')
  );
}

export type DiagnosticsLogDeps = {
  log: MainLog;
  now?: () => number;
  /** At most this many renderer messages per window; a loop of errors cannot fill the disk. */
  limit?: number;
  windowMs?: number;
};

export const RENDERER_LOG_LIMIT = 100;
export const RENDERER_LOG_WINDOW_MS = 60_000;

/** `diagnostics:log`: a renderer message into the shell's log file, rate-limited. */
export function createDiagnosticsLogHandler(
  deps: DiagnosticsLogDeps,
): (event: unknown, entry: DiagnosticsLogEntry) => void {
  const now = deps.now ?? Date.now;
  const limit = deps.limit ?? RENDERER_LOG_LIMIT;
  const windowMs = deps.windowMs ?? RENDERER_LOG_WINDOW_MS;
  let windowStart = Number.NEGATIVE_INFINITY;
  let written = 0;
  let dropped = 0;
  return (_event, entry) => {
    const time = now();
    if (time - windowStart >= windowMs) {
      if (dropped > 0) deps.log.warn(`[renderer] ${dropped} messages were not logged (too many)`);
      windowStart = time;
      written = 0;
      dropped = 0;
    }
    if (written >= limit) {
      dropped += 1;
      return;
    }
    written += 1;
    deps.log[entry.level]('[renderer]', sanitizeRendererMessage(entry.message));
  };
}
