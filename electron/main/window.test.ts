import type { BrowserWindowConstructorOptions } from 'electron';
import fc from 'fast-check';
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

describe('the window against hostile URLs', () => {
  const HOSTILE = [
    'https://evil.example/',
    'https://intranet.example.com.evil.com/login',
    'http://localhost:5173/',
    'app://valvo.evil/index.html',
    'app://evil/index.html',
    'APP://VALVO/index.html',
    'app://user:pass@valvo/index.html',
    'javascript:window.__xss=1',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'file:///C:/Windows/System32/calc.exe',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://valvo/0d5e1c2a',
    'about:blank',
    'chrome://settings',
    'ms-settings:',
    'smb://fileserver/share',
  ];
  const hostileUrl = fc.oneof(
    fc.constantFrom(...HOSTILE),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.domain().map((host) => `app://${host}.evil/`),
  );
  const navigationEvents = ['will-navigate', 'will-frame-navigate', 'will-redirect'];

  it.each(HOSTILE)('blocks navigating, framing and redirecting to %j', (url) => {
    const { window } = build();
    for (const name of navigationEvents) {
      const event = { url, preventDefault: vi.fn() };
      window.contentsListeners.get(name)?.(event);
      expect(event.preventDefault, name).toHaveBeenCalledOnce();
    }
  });

  it('blocks every generated hostile URL on every navigation event', () => {
    const { window } = build();
    fc.assert(
      fc.property(hostileUrl, fc.constantFrom(...navigationEvents), (url, name) => {
        const event = { url, preventDefault: vi.fn() };
        window.contentsListeners.get(name)?.(event);
        return event.preventDefault.mock.calls.length === 1;
      }),
    );
  });

  it('opens no window for window.open or a link target, whatever the URL, even our own', () => {
    const { window } = build();
    const open = window.openHandler as (details: unknown) => unknown;
    fc.assert(
      fc.property(
        fc.oneof(
          hostileUrl,
          fc.webPath().map((webPath) => `app://valvo/${webPath}`),
        ),
        fc.constantFrom('default', 'foreground-tab', 'background-tab', 'new-window', 'other'),
        (url, disposition) =>
          JSON.stringify(open({ url, frameName: '', features: '', disposition })) ===
          '{"action":"deny"}',
      ),
    );
  });
});
