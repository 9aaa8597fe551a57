import { z } from 'zod';

/**
 * The one contract between the renderer and the desktop shell. The Electron preload exposes an
 * object that `satisfies DesktopApi`; the web adapter implements the same type with browser
 * means. Components ask capability flags, never "am I in Electron".
 */

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

export type Capabilities = {
  /** Runs inside the desktop shell. Use only for labels, never to branch features. */
  isDesktop: boolean;
  /** Files can be written to a folder chosen once (backups) without a dialog each time. */
  canWriteBackupFiles: boolean;
  /** A PDF can be rendered and saved without the browser's print dialog. */
  canPrintToPdf: boolean;
};

/** The folders the shell keeps on disk; the renderer may ask to open these and no others. */
export const FOLDER_KINDS = ['data', 'backups', 'logs'] as const;
export type FolderKind = (typeof FOLDER_KINDS)[number];
export type AppFolders = Record<FolderKind, string>;

/** Versions and surroundings for the About screen and IT support; null where not known. */
export type AppInfo = {
  appVersion: string;
  electronVersion: string | null;
  chromiumVersion: string | null;
  nodeVersion: string | null;
  v8Version: string | null;
  /** Operating system name and release, e.g. `Windows_NT 10.0.22631`. */
  osVersion: string | null;
  platform: string;
  arch: string | null;
  locale: string | null;
  /** userData, its backups and its logs; null in a browser, which has no folders of its own. */
  folders: AppFolders | null;
};

export const IPC_CHANNELS = {
  appInfo: 'app:info',
  filesSaveAs: 'files:save-as',
  reportsSavePdf: 'reports:save-pdf',
  backupsWrite: 'backups:write',
  backupsList: 'backups:list',
  backupsRead: 'backups:read',
  appQuitReady: 'app:quit-ready',
  appOpenFolder: 'app:open-folder',
  diagnosticsLog: 'diagnostics:log',
} as const;

/** Why a backup was taken; pre-migration and year-close backups are never rotated away. */
export const BACKUP_REASONS = [
  'scheduled',
  'quit',
  'manual',
  'pre-import',
  'pre-restore',
  'pre-migration',
  'year-close',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** One backup file as the shell lists it. `verified`: re-read after writing and its hash matched. */
export type BackupInfo = {
  fileName: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
  verified: boolean;
  counts: Record<string, number> | null;
  pinned: boolean;
};

/**
 * 250 MiB: a backup larger than this is refused rather than half-written. The whole file
 * travels as one string over IPC, and a string with characters beyond Latin-1 is serialised at
 * two bytes a character, so 250 Mi characters stay under V8's 512 MiB ceiling for one buffer.
 * The benchmark's city-scale data set (2,000 units, 200,000 audit events) is about 221 M.
 */
export const MAX_BACKUP_BYTES = 250 * 1024 * 1024;

export const BackupWriteRequestSchema = z
  .object({
    reason: z.enum(BACKUP_REASONS),
    /** The backup document (shared/backup format) as JSON text. */
    content: z.string().min(2).max(MAX_BACKUP_BYTES),
  })
  .strict();
export type BackupWriteRequest = z.infer<typeof BackupWriteRequestSchema>;

export const BackupFileNameSchema = z
  .string()
  .regex(/^valvo-backup-[0-9TZ.-]+-[a-z-]+\.json$/, 'not a backup file name');

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** 50 MB: the largest file the renderer may hand to the shell in one call. */
export const MAX_SAVE_BYTES = 50 * 1024 * 1024;

export const SaveFileRequestSchema = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      // Control characters are refused on purpose: they are never part of a safe file name.
      // eslint-disable-next-line no-control-regex
      .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'invalid file name'),
    mimeType: z.string().min(1).max(100),
    content: z.union([z.string().max(MAX_SAVE_BYTES), z.instanceof(Uint8Array)]),
  })
  .strict()
  .refine(
    (value) => typeof value.content === 'string' || value.content.byteLength <= MAX_SAVE_BYTES,
    'file too large',
  );

export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;

/**
 * A report to render to PDF: the hash route of its print view (e.g. `/print/audit?year=2026`)
 * and the file name offered in the save dialog.
 */
