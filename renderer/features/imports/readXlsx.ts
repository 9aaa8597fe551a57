import { runWorkerJob } from '../../hooks/runWorkerJob';
import type { XlsxReadProgress, XlsxReadRequest, XlsxReadResult } from './xlsxImportMessages';
import { isXlsxReadReply } from './xlsxImportMessages';

/**
 * Reads the rows sheet of an XLSX in a Web Worker, so the window stays responsive, and resolves
 * with its text cells. Progress arrives through `onProgress`; aborting stops the worker at once.
 */
export const readXlsx = (
  bytes: ArrayBuffer,
  onProgress: (progress: XlsxReadProgress) => void = () => undefined,
  signal?: AbortSignal,
): Promise<XlsxReadResult> =>
  runWorkerJob<XlsxReadProgress, XlsxReadResult>({
    worker: new Worker(new URL('./xlsxImport.worker.ts', import.meta.url), { type: 'module' }),
    message: { kind: 'read', bytes } satisfies XlsxReadRequest,
    transfer: [bytes],
    readReply: (data) => {
      if (!isXlsxReadReply(data)) return null;
      return data.kind === 'done' ? { kind: 'done', value: data.result } : data;
    },
    onProgress,
    signal,
  });
