import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from './navigation';
import { SESSION_PARTITION, createWindow } from './window';

type Listener = (...args: unknown[]) => unknown;

/** Records what the factory does to a window instead of opening one. */
class FakeWindow {
  static constructed: BrowserWindowConstructorOptions[] = [];
  readonly listeners = new Map<string, Listener>();
  readonly contentsListeners = new Map<string, Listener>();
  openHandler: (() => unknown) | null = null;
  readonly webContents = {
    on: vi.fn((event: string, listener: Listener) => this.contentsListeners.set(event, listener)),
    setWindowOpenHandler: vi.fn((handler: () => unknown) => (this.openHandler = handler)),
  };
  loadURL = vi.fn(async () => {});
  isMinimized = vi.fn(() => false);
  restore = vi.fn();
  focus = vi.fn();
  show = vi.fn();
  on = vi.fn();
  once = vi.fn((event: string, listener: Listener) => this.listeners.set(event, listener));

  constructor(options: BrowserWindowConstructorOptions) {
    FakeWindow.constructed.push(options);
  }
}

function build(show?: boolean) {
  FakeWindow.constructed = [];
  const window = createWindow(
    {
      BrowserWindow: FakeWindow,
      preloadPath: '/app/out/preload/index.cjs',
      isAllowedUrl: isAppUrl,
    },
    { allowDevTools: false, show },
  ) as unknown as FakeWindow;
  return { window, options: FakeWindow.constructed[0] };
}

describe('createWindow', () => {
  it('constructs exactly one window with these options and nothing else', () => {
    const { options } = build();
    expect(FakeWindow.constructed).toHaveLength(1);
    expect(options).toStrictEqual({
      title: 'Valvo',
      width: 1280,
      height: 860,
      minWidth: 800,
      minHeight: 600,
      show: false,
      webPreferences: {
        preload: '/app/out/preload/index.cjs',
        partition: 'persist:valvo',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        safeDialogs: true,
        devTools: false,
      },
    });
  });

  it('uses one persistent partition, never an in-memory one, and no experimental switches', () => {
    const prefs = build().options?.webPreferences ?? {};
    expect(SESSION_PARTITION).toBe('persist:valvo');
    expect(prefs.partition).toMatch(/^persist:/);
    expect(prefs).not.toHaveProperty('experimentalFeatures');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('session');
  });

  it('blocks navigation and redirects outside the app origin', () => {
    const { window } = build();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const listener = window.contentsListeners.get(event);
      expect(listener, event).toBeTypeOf('function');
      const outside = { url: 'https://evil.example/', preventDefault: vi.fn() };
      const inside = { url: 'app://valvo/index.html', preventDefault: vi.fn() };
      listener?.(outside);
      listener?.(inside);
      expect(outside.preventDefault, event).toHaveBeenCalledOnce();
      expect(inside.preventDefault, event).not.toHaveBeenCalled();
    }
  });

  it('denies window.open and prevents webviews', () => {
    const { window } = build();
    expect(window.openHandler?.()).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    window.contentsListeners.get('will-attach-webview')?.(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('shows the window once painted, and never shows a hidden one', () => {
    const visible = build().window;
    visible.listeners.get('ready-to-show')?.();
    expect(visible.show).toHaveBeenCalledOnce();
    expect(build(false).window.listeners.has('ready-to-show')).toBe(false);
  });
});
