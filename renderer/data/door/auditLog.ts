import type { UnhashedAuditEvent } from '../../../shared/audit';
import { GENESIS_HASH, chainAuditEvent, diffRecords } from '../../../shared/audit';
import type {
  AuditedEntity,
  AuditEvent,
  AuditOperation,
  FieldChanges,
} from '../../../shared/domain/audit-event';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import type { WriteContext } from '../core/writeContext';

export type AuditDraft = {
  entity: AuditedEntity;
  entityId: string;
  op: AuditOperation;
  before: object | null;
  after: object | null;
  /** Names the origin of a change made from a file, e.g. a merged unit package. */
  source?: string;
};

const asRecord = (value: object | null) => value as Record<string, unknown> | null;

/**
 * Appends one chained event per change. Only the door calls it (auditQueue), inside the write's
 * transaction, so the change and its events commit or fail together. Hashing is synchronous,
 * so nothing but IndexedDB is awaited inside the transaction.
 */
export const appendAuditEvents = async (
  db: ValvoDatabase,
  context: WriteContext,
  drafts: readonly AuditDraft[],
): Promise<AuditEvent[]> => {
  // Every write appends its events here, so this one check stops them all in a read-only database.
  if (db.readOnlyReason) throw new DomainError(db.readOnlyReason);
  const head = await db.auditEvents.orderBy('seq').last();
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const at = context.now().toISOString();
  const events: AuditEvent[] = [];
  for (const draft of drafts) {
    const changes: FieldChanges = diffRecords(asRecord(draft.before), asRecord(draft.after));
    seq += 1;
    const unhashed: UnhashedAuditEvent = {
      seq,
      id: context.newId(),
      at,
      actor: context.actor(),
      entity: draft.entity,
      entityId: draft.entityId,
      op: draft.op,
      changes,
      ...(draft.source ? { source: draft.source } : {}),
      hashVersion: 1,
    };
    const event = chainAuditEvent(unhashed, prevHash);
    prevHash = event.hash;
    events.push(event);
  }
  await db.auditEvents.bulkAdd(events);
  return events;
};
