import type { DesktopApi, SaveFileRequest } from '../../shared/desktop-api';

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
        chromiumVersion: null,
        platform: navigator.platform || 'web',
      },
    }),
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
