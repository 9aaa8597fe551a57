type Reply<P, R> =
  ({ kind: 'progress' } & P) | { kind: 'done'; value: R } | { kind: 'error'; message: string };

type Job<P, R> = {
  worker: Worker;
  message: unknown;
  transfer?: Transferable[];
  /** Recognises the worker's replies and names them progress, done (with its value) or error. */
  readReply: (data: unknown) => Reply<P, R> | null;
  onProgress: (progress: P) => void;
  signal?: AbortSignal | undefined;
};

/**
 * Runs one job in a Web Worker (created by the caller, so the bundler sees its URL) and settles
 * with its result; aborting, a failure to load or an unreadable message ends the worker at once.
 */
export const runWorkerJob = <P, R>({
  worker,
  message,
  transfer = [],
  readReply,
  onProgress,
  signal,
}: Job<P, R>): Promise<R> =>
  new Promise((resolve, reject) => {
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
      const reply = readReply(event.data);
      if (!reply) return;
      if (reply.kind === 'progress') return onProgress(reply);
      finish();
      if (reply.kind === 'done') resolve(reply.value);
      else reject(new Error(reply.message));
    };
    // A worker that cannot load (a blocked script, a syntax error) reports here, not by message.
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(event.message || 'the worker failed to start'));
    };
    worker.onmessageerror = () => {
      finish();
      reject(new Error('the worker sent an unreadable message'));
    };
    worker.postMessage(message, transfer);
  });
