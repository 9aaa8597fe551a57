import type { BrowserWindowConstructorOptions, SaveDialogOptions } from 'electron';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PDFDocument } from '@cantoo/pdf-lib';
import { IPC_CHANNELS, SavePdfRequestSchema } from '../../shared/desktop-api';
import { PRINT_INFO_READ, printReadyCheck } from '../../shared/print/print-document';
import { secureHandle } from './ipc';
import type { InvokeEvent, IpcRegistrar } from './ipc';
import { isAppUrl } from './navigation';
import {
  PDF_OPTIONS,
  PRINT_READY_CHECK,
  createSavePdfHandler,
  isSafePrintRoute,
  printUrl,
} from './print-to-pdf';
import type { SavePdfDeps } from './print-to-pdf';
import { makePdf } from './test-pdfs';
import { createWindow } from './window';

type Listener = (...args: unknown[]) => unknown;

/** What Chromium prints: a PDF whose contents links point at sections on pages 2 and 4. */
const PDF_BYTES = Buffer.from(
  await makePdf({
    pages: 5,
    destinations: { 'report-summary': 2, 'report-units': 4 },
  }),
);
const PRINT_INFO = {
  title: 'Sisäinen valvonta ja riskienhallinta 2026: raportti tarkastuslautakunnalle',
  author: 'Kemijärven kaupunki',
  subject: 'Raportti tarkastuslautakunnalle, 2026',
  language: 'fi-FI',
  contents: [] as string[],
};
/** What the page says about itself; a test may give it a contents list. */
let printInfo = PRINT_INFO;
const PAGE_URL = 'app://valvo/index.html';
const CHOSEN_PATH = '/home/maija/Asiakirjat/tarkastus.pdf';

/** Everything the fakes do, in order, so tests can assert what happened before what. */
const log: string[] = [];
/** Runs on every new fake window, so a test can change how its page behaves. */
let configure: (window: FakeWindow) => void = () => {};

/** Records what the handler does to a window instead of opening one. */
class FakeWindow {
  static constructed: FakeWindow[] = [];
  readonly onceListeners = new Map<string, Listener>();
  readonly contentsEvents: string[] = [];
  destroyed = false;
  readonly webContents = {
    on: vi.fn((event: string) => void this.contentsEvents.push(event)),
    setWindowOpenHandler: vi.fn(),
    executeJavaScript: vi.fn(async (code: string): Promise<unknown> => {
      if (code === PRINT_INFO_READ) {
        log.push('info');
        return JSON.stringify(printInfo);
      }
      log.push('poll');
      return true;
    }),
    printToPDF: vi.fn(async (_options: object) => (log.push('printToPDF'), PDF_BYTES)),
  };
  loadURL = vi.fn(async (url: string) => void log.push(`loadURL ${url}`));
  isMinimized = vi.fn(() => false);
  restore = vi.fn();
  focus = vi.fn();
  show = vi.fn();
  on = vi.fn();
  once = vi.fn((event: string, listener: Listener) => this.onceListeners.set(event, listener));
  destroy = vi.fn(() => {
    log.push('destroy');
    this.destroyed = true;
  });
  isDestroyed = vi.fn(() => this.destroyed);

  constructor(readonly options: BrowserWindowConstructorOptions) {
    log.push('new window');
    FakeWindow.constructed.push(this);
    configure(this);
  }
}

const sender = { id: 1 };
const request = { route: '/print/audit?year=2026', suggestedName: 'tarkastus-2026.pdf' };

function setup(
  overrides: Partial<Pick<SavePdfDeps<typeof sender>, 'timeoutMs' | 'writeFile'>> = {},
) {
  const deps = {
    window: {
      BrowserWindow: FakeWindow,
      preloadPath: '/app/out/preload/index.cjs',
      isAllowedUrl: isAppUrl,
    },
    allowDevTools: false,
    pageUrl: PAGE_URL,
    showSaveDialog: vi.fn(async (_sender: typeof sender, _options: SaveDialogOptions) => {
      log.push('dialog');
      return { canceled: false, filePath: CHOSEN_PATH };
    }),
    writeFile: vi.fn(async (_path: string, _content: string | Uint8Array) => {
      log.push('write');
    }),
    ...overrides,
  };
  return { deps, handler: createSavePdfHandler(deps) };
}

