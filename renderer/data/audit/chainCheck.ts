import type { ChainVerdict } from '../../../shared/audit';
import { GENESIS_HASH, hashAuditEvent } from '../../../shared/audit';
import type { AuditEvent } from '../../../shared/domain/audit-event';
import type { ValvoDatabase } from '../core/database';

/**
 * verifyAuditChain (shared/audit.ts) fed one chunk at a time: the same rules in the same order
 * (seq follows on, prevHash links to the previous hash, the hash is the event's own), with the
 * running hash carried from chunk to chunk. Fed the whole log in any chunking it gives the same
 * verdict as verifyAuditChain over the whole log; the tests hold it to that.
 */
export const createChainWalker = () => {
  let prevHash = GENESIS_HASH;
  let expectedSeq: number | null = null;
  let count = 0;
  let brokenAtSeq: number | null = null;
  return {
    /** Checks the next events in seq order; false once the chain has broken. */
    feed(events: readonly AuditEvent[]): boolean {
      if (brokenAtSeq !== null) return false;
      for (const event of events) {
        expectedSeq ??= event.seq;
        const { hash, prevHash: storedPrev, ...rest } = event;
        if (
          event.seq !== expectedSeq ||
          storedPrev !== prevHash ||
          hashAuditEvent(rest, prevHash) !== hash
        ) {
          brokenAtSeq = event.seq;
          return false;
        }
        prevHash = hash;
        expectedSeq += 1;
        count += 1;
      }
      return true;
    },
    verdict(): ChainVerdict {
      return brokenAtSeq === null
        ? { ok: true, head: prevHash, count }
        : { ok: false, brokenAtSeq };
    },
  };
};

export type ChainProgress = { done: number; total: number };

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Verifies the whole audit log, reading and hashing `chunkSize` events at a time and yielding to
 * the event loop between chunks, so the window stays responsive and can show progress. Events
 * appended while it runs are checked too.
 */
export const verifyStoredChain = async (
  db: ValvoDatabase,
  {
    chunkSize = 500,
    onProgress,
    isCancelled = () => false,
  }: {
    chunkSize?: number;
    onProgress?: (progress: ChainProgress) => void;
    isCancelled?: () => boolean;
  } = {},
): Promise<ChainVerdict | null> => {
  const walker = createChainWalker();
  let total = await db.auditEvents.count();
  let done = 0;
  let lastKey: number | null = null;
  onProgress?.({ done, total });
  for (;;) {
    if (isCancelled()) return null;
    const chunk: AuditEvent[] = await (
      lastKey === null ? db.auditEvents.orderBy('seq') : db.auditEvents.where('seq').above(lastKey)
    )
      .limit(chunkSize)
      .toArray();
    if (chunk.length === 0) break;
    const intact = walker.feed(chunk);
    done += chunk.length;
    total = Math.max(total, done);
    lastKey = chunk[chunk.length - 1]!.seq;
    onProgress?.({ done, total });
    if (!intact) break;
    await nextTick();
  }
  return walker.verdict();
};
