import type { ExportTable } from '../../../shared/exports/columns';
import { runWorkerJob } from '../../hooks/runWorkerJob';
import type { XlsxProgress, XlsxRequest } from './xlsxMessages';
import { isXlsxReply } from './xlsxMessages';

/**
 * Builds an XLSX of the tables in a Web Worker, so the window stays responsive, and resolves
 * with its bytes. Progress arrives through `onProgress`; aborting stops the worker at once.
 */
export const exportXlsx = (
  tables: ExportTable[],
  onProgress: (progress: XlsxProgress) => void = () => undefined,
  signal?: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> =>
  runWorkerJob<XlsxProgress, Uint8Array<ArrayBuffer>>({
    worker: new Worker(new URL('./xlsx.worker.ts', import.meta.url), { type: 'module' }),
    message: { kind: 'build', tables } satisfies XlsxRequest,
    readReply: (data) => {
      if (!isXlsxReply(data)) return null;
      return data.kind === 'done' ? { kind: 'done', value: data.bytes } : data;
    },
    onProgress,
    signal,
  });
