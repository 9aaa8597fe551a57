import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { PRODUCT_NAME, SESSION_PARTITION } from '../../shared/app-identity';
import { createNavigationGuard, denyWindowOpen, preventWebviewAttach } from './navigation';
import type { NavigationEvent, PreventableEvent } from './navigation';

// All windows share one persistent partition (never an in-memory one); its name is frozen.
export { SESSION_PARTITION };

/** The parts of a BrowserWindow the shell uses; the real class fits, and so do test fakes. */
export type AppWindow = Pick<
  BrowserWindow,
  'loadURL' | 'isMinimized' | 'restore' | 'focus' | 'show'
> & {
  on(event: 'closed', listener: () => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
  webContents: {
    on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
    on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
    on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
    on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
    setWindowOpenHandler(handler: () => { action: 'deny' }): void;
  };
};

/** Generic so callers that need more of the window (the print handler) can say so in the type. */
export type WindowConstructor<W extends AppWindow = AppWindow> = new (
  options: BrowserWindowConstructorOptions,
) => W;

export type WindowDeps<W extends AppWindow = AppWindow> = {
  BrowserWindow: WindowConstructor<W>;
  /** Absolute path of the CommonJS preload (out/preload/index.cjs). */
  preloadPath: string;
  /** Where the window may navigate: the app origin, plus the dev server when unpackaged. */
  isAllowedUrl: (url: string) => boolean;
};

export type WindowOptions = {
  width?: number;
  height?: number;
  /** Print and report windows render hidden. */
  show?: boolean;
  /** DevTools only in unpackaged builds; a packaged app has no way to open them. */
  allowDevTools: boolean;
};

/**
 * Every security-relevant preference is written out, even where it equals Electron's default,
 * so a changed default or a review can never silently weaken a window.
 */
export function hardenedWebPreferences(
  preloadPath: string,
  allowDevTools: boolean,
): WebPreferences {
  return {
    preload: preloadPath,
    partition: SESSION_PARTITION,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    safeDialogs: true,
    devTools: allowDevTools,
  };
}

/** The one place a BrowserWindow is constructed (an ESLint rule forbids it elsewhere). */
export function createWindow<W extends AppWindow>(deps: WindowDeps<W>, options: WindowOptions): W {
  const window = new deps.BrowserWindow({
    title: PRODUCT_NAME,
    width: options.width ?? 1280,
    height: options.height ?? 860,
    minWidth: 800,
    minHeight: 600,
    // Shown on ready-to-show so the user never sees an unpainted white frame.
    show: false,
    webPreferences: hardenedWebPreferences(deps.preloadPath, options.allowDevTools),
  });

  const guard = createNavigationGuard(deps.isAllowedUrl);
  window.webContents.on('will-navigate', guard);
  window.webContents.on('will-frame-navigate', guard);
  window.webContents.on('will-redirect', guard);
  window.webContents.on('will-attach-webview', preventWebviewAttach);
  window.webContents.setWindowOpenHandler(denyWindowOpen);

  if (options.show ?? true) window.once('ready-to-show', () => window.show());
  return window;
}
