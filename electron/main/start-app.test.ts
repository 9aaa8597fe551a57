import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupDocument, serializeBackup } from '../../shared/backup/format';
import { LATEST_SCHEMA_VERSION } from '../../shared/backup/versions';
import { IPC_CHANNELS } from '../../shared/desktop-api';
import { PRINT_INFO_READ } from '../../shared/print/print-document';
import type { BackupFs } from './backups';
import type { InvokeEvent } from './ipc';
import type { FileLogger } from './log';
import { LOG_MAX_BYTES } from './log';
import { APP_SCHEME_PRIVILEGES } from './protocol';
import { BEFORE_QUIT_CHANNEL, QUIT_TIMEOUT_MS } from './quit';
import { startApp } from './start-app';
import type { ShellDeps, ShellSession } from './start-app';
import { makePdf } from './test-pdfs';

const PRINTED = Buffer.from(await makePdf());
const PRINT_INFO = {
  title: 'Raportti',
  author: 'Kemijärven kaupunki',
  subject: '',
  language: 'fi-FI',
  contents: [],
};

type Listener = (...args: unknown[]) => unknown;

/** Fake Electron: every call lands in one ordered log, so tests can assert what ran before what. */
/** Tests that do not write backups must not touch a disk: every call fails loudly. */
const noFs: BackupFs = new Proxy({} as BackupFs, {
  get: (_target, name) => () => Promise.reject(new Error(`no fs in this test (${String(name)})`)),
});

