import { contextBridge, ipcRenderer } from 'electron';
import type {
  AppInfo,
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

// Named methods, one fixed channel each. The renderer never gets ipcRenderer, a channel
// name or an IPC event, so it can call nothing but these.
const api = {
  capabilities: { isDesktop: true, canWriteBackupFiles: true, canPrintToPdf: true },
  app: {
    info: () => invoke<AppInfo>('app:info'),
  },
  files: {
    saveAs: (request) => invoke<SaveFileResult>('files:save-as', request),
  },
  reports: {
    savePdf: (request) => invoke<SaveFileResult>('reports:save-pdf', request),
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('desktop', api);
