import { contextBridge, ipcRenderer } from 'electron';
import type {
  AppInfo,
  BackupInfo,
  DesktopApi,
  IpcChannel,
  IpcResult,
  SaveFileResult,
} from '../../shared/desktop-api';

// A sandboxed preload can require only 'electron', so shared/ is imported for types alone:
// a value import would drag zod in and the preload would die before exposing anything.
// The IpcChannel type still checks every channel name against the contract.
function invoke<T>(channel: IpcChannel, ...args: unknown[]): Promise<IpcResult<T>> {
  return ipcRenderer.invoke(channel, ...args);
}

/** main → renderer: BEFORE_QUIT_CHANNEL in electron/main/quit.ts (a test pins them equal). */
const BEFORE_QUIT_MESSAGE = 'app:before-quit';

let quitCallback: (() => Promise<void>) | null = null;
let quitRunning = false;

/**
 * The one message the preload listens to. The IPC event stays here: the renderer's callback is
 * called with no arguments, and the shell learns only that it finished (or failed). Without a
 * callback the answer is immediate, so a renderer that never registered cannot stall the quit.
 */
ipcRenderer.on(BEFORE_QUIT_MESSAGE, () => {
  if (quitRunning) return;
  quitRunning = true;
  const callback = quitCallback;
  void Promise.resolve()
    .then(() => callback?.())
    .catch((error: unknown) => console.error('[preload] the quit callback failed', error))
    .then(() => invoke<void>('app:quit-ready'))
    .catch((error: unknown) => console.error('[preload] could not answer the quit', error))
    .finally(() => {
      quitRunning = false;
    });
});

// Named methods, one fixed channel each. The renderer never gets ipcRenderer, a channel
// name or an IPC event, so it can call nothing but these.
const api = {
  capabilities: { isDesktop: true, canWriteBackupFiles: true, canPrintToPdf: true },
  app: {
    info: () => invoke<AppInfo>('app:info'),
    openFolder: (kind) => invoke<void>('app:open-folder', kind),
  },
  diagnostics: {
    log: (entry) => invoke<void>('diagnostics:log', entry),
  },
  files: {
    saveAs: (request) => invoke<SaveFileResult>('files:save-as', request),
  },
  backups: {
    write: (request) => invoke<BackupInfo>('backups:write', request),
    list: () => invoke<BackupInfo[]>('backups:list'),
    read: (fileName) => invoke<string>('backups:read', fileName),
    // One callback: a later registration (a remounted component) replaces the earlier one.
    onQuitRequested: (callback) => {
      quitCallback = typeof callback === 'function' ? callback : null;
    },
  },
  reports: {
    savePdf: (request) => invoke<SaveFileResult>('reports:save-pdf', request),
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', api);