/** The handler behind secureHandle, as the renderer reaches it. */
type SenderInvokeEvent = InvokeEvent & { readonly sender: typeof sender };

function registered(deps: SavePdfDeps<typeof sender>) {
  let listener: Parameters<IpcRegistrar<SenderInvokeEvent>['handle']>[1] | undefined;
  const ipcMain: IpcRegistrar<SenderInvokeEvent> = {
    handle: (_channel, registeredListener) => void (listener = registeredListener),
  };
  secureHandle(
    ipcMain,
    IPC_CHANNELS.reportsSavePdf,
    createSavePdfHandler(deps),
    (event) => event.sender === sender,
  );
  const event = { sender, senderFrame: { url: 'app://valvo/index.html', parent: null } };
  return (...args: unknown[]) => {
    if (listener === undefined) throw new Error('reports:save-pdf was not registered');
    return listener(event, ...args);
  };
}

beforeEach(() => {
  log.length = 0;
  FakeWindow.constructed = [];
  configure = () => {};
  printInfo = PRINT_INFO;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const HOSTILE_ROUTES = [
  'javascript:alert(1)',
  '//evil.example/print/x',
  'https://evil.example/print/x',
  'app://valvo/index.html#/print/x',
  '/settings',
  '/Print/x',
  ' /print/x',
  'print/x',
  '/print/x#/settings',
  '/print/<script>',
  '/print/x\n',
  '/print/x"',
  '/print\\x',
  '',
];
/** Routes the IPC schema lets through, but the handler refuses before opening a window. */
const DOT_ROUTES = [
  '/print/../x',
  '/print/./x',
  '/print/..',
  '/print/audit/../../settings',
  '/print/%2e%2e/settings',
  '/print/%2E./x',
  '/print/a%2fb',
  '/print/a%5cb',
  '/print//evil',
  '/print/',
  '/print/%',
  '/print/%zz',
];

describe('print routes', () => {
  it('builds the hash URL of the app page', () => {
    expect(printUrl(PAGE_URL, '/print/audit?year=2026')).toBe(
      'app://valvo/index.html#/print/audit?year=2026',
    );
  });

  it.each([
    '/print/audit',
    '/print/audit?year=2026&unit=tekninen',
    '/print/risks/2026/',
    '/print/a%20b',
  ])('accepts %s', (route) => {
    expect(isSafePrintRoute(route)).toBe(true);
  });

  it.each([...HOSTILE_ROUTES, ...DOT_ROUTES])('refuses %j', (route) => {
    expect(isSafePrintRoute(route)).toBe(false);
    expect(() => printUrl(PAGE_URL, route)).toThrow('not a print route');
  });

  it('never leaves index.html on the app origin for any route it accepts', () => {
    const routeChars = fc.constantFrom(...'ab09/_?&=%.-'.split(''));
    const route = fc.oneof(
      fc.string(),
      fc.string({ unit: routeChars }).map((rest) => `/print/${rest}`),
      fc.string({ unit: routeChars }).map((rest) => `/print/a${rest}`),
    );
    fc.assert(
      fc.property(route, (candidate) => {
        if (!isSafePrintRoute(candidate)) return;
        const url = new URL(printUrl(PAGE_URL, candidate));
        expect(isAppUrl(url.href)).toBe(true);
        expect(url.pathname).toBe('/index.html');
        expect(url.search).toBe('');
        expect(url.hash).toBe(`#${candidate}`);
        const segments = (candidate.split('?')[0] ?? '').split('/').map(decodeURIComponent);
        expect(segments).not.toContain('..');
      }),
      { numRuns: 500 },
    );
  });
});

describe('reports:save-pdf through secureHandle', () => {
  it.each(HOSTILE_ROUTES)('refuses %j before the handler runs', async (route) => {
    const { deps } = setup();
    expect(await registered(deps)({ ...request, route })).toEqual({
      ok: false,
      error: 'invalid-arguments',
    });
    expect(FakeWindow.constructed).toHaveLength(0);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it.each(DOT_ROUTES)(
    'refuses %j without opening a window (by the schema or, for encoded dots, the handler)',
    async (route) => {
      const { deps } = setup();
      const result = await registered(deps)({ ...request, route });
      expect(result).toEqual({
        ok: false,
        error: expect.stringMatching(/^(failed|invalid-arguments)$/),
      });
      expect(FakeWindow.constructed).toHaveLength(0);
      expect(deps.showSaveDialog).not.toHaveBeenCalled();
    },
  );

  it('opens a window only for a safe print route, and loads exactly its URL', async () => {
    const routeChars = fc.constantFrom(...'ab/_?&=%.-'.split(''));
    const route = fc.oneof(
      fc.string(),
      fc.constantFrom(...HOSTILE_ROUTES, ...DOT_ROUTES),
      fc.string({ unit: routeChars }).map((rest) => `/print/${rest}`),
    );
    await fc.assert(
      fc.asyncProperty(route, async (candidate) => {
        FakeWindow.constructed = [];
        const { deps } = setup();
        const result = await registered(deps)({ ...request, route: candidate });
        const window = FakeWindow.constructed[0];
        if (!isSafePrintRoute(candidate)) {
          expect(window).toBeUndefined();
          expect(result).toMatchObject({ ok: false });
          return;
        }
        expect(SavePdfRequestSchema.shape.route.safeParse(candidate).success).toBe(true);
        expect(window?.loadURL).toHaveBeenCalledExactlyOnceWith(`${PAGE_URL}#${candidate}`);
        expect(window?.destroy).toHaveBeenCalledOnce();
        expect(result).toEqual({ ok: true, value: { saved: true, fileName: 'tarkastus.pdf' } });
      }),
      { numRuns: 300 },
    );
  });

  it('reports a timeout as a plain code, without the message or a stack', async () => {
    vi.useFakeTimers();
    configure = (window) => window.webContents.executeJavaScript.mockResolvedValue(false);
    const { deps } = setup();
    const pending = registered(deps)(request);
    await vi.advanceTimersByTimeAsync(30_000);
    const result = await pending;
    expect(result).toEqual({ ok: false, error: 'failed' });
    expect(JSON.stringify(result)).not.toMatch(/ready|ms|at /);
  });
});

describe('reports:save-pdf rendering', () => {
  it('renders in a hidden window from the one factory, with the main window preferences', async () => {
    const { deps, handler } = setup();
    await handler({ sender }, request);
    const hidden = FakeWindow.constructed[0];
    expect(FakeWindow.constructed).toHaveLength(1);

    const main = createWindow(deps.window, { allowDevTools: false });
    expect(hidden?.options).toStrictEqual(main.options);
    expect(hidden?.options.show).toBe(false);
    expect(hidden?.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      partition: 'persist:valvo',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
    });
    // Hidden: no ready-to-show listener and never shown; guarded like every window.
    expect(hidden?.onceListeners.has('ready-to-show')).toBe(false);
    expect(hidden?.show).not.toHaveBeenCalled();
    expect(hidden?.contentsEvents).toEqual(main.contentsEvents);
    expect(hidden?.webContents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('polls the ready flag every 100 ms and prints only once the page says it is ready', async () => {
    vi.useFakeTimers();
    const answers: unknown[] = [false, 'true', 1, undefined, true];
    configure = (window) =>
      window.webContents.executeJavaScript.mockImplementation(async (code) => {
        if (code === PRINT_INFO_READ) return (log.push('info'), JSON.stringify(printInfo));
        log.push('poll');
        return answers.shift();
      });
    const { deps, handler } = setup();
    const pending = handler({ sender }, request);
    await vi.advanceTimersByTimeAsync(0);
    const window = FakeWindow.constructed[0];
    const polls = () => window?.webContents.executeJavaScript.mock.calls.length;
    expect(polls()).toBe(1);
    await vi.advanceTimersByTimeAsync(99);
    expect(polls()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(polls()).toBe(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(polls()).toBe(4);
    // Only a real `true` counts: 'true', 1 and undefined were not ready.
    expect(window?.webContents.printToPDF).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(await pending).toEqual({ saved: true, fileName: 'tarkastus.pdf' });

    expect(window?.webContents.executeJavaScript).toHaveBeenCalledWith(PRINT_READY_CHECK);
    expect(PRINT_READY_CHECK).toBe(
      'document.documentElement.dataset.printReady === "true" && (document.documentElement.dataset.printPages ?? "") === ""',
    );
    expect(window?.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith({
      preferCSSPageSize: true,
      pageSize: 'A4',
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    expect(PDF_OPTIONS.preferCSSPageSize).toBe(true);
    expect(log).toEqual([
      'new window',
      `loadURL ${PAGE_URL}#/print/audit?year=2026`,
      'poll',
      'poll',
      'poll',
      'poll',
      'poll',
      'info',
      'printToPDF',
      'destroy',
      'dialog',
      'write',
    ]);
    expect(deps.writeFile).toHaveBeenCalledOnce();
  });

  it('gives up after 30 s, closes the window and stops polling', async () => {
    vi.useFakeTimers();
    configure = (window) => window.webContents.executeJavaScript.mockResolvedValue(false);
    const { deps, handler } = setup();
    const outcome = handler({ sender }, request).then(
      () => 'resolved',
      (error: unknown) => error,
    );
    await vi.advanceTimersByTimeAsync(29_999);
    const window = FakeWindow.constructed[0];
    expect(window?.destroy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toBeInstanceOf(Error);
    expect(window?.destroy).toHaveBeenCalledOnce();
    const polls = window?.webContents.executeJavaScript.mock.calls.length ?? 0;
    expect(polls).toBeGreaterThanOrEqual(299);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(window?.webContents.executeJavaScript.mock.calls.length).toBe(polls);
    expect(window?.webContents.printToPDF).not.toHaveBeenCalled();
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it.each([
    [
      'the page never finishes loading',
      (w: FakeWindow) => w.loadURL.mockReturnValue(new Promise(() => {})),
    ],
    [
      'the page hangs inside the check',
      (w: FakeWindow) => w.webContents.executeJavaScript.mockReturnValue(new Promise(() => {})),
    ],
  ])('times out when %s', async (_name, hang) => {
    vi.useFakeTimers();
    configure = hang;
    const { deps, handler } = setup({ timeoutMs: 5_000 });
    const outcome = handler({ sender }, request).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await outcome).toBeInstanceOf(Error);
    expect(FakeWindow.constructed[0]?.destroy).toHaveBeenCalledOnce();
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it.each([
    ['loading fails', (w: FakeWindow) => w.loadURL.mockRejectedValue(new Error('ERR_FAILED'))],
    [
      'the check throws',
      (w: FakeWindow) => w.webContents.executeJavaScript.mockRejectedValue(new Error('crashed')),
    ],
    [
      'printing fails',
      (w: FakeWindow) => w.webContents.printToPDF.mockRejectedValue(new Error('print failed')),
    ],
  ])('closes the window and writes nothing when %s', async (_name, breakIt) => {
    configure = breakIt;
    const { deps, handler } = setup();
    await expect(handler({ sender }, request)).rejects.toThrow();
    expect(FakeWindow.constructed[0]?.destroy).toHaveBeenCalledOnce();
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('does not touch a window that is already gone', async () => {
    configure = (window) =>
      window.webContents.printToPDF.mockImplementation(async () => {
        window.destroyed = true;
        throw new Error('Object has been destroyed');
      });
    const { handler } = setup();
    await expect(handler({ sender }, request)).rejects.toThrow('destroyed');
    expect(FakeWindow.constructed[0]?.destroy).not.toHaveBeenCalled();
  });
});

describe('reports:save-pdf saving', () => {
  it('asks on the sender window after closing the hidden one, then writes the PDF bytes', async () => {
    const { deps, handler } = setup();
    expect(await handler({ sender }, request)).toEqual({ saved: true, fileName: 'tarkastus.pdf' });
    const hidden = FakeWindow.constructed[0];
    expect(deps.showSaveDialog).toHaveBeenCalledExactlyOnceWith(sender, {
      title: 'Tallenna PDF',
      defaultPath: 'tarkastus-2026.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(deps.showSaveDialog.mock.calls[0]?.[0]).not.toBe(hidden?.webContents);
    expect(log.indexOf('destroy')).toBeLessThan(log.indexOf('dialog'));
    expect(deps.writeFile).toHaveBeenCalledExactlyOnceWith(CHOSEN_PATH, expect.any(Uint8Array));
    const [, bytes] = vi.mocked(deps.writeFile).mock.calls[0]!;
    // Chromium's PDF, with the metadata the page gave: title, organisation, subject, language.
    const written = await PDFDocument.load(bytes as Uint8Array, { updateMetadata: false });
    expect(written.getPageCount()).toBe(5);
    expect(written.getTitle()).toBe(PRINT_INFO.title);
    expect(written.getAuthor()).toBe('Kemijärven kaupunki');
    expect(written.getSubject()).toBe('Raportti tarkastuslautakunnalle, 2026');
  });

  it('prints a report with a contents list twice, the second time in a new window with its page numbers', async () => {
    printInfo = { ...PRINT_INFO, contents: ['report-summary', 'report-units'] };
    const { handler } = setup();
    expect(await handler({ sender }, request)).toEqual({ saved: true, fileName: 'tarkastus.pdf' });
    const [first, second] = FakeWindow.constructed;
    expect(FakeWindow.constructed).toHaveLength(2);
    expect(first?.loadURL).toHaveBeenCalledExactlyOnceWith(`${PAGE_URL}#/print/audit?year=2026`);
    expect(second?.loadURL).toHaveBeenCalledExactlyOnceWith(
      `${PAGE_URL}#/print/audit?year=2026&toc=2.4`,
    );
    // The second window is printed only once it shows exactly those numbers.
    expect(second?.webContents.executeJavaScript).toHaveBeenCalledWith(printReadyCheck([2, 4]));
    expect(first?.destroy).toHaveBeenCalledOnce();
    expect(second?.destroy).toHaveBeenCalledOnce();
    expect(log.filter((entry) => entry === 'printToPDF')).toHaveLength(2);
  });

  it('offers a .pdf name even when the suggestion lacks the extension', async () => {
    const { deps, handler } = setup();
    await handler({ sender }, { ...request, suggestedName: 'Riskit 2026' });
    expect(deps.showSaveDialog.mock.calls[0]?.[1].defaultPath).toBe('Riskit 2026.pdf');
  });

  it.each([
    { canceled: true, filePath: '' },
    { canceled: true, filePath: CHOSEN_PATH },
    { canceled: false, filePath: '' },
  ])('writes nothing when the dialog is cancelled (%j)', async (choice) => {
    const { deps, handler } = setup();
    deps.showSaveDialog.mockResolvedValueOnce(choice);
    expect(await handler({ sender }, request)).toEqual({ saved: false, fileName: null });
    expect(deps.writeFile).not.toHaveBeenCalled();
    expect(FakeWindow.constructed[0]?.destroy).toHaveBeenCalledOnce();
  });

  it('lets a write failure through to secureHandle, which answers with a code', async () => {
    const { deps } = setup({
      writeFile: vi.fn(async () => Promise.reject(new Error('EACCES: /home/maija/secret'))),
    });
    const result = await registered(deps)(request);
    expect(result).toEqual({ ok: false, error: 'failed' });
    expect(JSON.stringify(result)).not.toMatch(/EACCES|secret/);
  });

  it('renders one PDF at a time, and accepts the next once the first is done', async () => {
    const { deps, handler } = setup();
    const first = handler({ sender }, request);
    await expect(handler({ sender }, request)).rejects.toThrow('already');
    expect(await first).toEqual({ saved: true, fileName: 'tarkastus.pdf' });
    expect(FakeWindow.constructed).toHaveLength(1);
    expect(await handler({ sender }, request)).toMatchObject({ saved: true });
    expect(FakeWindow.constructed).toHaveLength(2);
    expect(deps.writeFile).toHaveBeenCalledTimes(2);
  });
});
