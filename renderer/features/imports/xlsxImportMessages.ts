import type { ImportTable } from '../../../shared/imports/import-header';

/** The messages between the import client and the XLSX reading worker. */
export type XlsxReadRequest = { kind: 'read'; bytes: ArrayBuffer };

/** `opening`: the file is being unpacked (no count); `rows`: rows read so far. */
export type XlsxReadProgress = {
  kind: 'progress';
  phase: 'opening' | 'rows';
  done: number;
  total: number;
};

/** A file that cannot be used at all; `message` is an i18n key (with parameters after '?'). */
export type XlsxReadResult = { ok: true; tables: ImportTable[] } | { ok: false; message: string };

export type XlsxReadReply =
  XlsxReadProgress | { kind: 'done'; result: XlsxReadResult } | { kind: 'error'; message: string };

/** Anything else arriving on the channel (a library's own postMessage) is ignored. */
export const isXlsxReadReply = (data: unknown): data is XlsxReadReply =>
  typeof data === 'object' &&
  data !== null &&
  ['progress', 'done', 'error'].includes((data as { kind?: unknown }).kind as string);