export const SavePdfRequestSchema = z
  .object({
    route: z
      .string()
      .min(1)
      .max(2_000)
      .regex(/^\/print(\/[A-Za-z0-9_%-]+)+\/?(\?[A-Za-z0-9_&=%.-]*)?$/, 'not a print route'),
    suggestedName: SaveFileRequestSchema.shape.suggestedName,
  })
  .strict();
export type SavePdfRequest = z.infer<typeof SavePdfRequestSchema>;
export type SaveFileResult = { saved: boolean; fileName: string | null };

/** The levels a renderer may write to the shell's log file. */
export const DIAGNOSTIC_LEVELS = ['error', 'warn', 'info'] as const;
export type DiagnosticLevel = (typeof DIAGNOSTIC_LEVELS)[number];

/** Enough for a message and a stack trace; a longer one is refused, not truncated. */
export const MAX_DIAGNOSTIC_MESSAGE_LENGTH = 8_000;

export const DiagnosticsLogEntrySchema = z
  .object({
    level: z.enum(DIAGNOSTIC_LEVELS),
    message: z.string().min(1).max(MAX_DIAGNOSTIC_MESSAGE_LENGTH),
  })
  .strict();
export type DiagnosticsLogEntry = z.infer<typeof DiagnosticsLogEntrySchema>;

/** Argument schemas, one per channel: the shell parses every call with these. */
export const IPC_ARGUMENT_SCHEMAS = {
  [IPC_CHANNELS.appInfo]: z.tuple([]),
  [IPC_CHANNELS.filesSaveAs]: z.tuple([SaveFileRequestSchema]),
  [IPC_CHANNELS.reportsSavePdf]: z.tuple([SavePdfRequestSchema]),
  [IPC_CHANNELS.backupsWrite]: z.tuple([BackupWriteRequestSchema]),
  [IPC_CHANNELS.backupsList]: z.tuple([]),
  [IPC_CHANNELS.backupsRead]: z.tuple([BackupFileNameSchema]),
  [IPC_CHANNELS.appQuitReady]: z.tuple([]),
  // A kind, never a path: the shell maps it to one of its own folders.
  [IPC_CHANNELS.appOpenFolder]: z.tuple([z.enum(FOLDER_KINDS)]),
  [IPC_CHANNELS.diagnosticsLog]: z.tuple([DiagnosticsLogEntrySchema]),
} satisfies Record<IpcChannel, z.ZodType<unknown[]>>;

export type DesktopApi = {
  capabilities: Capabilities;
  app: {
    info(): Promise<IpcResult<AppInfo>>;
    /** Opens one of the shell's own folders in the file manager (only where info has folders). */
    openFolder(kind: FolderKind): Promise<IpcResult<void>>;
  };
  diagnostics: {
    /** Writes a renderer message to the shell's log file (the console in a browser). */
    log(entry: DiagnosticsLogEntry): Promise<IpcResult<void>>;
  };
  files: {
    /** Asks where to save and writes the file; `saved: false` when the user cancels. */
    saveAs(request: SaveFileRequest): Promise<IpcResult<SaveFileResult>>;
  };
  backups: {
    /** Writes a backup atomically to userData/backups, reads it back to verify, rotates old ones. */
    write(request: BackupWriteRequest): Promise<IpcResult<BackupInfo>>;
    /** Every backup file, newest first. */
    list(): Promise<IpcResult<BackupInfo[]>>;
    /** The text of one backup file, for restore. */
    read(fileName: string): Promise<IpcResult<string>>;
    /**
     * Called once when the app is about to quit: the renderer takes its quit backup in the
     * callback and the shell quits when it resolves (or after a timeout).
     */
    onQuitRequested(callback: () => Promise<void>): void;
  };
  reports: {
    /**
     * Renders the print route in a hidden window to PDF (A4, CSS page size, tagged) and asks
     * where to save it; `saved: false` when the user cancels. Only where canPrintToPdf.
     */
    savePdf(request: SavePdfRequest): Promise<IpcResult<SaveFileResult>>;
  };
};
