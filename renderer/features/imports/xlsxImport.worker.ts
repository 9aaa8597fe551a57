import type { XlsxReadReply, XlsxReadRequest } from './xlsxImportMessages';
import { readXlsxTable } from './xlsxTable';

/** The worker side of readXlsx(): unpacks and reads the workbook off the window's thread. */
const scope = self as unknown as {
  postMessage: (message: XlsxReadReply) => void;
  onmessage: ((event: MessageEvent<XlsxReadRequest>) => void) | null;
};

scope.onmessage = (event) => {
  if (event.data?.kind !== 'read') return;
  readXlsxTable(event.data.bytes, (progress) => scope.postMessage(progress)).then(
    (result) => scope.postMessage({ kind: 'done', result }),
    (error: unknown) =>
      scope.postMessage({
        kind: 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
