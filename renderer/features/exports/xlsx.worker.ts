import { buildXlsx } from './workbook';
import type { XlsxReply, XlsxRequest } from './xlsxMessages';

/** The worker side of exportXlsx(): builds the workbook off the window's thread. */
const scope = self as unknown as {
  postMessage: (message: XlsxReply, transfer?: Transferable[]) => void;
  onmessage: ((event: MessageEvent<XlsxRequest>) => void) | null;
};

scope.onmessage = (event) => {
  if (event.data?.kind !== 'build') return;
  buildXlsx(event.data.tables, (progress) => scope.postMessage(progress)).then(
    (bytes) => scope.postMessage({ kind: 'done', bytes }, [bytes.buffer]),
    (error: unknown) =>
      scope.postMessage({
        kind: 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
