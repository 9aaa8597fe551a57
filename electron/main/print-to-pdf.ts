import path from 'node:path';
import type { BrowserWindow, PrintToPDFOptions, SaveDialogOptions, WebContents } from 'electron';
import { SavePdfRequestSchema } from '../../shared/desktop-api';
import type { SaveFileResult, SavePdfRequest } from '../../shared/desktop-api';
import { PRINT_INFO_READ, printReadyCheck } from '../../shared/print/print-document';
import { printReportPdf } from './print-passes';
import type { HandlerDeps, SenderEvent } from './handlers';
import { createWindow } from './window';
import type { AppWindow, WindowDeps } from './window';

/** A window the print handler can load, poll, print and tear down; BrowserWindow fits. */
export type PrintableWindow = AppWindow &
  Pick<BrowserWindow, 'destroy' | 'isDestroyed'> & {
    webContents: Pick<WebContents, 'executeJavaScript' | 'printToPDF'>;
  };

export type SavePdfDeps<S> = Pick<HandlerDeps<S>, 'showSaveDialog' | 'writeFile'> & {
  /** The same factory inputs as the main window: same preload, partition and guards. */
  window: WindowDeps<PrintableWindow>;
  allowDevTools: boolean;
  /** The page the main window shows (app://valvo/index.html); the route becomes its hash. */
  pageUrl: string;
  timeoutMs?: number;
  pollIntervalMs?: number;
};

export const PRINT_TIMEOUT_MS = 30_000;
export const PRINT_POLL_INTERVAL_MS = 100;

/** The renderer's print route sets this once its data is on screen (first print, no page numbers). */
export const PRINT_READY_CHECK = printReadyCheck(null);

export const PDF_OPTIONS = {
  preferCSSPageSize: true,
  // Only a fallback: Electron's default is Letter, and the print CSS may forget @page size.
  pageSize: 'A4',
  printBackground: true,
  generateTaggedPDF: true,
  generateDocumentOutline: true,
} as const satisfies PrintToPDFOptions;

function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * Second gate after the IPC schema, which lets dot segments through (`/print/../settings`):
 * a hash router would resolve them to a route that is not a print view. Every path segment
 * after `/print/` must be a plain name, also once percent-decoded; a trailing slash is fine.
 */
export function isSafePrintRoute(route: string): boolean {
  if (!SavePdfRequestSchema.shape.route.safeParse(route).success) return false;
  const segments = (route.split('?', 1)[0] ?? '').split('/').slice(2);
  return segments.every((raw, index) => {
    const segment = decodeSegment(raw);
    if (segment === null || segment === '.' || segment === '..') return false;
    if (/[/\\]/.test(segment)) return false;
    return segment !== '' || (index > 0 && index === segments.length - 1);
  });
}

export function printUrl(pageUrl: string, route: string): string {
  if (!isSafePrintRoute(route)) throw new Error('not a print route');
  return `${pageUrl}#${route}`;
}

function pdfDialogOptions(suggestedName: string): SaveDialogOptions {
  return {
    title: 'Tallenna PDF',
    defaultPath: /\.pdf$/i.test(suggestedName) ? suggestedName : `${suggestedName}.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Loads `url` and polls the ready flag; one deadline covers both, so a hung page cannot stall. */
async function loadAndWaitUntilReady(
  window: PrintableWindow,
  url: string,
  readyCheck: string,
  timeoutMs: number,
  pollIntervalMs: number,
): Promise<void> {
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new Error(`print page not ready after ${timeoutMs} ms`));
    }, timeoutMs);
  });
  const ready = (async () => {
    await window.loadURL(url);
    while (!timedOut) {
      if ((await window.webContents.executeJavaScript(readyCheck)) === true) return;
      await sleep(pollIntervalMs);
    }
  })();
  try {
    await Promise.race([ready, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One print of a route in a fresh hidden window: a new document each pass, so the ready flag
 * and the page numbers are never the previous pass's.
 */
async function renderPass<S>(
  deps: SavePdfDeps<S>,
  route: string,
  pages: readonly number[] | null,
): Promise<{ pdf: Uint8Array; info: unknown }> {
  const window = createWindow(deps.window, { show: false, allowDevTools: deps.allowDevTools });
  try {
    await loadAndWaitUntilReady(
      window,
      printUrl(deps.pageUrl, route),
      printReadyCheck(pages),
      deps.timeoutMs ?? PRINT_TIMEOUT_MS,
      deps.pollIntervalMs ?? PRINT_POLL_INTERVAL_MS,
    );
    const info: unknown = await window.webContents.executeJavaScript(PRINT_INFO_READ);
    const pdf = await window.webContents.printToPDF(PDF_OPTIONS);
    return { pdf, info };
  } finally {
    // destroy, not close: a beforeunload handler in the page could veto close and leak it.
    if (!window.isDestroyed()) window.destroy();
  }
}

/**
 * reports:save-pdf. Renders the print route in a hidden window (twice or more for a contents
 * list with page numbers, see print-passes), closes it, sets the PDF's metadata, then asks
 * where to save on the caller's window. One render at a time: a second call fails instead of queuing
 * hidden windows.
 */
export function createSavePdfHandler<S>(
  deps: SavePdfDeps<S>,
): (event: SenderEvent<S>, request: SavePdfRequest) => Promise<SaveFileResult> {
  let rendering = false;
  return async (event, request) => {
    // Refuses a route that is not a print view before any window opens.
    printUrl(deps.pageUrl, request.route);
    if (rendering) throw new Error('a PDF is already being rendered');
    rendering = true;
    let pdf: Uint8Array;
    try {
      pdf = await printReportPdf((route, pages) => renderPass(deps, route, pages), request.route);
    } finally {
      rendering = false;
    }
    const choice = await deps.showSaveDialog(event.sender, pdfDialogOptions(request.suggestedName));
    if (choice.canceled || !choice.filePath) return { saved: false, fileName: null };
    await deps.writeFile(choice.filePath, pdf);
    return { saved: true, fileName: path.basename(choice.filePath) };
  };
}
