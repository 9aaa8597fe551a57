import path from 'node:path';
import type { App, MenuItemConstructorOptions, Protocol } from 'electron';
import { APP_ORIGIN, APP_SCHEME, USER_DATA_FOLDER_NAME } from '../../shared/app-identity';
import { IPC_CHANNELS } from '../../shared/desktop-api';
import { createBackupStore } from './backups';
import type { BackupFs } from './backups';
import { appFolders, createDiagnosticsLogHandler, createOpenFolderHandler } from './diagnostics';
import { createAppInfoHandler, createSaveAsHandler } from './handlers';
import type { HandlerDeps } from './handlers';
import { secureHandle } from './ipc';
import type { InvokeEvent, IpcRegistrar } from './ipc';
import { configureFileLog } from './log';
import type { FileLogger, MainLog } from './log';
import { buildMenuTemplate } from './menu';
import { isUrlFromOrigins, trustedOrigins } from './navigation';
import type { PreventableEvent } from './navigation';
import { denyAllPermissions } from './permissions';
import type { PermissionSession } from './permissions';
import { createSavePdfHandler } from './print-to-pdf';
import type { PrintableWindow } from './print-to-pdf';
import { APP_SCHEME_PRIVILEGES, createProtocolHandler } from './protocol';
import { createQuitHandshake } from './quit';
import type { QuitHandshake } from './quit';
import { SESSION_PARTITION, createWindow } from './window';
import type { WindowConstructor, WindowDeps } from './window';

export type ShellSession = PermissionSession & { protocol: Pick<Protocol, 'handle'> };

/** The main window also holds its close for the quit handshake and receives its message. */
export type ShellWindow = PrintableWindow & {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  webContents: { send(channel: string): void };
};

/** Everything startApp takes from Electron and Node, so tests can pass fakes. */
export type ShellDeps<S, M> = {
  app: Pick<App, 'setPath' | 'getPath' | 'requestSingleInstanceLock' | 'quit' | 'whenReady'> & {
    readonly isPackaged: boolean;
    on(event: 'second-instance', listener: () => void): unknown;
    on(event: 'window-all-closed', listener: () => void): unknown;
    on(event: 'before-quit', listener: (event: PreventableEvent) => void): unknown;
  };
  protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>;
  session: {
    readonly defaultSession: ShellSession;
    fromPartition(partition: string): ShellSession;
  };
  ipcMain: IpcRegistrar<InvokeEvent & { readonly sender: S }>;
  Menu: {
    buildFromTemplate(template: MenuItemConstructorOptions[]): M;
    setApplicationMenu(menu: M | null): void;
  };
  BrowserWindow: WindowConstructor<ShellWindow>;
  handlers: HandlerDeps<S>;
  /** `node:fs/promises`, for the backup store in userData/backups. */
  fs: BackupFs;
  shell: { openPath(path: string): Promise<string> };
  /** electron-log's Node logger: startApp points it at userData/logs once userData is final. */
  log: FileLogger;
  env: Readonly<Record<string, string | undefined>>;
  /** Directory of the built main bundle (out/main); preload and renderer sit beside it. */
  mainDir: string;
};

/**
 * Runs synchronously at startup. Returns false when another instance owns the data and this
 * one is quitting. The order matters and is pinned by tests:
 * 1. userData first: IndexedDB and the single-instance lock both live in that folder, so the
 *    lock must be taken on the final, frozen path.
 * 2. The lock before any window or storage access: two instances would corrupt IndexedDB.
 * 3. Privileged schemes before `ready`, as Electron requires.
 */
export function startApp<S, M>(deps: ShellDeps<S, M>): boolean {
  const { app, log } = deps;
  app.setPath('userData', path.join(app.getPath('appData'), USER_DATA_FOLDER_NAME));
  configureFileLog(log, app.getPath('userData'));
  log.info(
    `[startup] Valvo ${deps.handlers.getVersion()} (Electron ${deps.handlers.versions.electron ?? '?'}, ${deps.handlers.platform}, packaged: ${app.isPackaged})`,
  );
  if (!app.requestSingleInstanceLock()) {
    log.info('[startup] another Valvo holds the data; quitting');
    app.quit();
    return false;
  }
  deps.protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  let mainWindow: ShellWindow | null = null;
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // One window holds the data; closing it ends the app on every platform.
  app.on('window-all-closed', () => app.quit());
  // The renderer takes a quit backup first: held once, released by its answer or a timeout.
  const quitHandshake = createQuitHandshake({
    quit: () => {
      log.info('[quit] quitting');
      app.quit();
    },
    getTarget: () =>
      mainWindow === null || mainWindow.isDestroyed() ? null : mainWindow.webContents,
    log,
  });
  app.on('before-quit', (event) => onQuitAttempt(log, quitHandshake, event));

  app
    .whenReady()
    .then(() => {
      mainWindow = onReady(deps, quitHandshake);
    })
    .catch((error: unknown) => {
      log.error('[startup] failed', error);
      app.quit();
    });
  return true;
}

