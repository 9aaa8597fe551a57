import path from 'node:path';

/** userData/logs: beside the data, so "open the logs folder" and a support visit find it. */
export const LOG_FOLDER_NAME = 'logs';
export const LOG_FILE_NAME = 'main.log';
/** Past this the file is renamed to main.old.log and a new one started: at most about 10 MB. */
export const LOG_MAX_BYTES = 5 * 1024 * 1024;

export type LogLevel = 'error' | 'warn' | 'info';

/** What the shell writes with; electron-log's logger fits, and tests pass a recording fake. */
export type MainLog = Record<LogLevel, (...params: unknown[]) => void>;

type TransportLevel = { level: string | false };

/**
 * The parts of electron-log's Node logger the setup changes. The Node logger is used rather
 * than `electron-log/main`: that one registers its own IPC channels for a renderer bridge,
 * which would bypass secureHandle.
 */
export type FileLogger = MainLog & {
  transports: {
    file: TransportLevel & {
      maxSize: number;
      resolvePathFn: (variables: never, message?: never) => string;
    };
    ipc?: TransportLevel | null;
    remote?: TransportLevel | null;
  };
};

/** Points the logger at userData/logs/main.log with size rotation; returns the file's path. */
export function configureFileLog(logger: FileLogger, userDataFolder: string): string {
  const filePath = path.join(userDataFolder, LOG_FOLDER_NAME, LOG_FILE_NAME);
  const { transports } = logger;
  transports.file.resolvePathFn = () => filePath;
  transports.file.maxSize = LOG_MAX_BYTES;
  transports.file.level = 'info';
  // Nothing leaves the machine and nothing is sent to a window.
  if (transports.ipc) transports.ipc.level = false;
  if (transports.remote) transports.remote.level = false;
  return filePath;
}

type ConsoleTarget = Record<LogLevel | 'log', (...params: unknown[]) => void>;

/**
 * Sends the main process's console to the log file too, so the modules that write to the
 * console (the IPC wrapper's refusals and failures among them) end up where IT support looks.
 * electron-log's console transport keeps the original console methods, so this cannot loop.
 */
export function routeConsoleToLog(target: ConsoleTarget, log: MainLog): void {
  target.error = (...params) => log.error(...params);
  target.warn = (...params) => log.warn(...params);
  target.info = (...params) => log.info(...params);
  target.log = (...params) => log.info(...params);
}

export type ErrorEventSource = {
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
};

/**
 * Writes an uncaught error or an unhandled rejection of the main process to the log. With a
 * listener Electron no longer shows its own error box; it did not quit on these either.
 */
export function logUncaughtErrors(source: ErrorEventSource, log: MainLog): void {
  source.on('uncaughtException', (error) => log.error('[main] uncaught exception', error));
  source.on('unhandledRejection', (reason) => log.error('[main] unhandled rejection', reason));
}
