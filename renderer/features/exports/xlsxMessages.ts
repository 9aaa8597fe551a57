import type { ExportTable } from '../../../shared/exports/columns';

/** The messages between the export client and the XLSX worker. */
export type XlsxRequest = { kind: 'build'; tables: ExportTable[] };

/** `rows`: rows put on sheets so far; `writing`: the file is being compressed (no count). */
export type XlsxProgress = {
  kind: 'progress';
  phase: 'rows' | 'writing';
  done: number;
  total: number;
};

export type XlsxReply =
  | XlsxProgress
  | { kind: 'done'; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'error'; message: string };

/** Anything else arriving on the channel (a library's own postMessage) is ignored. */
export const isXlsxReply = (data: unknown): data is XlsxReply =>
  typeof data === 'object' &&
  data !== null &&
  ['progress', 'done', 'error'].includes((data as { kind?: unknown }).kind as string);