function onReady<S, M>(deps: ShellDeps<S, M>, quitHandshake: QuitHandshake): ShellWindow {
  const { app, log } = deps;
  const devServerUrl = app.isPackaged ? undefined : deps.env.ELECTRON_RENDERER_URL;
  const origins = trustedOrigins(app.isPackaged, devServerUrl);
  const isAllowedUrl = (url: string) => isUrlFromOrigins(url, origins);

  const appSession = deps.session.fromPartition(SESSION_PARTITION);
  denyAllPermissions(deps.session.defaultSession);
  denyAllPermissions(appSession);
  // protocol.handle on the `protocol` module covers only the default session.
  appSession.protocol.handle(
    APP_SCHEME,
    createProtocolHandler({ rootDir: path.join(deps.mainDir, '../renderer') }),
  );

  deps.Menu.setApplicationMenu(
    deps.Menu.buildFromTemplate(buildMenuTemplate({ isPackaged: app.isPackaged })),
  );

  // The main window and the hidden print windows share these, so their preferences cannot drift.
  const windowDeps: WindowDeps<ShellWindow> = {
    BrowserWindow: deps.BrowserWindow,
    preloadPath: path.join(deps.mainDir, '../preload/index.cjs'),
    isAllowedUrl,
  };
  const startUrl =
    devServerUrl !== undefined && origins.length > 1 ? devServerUrl : `${APP_ORIGIN}/index.html`;

  // Only the main window may call the shell; a hidden print window never joins this set.
  const ourContents = new Set<unknown>();
  const isTrustedSender = (event: { readonly sender: unknown }) => ourContents.has(event.sender);
  // userData is final by now (startApp set it first), so backups and logs sit beside the profile.
  const folders = appFolders(app.getPath('userData'));
  secureHandle(
    deps.ipcMain,
    IPC_CHANNELS.appInfo,
    createAppInfoHandler(deps.handlers, folders),
    isTrustedSender,
    origins,
  );
  secureHandle(
    deps.ipcMain,
    IPC_CHANNELS.filesSaveAs,
    createSaveAsHandler(deps.handlers),
    isTrustedSender,
    origins,
  );
  secureHandle(
    deps.ipcMain,
    IPC_CHANNELS.reportsSavePdf,
    createSavePdfHandler({
      showSaveDialog: deps.handlers.showSaveDialog,
      writeFile: deps.handlers.writeFile,
      window: windowDeps,
      allowDevTools: !app.isPackaged,
      // The print window reads IndexedDB, so it must load the origin the main window uses.
      pageUrl: startUrl,
    }),
    isTrustedSender,
    origins,
  );

  const backups = createBackupStore({
    fs: deps.fs,
    folder: folders.backups,
    platform: deps.handlers.platform,
    log,
  });
  secureHandle(
    deps.ipcMain,
    IPC_CHANNELS.backupsWrite,
    (_event, request) => logBackupWrite(log, request.reason, backups.write(request)),
    isTrustedSender,
    origins,
  );
  secureHandle(
    deps.ipcMain,
    IPC_CHANNELS.backupsList,
    () => backups.list(),
    isTrustedSender,
    origins,
  );
  secureHandle(
    deps.ipcMain,
    IPC_CHANNELS.backupsRead,
    (_event, fileName) => backups.read(fileName),
    isTrustedSender,
    origins,
  );
  secureHandle(
    deps.ipcMain,
    IPC_CHANNELS.appQuitReady,
    () => {
      log.info('[quit] the window has finished its quit backup');
      quitHandshake.ready();
    },
    isTrustedSender,
    origins,
  );
  secureHandle(
    deps.ipcMain,
    IPC_CHANNELS.appOpenFolder,
    createOpenFolderHandler({
      folders,
      openPath: (folder) => deps.shell.openPath(folder),
      makeFolder: (folder, options) => deps.fs.mkdir(folder, options),
    }),
    isTrustedSender,
    origins,
  );
  secureHandle(
    deps.ipcMain,
    IPC_CHANNELS.diagnosticsLog,
    createDiagnosticsLogHandler({ log }),
    isTrustedSender,
    origins,
  );

  const window = createWindow(windowDeps, { allowDevTools: !app.isPackaged });
  log.info(`[window] main window created; loading ${startUrl}`);
  const { webContents } = window;
  ourContents.add(webContents);
  window.on('closed', () => ourContents.delete(webContents));
  // Closing the window ends the app, so it starts the same handshake as a quit.
  window.on('close', (event) => onQuitAttempt(log, quitHandshake, event));

  window
    .loadURL(startUrl)
    .catch((error: unknown) => log.error('[startup] could not load', startUrl, error));
  return window;
}

function onQuitAttempt(log: MainLog, quitHandshake: QuitHandshake, event: PreventableEvent) {
  if (quitHandshake.state === 'idle') log.info('[quit] asked to quit');
  quitHandshake.onQuitAttempt(event);
  if (quitHandshake.state === 'waiting') log.info('[quit] waiting for the quit backup');
}

/** Each backup written, and each failure, goes in the log: the first thing support asks for. */
async function logBackupWrite<T extends { fileName: string; verified: boolean }>(
  log: MainLog,
  reason: string,
  write: Promise<T>,
): Promise<T> {
  try {
    const info = await write;
    log.info(`[backups] wrote ${info.fileName} (${reason}, verified: ${info.verified})`);
    return info;
  } catch (error) {
    log.error(`[backups] a ${reason} backup failed`, error);
    throw error;
  }
}
