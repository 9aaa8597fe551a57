import type { Transaction } from 'dexie';
import { Dexie } from 'dexie';
import type { AuditEvent } from '../../../shared/domain/audit-event';
import type { AuditDraft } from './auditLog';
import { appendAll } from '../../../shared/arrays';
import { appendAuditEvents } from './auditLog';
import type { ValvoDatabase } from '../core/database';
import type { WriteContext } from '../core/writeContext';

// Events are chained and stored in slices, so no single request carries thousands of them.
const CHUNK_SIZE = 250;

type Queue = { drafts: AuditDraft[]; context: WriteContext }[];

/** The events of the outermost door transaction, in the order its writes were made. */
const queues = new WeakMap<Transaction, Queue>();

const outermost = (transaction: Transaction) => {
  let root = transaction;
  while (root.parent) root = root.parent;
  return root;
};

/**
 * The audit queue of the write transaction running now. A door opened inside another door's
 * body (a setup writing through the repositories, an import through the row repository) is a
 * nested Dexie transaction: its events join the outer queue, so the whole chain keeps the order
 * of the writes and is appended once, when the outer body has finished.
 */
export const joinAuditQueue = () => {
  const transaction = Dexie.currentTransaction;
  const root = outermost(transaction);
  const isOwner = !queues.has(root);
  if (isOwner) queues.set(root, []);
  const queue = queues.get(root)!;
  return {
    isOwner,
    push: (context: WriteContext, drafts: readonly AuditDraft[]) => {
      const last = queue.at(-1);
      if (last && last.context === context) appendAll(last.drafts, drafts);
      else queue.push({ context, drafts: [...drafts] });
    },
    /** Appends what is queued (owner only); the events are returned in order. */
    flush: async (db: ValvoDatabase): Promise<AuditEvent[]> => {
      const events: AuditEvent[] = [];
      for (const { context, drafts } of queue.splice(0)) {
        for (let start = 0; start < drafts.length; start += CHUNK_SIZE) {
          events.push(
            ...(await appendAuditEvents(db, context, drafts.slice(start, start + CHUNK_SIZE))),
          );
        }
      }
      return events;
    },
    pending: () => queue.reduce((sum, item) => sum + item.drafts.length, 0),
  };
};

export type AuditQueue = ReturnType<typeof joinAuditQueue>;
