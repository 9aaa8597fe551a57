import path from 'node:path';
import type { App, MenuItemConstructorOptions, Protocol } from 'electron';
import { APP_ORIGIN, APP_SCHEME, USER_DATA_FOLDER_NAME } from '../../shared/app-identity';
import { IPC_CHANNELS } from '../../shared/desktop-api';
import { BACKUP_FOLDER_NAME, createBackupStore } from './backups';
import type { BackupFs } from './backups';
import { createAppInfoHandler, createSaveAsHandler } from './handlers';
import type { HandlerDeps } from './handlers';
import { secureHandle } from './ipc';
import type { InvokeEvent, IpcRegistrar } from './ipc';
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
  const { app } = deps;
  app.setPath('userData', path.join(app.getPath('appData'), USER_DATA_FOLDER_NAME));
  if (!app.requestSingleInstanceLock()) {
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
    quit: () => app.quit(),
    getTarget: () =>
      mainWindow === null || mainWindow.isDestroyed() ? null : mainWindow.webContents,
  });
  app.on('before-quit', (event) => quitHandshake.onQuitAttempt(event));

  app
    .whenReady()
    .then(() => {
      mainWindow = onReady(deps, quitHandshake);
    })
    .catch((error: unknown) => {
      console.error('[startup] failed', error);
      app.quit();
    });
  return true;
}

function onReady<S, M>(deps: ShellDeps<S, M>, quitHandshake: QuitHandshake): ShellWindow {
  const { app } = deps;
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
  secureHandle(
    deps.ipcMain,
    IPC_CHANNELS.appInfo,
    createAppInfoHandler(deps.handlers),
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

  // userData is final by now (startApp set it first), so backups sit beside the profile.
  const backups = createBackupStore({
    fs: deps.fs,
    folder: path.join(app.getPath('userData'), BACKUP_FOLDER_NAME),
    platform: deps.handlers.platform,
  });
  secureHandle(
    deps.ipcMain,
    IPC_CHANNELS.backupsWrite,
    (_event, request) => backups.write(request),
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
    () => quitHandshake.ready(),
    isTrustedSender,
    origins,
  );

  const window = createWindow(windowDeps, { allowDevTools: !app.isPackaged });
  const { webContents } = window;
  ourContents.add(webContents);
  window.on('closed', () => ourContents.delete(webContents));
  // Closing the window ends the app, so it starts the same handshake as a quit.
  window.on('close', (event) => quitHandshake.onQuitAttempt(event));

  window
    .loadURL(startUrl)
    .catch((error: unknown) => console.error('[startup] could not load', startUrl, error));
  return window;
}
