import type { DesktopApi, SaveFileRequest } from '../../shared/desktop-api';

type BrandVersion = { brand: string; version: string };
type NavigatorWithUaData = Navigator & { userAgentData?: { brands?: BrandVersion[] } };

/** Chromium's major version from User-Agent Client Hints; null in browsers without them. */
export const chromiumVersionOf = (target: Navigator): string | null =>
  (target as NavigatorWithUaData).userAgentData?.brands?.find((entry) => entry.brand === 'Chromium')
    ?.version ?? null;

/** Saves by handing the browser a download; the browser decides where it lands. */
const download = ({ suggestedName, mimeType, content }: SaveFileRequest) => {
  const blob = new Blob([content as BlobPart], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** The DesktopApi in a plain browser: the same contract, with browser means. */
export const createWebApi = (appVersion: string): DesktopApi => ({
  capabilities: { isDesktop: false, canWriteBackupFiles: false, canPrintToPdf: false },
  app: {
    info: async () => ({
      ok: true,
      value: {
        appVersion,
        electronVersion: null,
        chromiumVersion: chromiumVersionOf(navigator),
        nodeVersion: null,
        v8Version: null,
        osVersion: null,
        platform: navigator.platform || 'web',
        arch: null,
        locale: navigator.language || null,
        // The data lives in this browser's storage for the site; there is no folder to open.
        folders: null,
      },
    }),
    openFolder: async () => ({ ok: false, error: 'unsupported' }),
  },
  diagnostics: {
    // A browser keeps no log file: its console is the log.
    log: async ({ level, message }) => {
      console[level](`[Valvo] ${message}`);
      return { ok: true, value: undefined };
    },
  },
  files: {
    saveAs: async (request) => {
      download(request);
      return { ok: true, value: { saved: true, fileName: request.suggestedName } };
    },
  },
  backups: {
    // A browser has no folder of its own: backups are offered as downloads instead (see the UI).
    write: async () => ({ ok: false, error: 'unsupported' }),
    list: async () => ({ ok: true, value: [] }),
    read: async () => ({ ok: false, error: 'unsupported' }),
    onQuitRequested: () => undefined,
  },
  reports: {
    // The browser's own print dialog saves PDFs here; the UI calls window.print() instead.
    savePdf: async () => ({ ok: false, error: 'unsupported' }),
  },
});