function fakeElectron(
  options: {
    hasLock?: boolean;
    isPackaged?: boolean;
    env?: Record<string, string>;
    appData?: string;
    fs?: BackupFs;
  } = {},
) {
  const log: string[] = [];
  const appListeners = new Map<string, Listener>();
  const ipcListeners = new Map<
    string,
    (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>
  >();
  const windows: FakeWindow[] = [];
  const paths = new Map<string, string>([['appData', options.appData ?? '/home/maija/.config']]);
  let ready: () => void = () => {};

  class FakeWindow {
    readonly listeners = new Map<string, Listener>();
    readonly webContents = {
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      // The print route's ready flag, and what it says about itself (no contents list).
      executeJavaScript: vi.fn(async (code: string) =>
        code === PRINT_INFO_READ ? JSON.stringify(PRINT_INFO) : true,
      ),
      printToPDF: vi.fn(async () => PRINTED),
      send: vi.fn((channel: string) => void log.push(`send ${channel}`)),
    };
    loadURL = vi.fn(async (url: string) => void log.push(`loadURL ${url}`));
    isMinimized = vi.fn(() => true);
    restore = vi.fn();
    focus = vi.fn();
    show = vi.fn();
    on = vi.fn((event: string, listener: Listener) => this.listeners.set(event, listener));
    once = vi.fn();
    destroyed = false;
    destroy = vi.fn(() => void (this.destroyed = true));
    isDestroyed = vi.fn(() => this.destroyed);
    constructor(readonly options: BrowserWindowConstructorOptions) {
      log.push('new BrowserWindow');
      windows.push(this);
    }
  }

  const fakeSession = (name: string) =>
    ({
      setPermissionRequestHandler: vi.fn(
        () => void log.push(`${name}.setPermissionRequestHandler`),
      ),
      setPermissionCheckHandler: vi.fn(() => void log.push(`${name}.setPermissionCheckHandler`)),
      protocol: {
        handle: vi.fn((scheme: string) => void log.push(`${name}.protocol.handle ${scheme}`)),
      },
    }) satisfies ShellSession;
  const defaultSession = fakeSession('defaultSession');
  const partitionSession = fakeSession('partition');
  const logged: string[] = [];
  const record =
    (level: string) =>
    (...params: unknown[]) =>
      void logged.push(`${level} ${params.map(String).join(' ')}`);
  const logger = {
    info: vi.fn(record('info')),
    warn: vi.fn(record('warn')),
    error: vi.fn(record('error')),
    transports: {
      file: {
        level: 'silly' as string | false,
        maxSize: 1024 * 1024,
        resolvePathFn: (() =>
          '/default/electron-log.log') as FileLogger['transports']['file']['resolvePathFn'],
      },
      ipc: { level: 'silly' as string | false },
      remote: { level: 'info' as string | false },
    },
  } satisfies FileLogger;

  const deps = {
    app: {
      isPackaged: options.isPackaged ?? true,
      getPath: vi.fn((name: string) => paths.get(name) ?? `/unexpected/${name}`),
      setPath: vi.fn((name: string, value: string) => {
        log.push(`setPath ${name} ${value}`);
        paths.set(name, value);
      }),
      requestSingleInstanceLock: vi.fn(
        () => (log.push('requestSingleInstanceLock'), options.hasLock ?? true),
      ),
      quit: vi.fn(() => void log.push('quit')),
      whenReady: vi.fn(
        () => (log.push('whenReady'), new Promise<void>((resolve) => (ready = resolve))),
      ),
      on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => void log.push('registerSchemesAsPrivileged')),
    },
    session: {
      defaultSession,
      fromPartition: vi.fn(
        (partition: string) => (log.push(`fromPartition ${partition}`), partitionSession),
      ),
    },
    ipcMain: {
      handle: vi.fn((channel: string, listener) => void ipcListeners.set(channel, listener)),
    },
    Menu: {
      buildFromTemplate: vi.fn(() => 'menu'),
      setApplicationMenu: vi.fn(() => void log.push('setApplicationMenu')),
    },
    BrowserWindow: FakeWindow,
    handlers: {
      getVersion: () => '0.1.0',
      versions: {},
      platform: 'linux',
      arch: 'x64',
      osVersion: 'Linux 6.1.0',
      getLocale: () => 'fi',
      showSaveDialog: vi.fn(),
      writeFile: vi.fn(),
    },
    fs: options.fs ?? noFs,
    shell: { openPath: vi.fn(async (_folder: string) => '') },
    log: logger,
    env: options.env ?? {},
    mainDir: '/opt/Valvo/resources/app.asar/out/main',
  } satisfies ShellDeps<unknown, string>;

  const fireReady = () => ready();
  const becomeReady = async () => {
    ready();
    await vi.waitFor(() => expect(windows).toHaveLength(1));
  };
  return { deps, log, logged, appListeners, ipcListeners, windows, fireReady, becomeReady };
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('startApp before ready', () => {
  it('pins userData to the frozen folder before taking the lock and before whenReady', () => {
    const { deps, log } = fakeElectron();
    expect(startApp(deps)).toBe(true);
    expect(deps.app.setPath).toHaveBeenCalledExactlyOnceWith(
      'userData',
      path.join('/home/maija/.config', 'Valvo'),
    );
    expect(log.slice(0, 4)).toEqual([
      `setPath userData ${path.join('/home/maija/.config', 'Valvo')}`,
      'requestSingleInstanceLock',
      'registerSchemesAsPrivileged',
      'whenReady',
    ]);
    expect(deps.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
  });

  it('quits without a window, a scheme or a ready handler when another instance holds the lock', async () => {
    const { deps, log, windows } = fakeElectron({ hasLock: false });
    expect(startApp(deps)).toBe(false);
    await Promise.resolve();
    expect(log).toEqual([
      `setPath userData ${path.join('/home/maija/.config', 'Valvo')}`,
      'requestSingleInstanceLock',
      'quit',
    ]);
    expect(windows).toHaveLength(0);
    expect(deps.app.whenReady).not.toHaveBeenCalled();
  });
});

describe('startApp on ready', () => {
  it('denies permissions and serves app:// on the window partition before the first window', async () => {
    const { deps, log, becomeReady } = fakeElectron();
    startApp(deps);
    await becomeReady();
    const firstWindow = log.indexOf('new BrowserWindow');
    for (const step of [
      'fromPartition persist:valvo',
      'defaultSession.setPermissionRequestHandler',
      'defaultSession.setPermissionCheckHandler',
      'partition.setPermissionRequestHandler',
      'partition.setPermissionCheckHandler',
      'partition.protocol.handle app',
      'setApplicationMenu',
    ]) {
      expect(log.indexOf(step), step).toBeGreaterThan(-1);
      expect(log.indexOf(step), step).toBeLessThan(firstWindow);
    }
  });

  it('opens one hardened window on the app origin, with preload and renderer beside main', async () => {
    const { deps, windows, becomeReady } = fakeElectron();
    startApp(deps);
    await becomeReady();
    expect(windows[0]?.options.webPreferences).toMatchObject({
      preload: '/opt/Valvo/resources/app.asar/out/preload/index.cjs',
      partition: 'persist:valvo',
      sandbox: true,
      contextIsolation: true,
      devTools: false,
    });
    expect(windows[0]?.loadURL).toHaveBeenCalledExactlyOnceWith('app://valvo/index.html');
  });

  it('ignores a dev server URL in a packaged build, uses a loopback one when unpackaged', async () => {
    const packaged = fakeElectron({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' } });
    startApp(packaged.deps);
    await packaged.becomeReady();
    expect(packaged.windows[0]?.loadURL).toHaveBeenCalledWith('app://valvo/index.html');

    const dev = fakeElectron({
      isPackaged: false,
      env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' },
    });
    startApp(dev.deps);
    await dev.becomeReady();
    expect(dev.windows[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    expect(dev.windows[0]?.options.webPreferences?.devTools).toBe(true);

    const remote = fakeElectron({
      isPackaged: false,
      env: { ELECTRON_RENDERER_URL: 'https://evil.example' },
    });
    startApp(remote.deps);
    await remote.becomeReady();
    expect(remote.windows[0]?.loadURL).toHaveBeenCalledWith('app://valvo/index.html');
  });

  it('registers every channel, answering only our window', async () => {
    const { deps, ipcListeners, windows, becomeReady } = fakeElectron();
    startApp(deps);
    await becomeReady();
    expect([...ipcListeners.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());

    const info = ipcListeners.get(IPC_CHANNELS.appInfo);
    const frame = { url: 'app://valvo/index.html', parent: null };
    expect(await info?.({ sender: windows[0]?.webContents, senderFrame: frame })).toMatchObject({
      ok: true,
    });
    expect(await info?.({ sender: { other: true }, senderFrame: frame })).toEqual({
      ok: false,
      error: 'forbidden',
    });

    windows[0]?.listeners.get('closed')?.();
    expect(await info?.({ sender: windows[0]?.webContents, senderFrame: frame })).toEqual({
      ok: false,
      error: 'forbidden',
    });
  });

  it('renders reports:save-pdf in a hidden window like the main one, which may not call the shell', async () => {
    const { deps, ipcListeners, windows, becomeReady } = fakeElectron();
    deps.handlers.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: '/home/maija/raportti.pdf',
    });
    startApp(deps);
    await becomeReady();
    const savePdf = ipcListeners.get(IPC_CHANNELS.reportsSavePdf);
    const frame = { url: 'app://valvo/index.html', parent: null };
    const request = { route: '/print/audit?year=2026', suggestedName: 'raportti.pdf' };

    const main = windows[0];
    expect(await savePdf?.({ sender: main?.webContents, senderFrame: frame }, request)).toEqual({
      ok: true,
      value: { saved: true, fileName: 'raportti.pdf' },
    });
    const hidden = windows[1];
    expect(windows).toHaveLength(2);
    expect(hidden?.options).toStrictEqual(main?.options);
    expect(hidden?.loadURL).toHaveBeenCalledExactlyOnceWith(
      'app://valvo/index.html#/print/audit?year=2026',
    );
    expect(hidden?.destroy).toHaveBeenCalledOnce();
    expect(deps.handlers.showSaveDialog).toHaveBeenCalledWith(main?.webContents, expect.anything());
    expect(deps.handlers.writeFile).toHaveBeenCalledWith(
      '/home/maija/raportti.pdf',
      expect.any(Uint8Array),
    );

    // The print page runs the same preload, but its calls are refused.
    expect(await savePdf?.({ sender: hidden?.webContents, senderFrame: frame }, request)).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(windows).toHaveLength(2);
  });

  it('prints from the dev server origin when the main window uses it (IndexedDB is per origin)', async () => {
    const dev = fakeElectron({
      isPackaged: false,
      env: { ELECTRON_RENDERER_URL: 'http://localhost:5173' },
    });
    dev.deps.handlers.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    startApp(dev.deps);
    await dev.becomeReady();
    const frame = { url: 'http://localhost:5173/', parent: null };
    await dev.ipcListeners.get(IPC_CHANNELS.reportsSavePdf)?.(
      { sender: dev.windows[0]?.webContents, senderFrame: frame },
      { route: '/print/risks', suggestedName: 'riskit.pdf' },
    );
    expect(dev.windows[1]?.loadURL).toHaveBeenCalledWith('http://localhost:5173#/print/risks');
    expect(dev.windows[1]?.options.webPreferences?.devTools).toBe(true);
  });

  it('writes, lists and reads backups in userData/backups, for our window only', async () => {
    const appData = await fs.mkdtemp(path.join(os.tmpdir(), 'valvo-shell-'));
    try {
      const { deps, logged, ipcListeners, windows, becomeReady } = fakeElectron({ appData, fs });
      startApp(deps);
      await becomeReady();
      const frame = { url: 'app://valvo/index.html', parent: null };
      const ours = { sender: windows[0]?.webContents, senderFrame: frame };
      const call = (channel: string, ...args: unknown[]) =>
        ipcListeners.get(channel)?.(ours, ...args);
      const content = serializeBackup(
        createBackupDocument(
          {
            schemaVersion: LATEST_SCHEMA_VERSION,
            appVersion: '0.1.0',
            createdAt: '2026-03-01T10:00:00.000Z',
            organisation: 'Kemijärven kaupunki',
            auditChainHead: null,
          },
          {
            units: [],
            planYears: [],
            controlActions: [],
            risks: [],
            assessments: [],
            settings: [],
            unitReviews: [],
            unitPackages: [],
            packageMerges: [],
            indicators: [],
            auditEvents: [],
          },
        ),
      );

      const written = (await call(IPC_CHANNELS.backupsWrite, { reason: 'manual', content })) as {
        ok: true;
        value: { fileName: string; verified: boolean };
      };
      expect(written).toMatchObject({ ok: true, value: { verified: true, reason: 'manual' } });
      expect(logged).toContain(
        `info [backups] wrote ${written.value.fileName} (manual, verified: true)`,
      );
      const folder = path.join(appData, 'Valvo', 'backups');
      expect(await fs.readdir(folder)).toContain(written.value.fileName);
      expect(await call(IPC_CHANNELS.backupsList)).toMatchObject({
        ok: true,
        value: [{ fileName: written.value.fileName, verified: true }],
      });
      expect(await call(IPC_CHANNELS.backupsRead, written.value.fileName)).toEqual({
        ok: true,
        value: content,
      });
      expect(await call(IPC_CHANNELS.backupsRead, '../../Preferences')).toEqual({
        ok: false,
        error: 'invalid-arguments',
      });
      expect(
        await ipcListeners.get(IPC_CHANNELS.backupsList)?.({ sender: {}, senderFrame: frame }),
      ).toEqual({ ok: false, error: 'forbidden' });
    } finally {
      await fs.rm(appData, { recursive: true, force: true });
    }
  });

  it('holds the first quit until the window has taken its quit backup, then quits once', async () => {
    const { deps, appListeners, ipcListeners, windows, becomeReady } = fakeElectron();
    startApp(deps);
    await becomeReady();
    const frame = { url: 'app://valvo/index.html', parent: null };
    const quitReady = ipcListeners.get(IPC_CHANNELS.appQuitReady);

    const first = { preventDefault: vi.fn() };
    appListeners.get('before-quit')?.(first);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    expect(windows[0]?.webContents.send).toHaveBeenCalledExactlyOnceWith(BEFORE_QUIT_CHANNEL);
    expect(deps.app.quit).not.toHaveBeenCalled();

    // Another page cannot release the quit; our window's answer does.
    expect(await quitReady?.({ sender: {}, senderFrame: frame })).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(deps.app.quit).not.toHaveBeenCalled();
    expect(await quitReady?.({ sender: windows[0]?.webContents, senderFrame: frame })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(deps.app.quit).toHaveBeenCalledOnce();

    // The quit that answer started passes: no second message, no loop.
    const second = { preventDefault: vi.fn() };
    appListeners.get('before-quit')?.(second);
    windows[0]?.listeners.get('close')?.(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(windows[0]?.webContents.send).toHaveBeenCalledOnce();
    await quitReady?.({ sender: windows[0]?.webContents, senderFrame: frame });
    expect(deps.app.quit).toHaveBeenCalledOnce();
  });

  it('closing the window starts the same handshake, and quits after the timeout unanswered', async () => {
    const { deps, appListeners, windows, becomeReady } = fakeElectron();
    startApp(deps);
    await becomeReady();
    vi.useFakeTimers();
    try {
      const close = { preventDefault: vi.fn() };
      windows[0]?.listeners.get('close')?.(close);
      expect(close.preventDefault).toHaveBeenCalledOnce();
      expect(windows[0]?.webContents.send).toHaveBeenCalledExactlyOnceWith(BEFORE_QUIT_CHANNEL);

      // A quit attempt meanwhile is held too, without a second message.
      const again = { preventDefault: vi.fn() };
      appListeners.get('before-quit')?.(again);
      expect(again.preventDefault).toHaveBeenCalledOnce();
      expect(windows[0]?.webContents.send).toHaveBeenCalledOnce();

      vi.advanceTimersByTime(QUIT_TIMEOUT_MS - 1);
      expect(deps.app.quit).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(deps.app.quit).toHaveBeenCalledOnce();
      const after = { preventDefault: vi.fn() };
      appListeners.get('before-quit')?.(after);
      expect(after.preventDefault).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets a quit before the window exists pass straight through', () => {
    const { deps, appListeners } = fakeElectron();
    startApp(deps);
    const event = { preventDefault: vi.fn() };
    appListeners.get('before-quit')?.(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('brings the existing window forward when a second instance starts', async () => {
    const { deps, appListeners, windows, becomeReady } = fakeElectron();
    startApp(deps);
    appListeners.get('second-instance')?.();
    await becomeReady();
    appListeners.get('second-instance')?.();
    expect(windows[0]?.restore).toHaveBeenCalledOnce();
    expect(windows[0]?.focus).toHaveBeenCalledOnce();
  });

  it('quits when the window closes, and when startup fails', async () => {
    const { deps, appListeners } = fakeElectron();
    startApp(deps);
    appListeners.get('window-all-closed')?.();
    expect(deps.app.quit).toHaveBeenCalledOnce();

    const broken = fakeElectron();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    broken.deps.session.fromPartition.mockImplementation(() => {
      throw new Error('no session');
    });
    startApp(broken.deps);
    broken.fireReady();
    await vi.waitFor(() => expect(broken.deps.app.quit).toHaveBeenCalledOnce());
  });
});

describe('startApp diagnostics', () => {
  const userData = path.join('/home/maija/.config', 'Valvo');
  const frame = { url: 'app://valvo/index.html', parent: null };

  it('logs to userData/logs with size rotation, nothing to windows, from before the lock', async () => {
    const { deps, logged, becomeReady } = fakeElectron();
    startApp(deps);
    const { file, ipc, remote } = deps.log.transports;
    expect(file.resolvePathFn(undefined as never)).toBe(path.join(userData, 'logs', 'main.log'));
    expect(file.maxSize).toBe(LOG_MAX_BYTES);
    expect(ipc.level).toBe(false);
    expect(remote.level).toBe(false);
    expect(logged[0]).toMatch(/^info \[startup\] Valvo 0\.1\.0 .*linux/);
    await becomeReady();
    expect(logged).toContain('info [window] main window created; loading app://valvo/index.html');

    const second = fakeElectron({ hasLock: false });
    startApp(second.deps);
    expect(second.logged.at(-1)).toBe('info [startup] another Valvo holds the data; quitting');
  });

  it('tells the renderer its folders and opens only those, by kind', async () => {
    const mkdir = vi.fn(async () => undefined);
    const fsWithMkdir = Object.assign(Object.create(noFs) as BackupFs, { mkdir });
    const { deps, ipcListeners, windows, becomeReady } = fakeElectron({ fs: fsWithMkdir });
    startApp(deps);
    await becomeReady();
    const ours = { sender: windows[0]?.webContents, senderFrame: frame };
    expect(await ipcListeners.get(IPC_CHANNELS.appInfo)?.(ours)).toMatchObject({
      ok: true,
      value: {
        folders: {
          data: userData,
          backups: path.join(userData, 'backups'),
          logs: path.join(userData, 'logs'),
        },
      },
    });

    const open = ipcListeners.get(IPC_CHANNELS.appOpenFolder);
    expect(await open?.(ours, 'backups')).toEqual({ ok: true, value: undefined });
    expect(mkdir).toHaveBeenCalledWith(path.join(userData, 'backups'), { recursive: true });
    expect(deps.shell.openPath).toHaveBeenCalledExactlyOnceWith(path.join(userData, 'backups'));

    for (const refused of ['/etc', 'C:\\Windows', '../..', 'data/..', undefined]) {
      expect(await open?.(ours, refused)).toEqual({ ok: false, error: 'invalid-arguments' });
    }
    expect(await open?.({ sender: {}, senderFrame: frame }, 'logs')).toEqual({
      ok: false,
      error: 'forbidden',
    });
    expect(deps.shell.openPath).toHaveBeenCalledOnce();

    deps.shell.openPath.mockResolvedValueOnce('Failed to open path');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await open?.(ours, 'logs')).toEqual({ ok: false, error: 'failed' });
  });

  it('writes a renderer message to the log as one entry, from our window only', async () => {
    const { deps, logged, ipcListeners, windows, becomeReady } = fakeElectron();
    startApp(deps);
    await becomeReady();
    const log = ipcListeners.get(IPC_CHANNELS.diagnosticsLog);
    const ours = { sender: windows[0]?.webContents, senderFrame: frame };
    const entry = { level: 'error', message: 'TypeError: x is undefined\n    at AboutScreen' };
    expect(await log?.(ours, entry)).toEqual({ ok: true, value: undefined });
    expect(logged.at(-1)).toBe(
      'error [renderer] TypeError: x is undefined\n        at AboutScreen',
    );

    const before = logged.length;
    expect(await log?.({ sender: {}, senderFrame: frame }, entry)).toMatchObject({ ok: false });
    expect(await log?.(ours, { level: 'debug', message: 'x' })).toMatchObject({ ok: false });
    expect(await log?.(ours, { ...entry, message: 'x'.repeat(8_001) })).toMatchObject({
      ok: false,
      error: 'invalid-arguments',
    });
    expect(logged).toHaveLength(before);
  });

  it('logs each backup written and each that failed', async () => {
    const { deps, logged, ipcListeners, windows, becomeReady } = fakeElectron();
    startApp(deps);
    await becomeReady();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const ours = { sender: windows[0]?.webContents, senderFrame: frame };
    // noFs rejects every call, like a disk that went away.
    expect(
      await ipcListeners.get(IPC_CHANNELS.backupsWrite)?.(ours, {
        reason: 'scheduled',
        content: '{}',
      }),
    ).toEqual({ ok: false, error: 'failed' });
    expect(logged).toContainEqual(
      expect.stringMatching(/^error \[backups\] a scheduled backup failed Error: no fs/),
    );
  });

  it('logs the quit handshake', async () => {
    const { deps, logged, appListeners, ipcListeners, windows, becomeReady } = fakeElectron();
    startApp(deps);
    await becomeReady();
    appListeners.get('before-quit')?.({ preventDefault: vi.fn() });
    await ipcListeners.get(IPC_CHANNELS.appQuitReady)?.({
      sender: windows[0]?.webContents,
      senderFrame: frame,
    });
    expect(logged.filter((line) => line.includes('[quit]'))).toEqual([
      'info [quit] asked to quit',
      'info [quit] waiting for the quit backup',
      'info [quit] the window has finished its quit backup',
      'info [quit] quitting',
    ]);
  });
});
