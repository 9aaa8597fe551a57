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
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./xlsxImport.worker.ts', import.meta.url), {
      type: 'module',
    });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', handleAbort);
    };
    const handleAbort = () => {
      finish();
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    if (signal?.aborted) return handleAbort();
    signal?.addEventListener('abort', handleAbort);
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const reply = event.data;
      if (!isXlsxReadReply(reply)) return;
      if (reply.kind === 'progress') return onProgress(reply);
      finish();
      if (reply.kind === 'done') resolve(reply.result);
      else reject(new Error(reply.message));
    };
    // A worker that cannot load (a blocked script, a syntax error) reports here, not by message.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(event.message || 'XLSX worker failed to start'));
    };
    worker.onmessageerror = () => {
      finish();
      reject(new Error('XLSX worker sent an unreadable message'));
    };
    worker.postMessage({ kind: 'read', bytes } satisfies XlsxReadRequest, [bytes]);
  });
