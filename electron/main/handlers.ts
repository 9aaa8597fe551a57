import path from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type {
  AppFolders,
  AppInfo,
  SaveFileRequest,
  SaveFileResult,
} from '../../shared/desktop-api';

export type HandlerDeps<S> = {
  getVersion: () => string;
  versions: Partial<Record<'electron' | 'chrome' | 'node' | 'v8', string>>;
  platform: string;
  arch: string;
  /** e.g. `Windows_NT 10.0.22631` (os.type() and os.release()). */
  osVersion: string;
  /** app.getLocale(): valid once the app is ready, which every IPC call is. */
  getLocale: () => string;
  /** Shows the save dialog attached to the window of `sender` (modal, so it cannot get lost). */
  showSaveDialog: (sender: S, options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  writeFile: (filePath: string, content: string | Uint8Array) => Promise<void>;
};

export type SenderEvent<S> = { readonly sender: S };

export function createAppInfoHandler<S>(
  deps: HandlerDeps<S>,
  folders: AppFolders | null = null,
): () => AppInfo {
  return () => ({
    appVersion: deps.getVersion(),
    electronVersion: deps.versions.electron ?? null,
    chromiumVersion: deps.versions.chrome ?? null,
    nodeVersion: deps.versions.node ?? null,
    v8Version: deps.versions.v8 ?? null,
    osVersion: deps.osVersion || null,
    platform: deps.platform,
    arch: deps.arch || null,
    locale: deps.getLocale() || null,
    folders,
  });
}

/** Offers only the suggested file's own type, so "Save" keeps the extension the user expects. */
function saveDialogOptions(request: SaveFileRequest): SaveDialogOptions {
  const extension = path.extname(request.suggestedName).slice(1);
  return {
    title: 'Tallenna nimellä',
    defaultPath: request.suggestedName,
    filters: extension === '' ? [] : [{ name: extension.toUpperCase(), extensions: [extension] }],
  };
}

export function createSaveAsHandler<S>(
  deps: HandlerDeps<S>,
): (event: SenderEvent<S>, request: SaveFileRequest) => Promise<SaveFileResult> {
  return async (event, request) => {
    const choice = await deps.showSaveDialog(event.sender, saveDialogOptions(request));
    if (choice.canceled || !choice.filePath) return { saved: false, fileName: null };
    await deps.writeFile(choice.filePath, request.content);
    return { saved: true, fileName: path.basename(choice.filePath) };
  };
}
