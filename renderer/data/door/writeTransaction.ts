import type { AuditEvent } from '../../../shared/domain/audit-event';
import type { AuditDraft } from './auditLog';
import type { TableName, ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import type { WriteContext } from '../core/writeContext';
import { joinAuditQueue } from './auditQueue';
import type { WriteRule } from './rules';
import { assertRole, assertRuleHolds } from './rules';
import { createScopeGuard } from './scopeGuard';
import type { WriteScope } from './scopeGuard';
import { createRecordWriter } from './recordWriter';
import type { RecordWriter } from './recordWriter';

/** The tables every write transaction holds: the rules read them and the audit trail is one. */
const RULE_TABLES: readonly TableName[] = [
  'auditEvents',
  'planYears',
  'unitPackages',
  'units',
  'unitReviews',
];

export type WriteRequest = {
  /** Who may make this write (data/door/rules.ts). */
  rule: WriteRule;
  /** The tables the body reads or writes, besides the rule tables every write holds. */
  tables: readonly TableName[];
};

/** What a door's body gets: the database to read, and the only ways to change it. */
export type DoorTransaction = RecordWriter & {
  /** For reads only: every change goes through the methods of the transaction. */
  db: ValvoDatabase;
  context: WriteContext;
  /** Checks the rules of writes the body makes in a way the records do not show (see scopeGuard). */
  check: (scopes: readonly WriteScope[]) => Promise<void>;
  /** The plan year of `year`; refuses a year that has not been created. */
  requireYear: ReturnType<typeof createScopeGuard>['requireYear'];
  /** Events that are not a record's own change (a restore, which replaces the chain). */
  audit: (drafts: readonly AuditDraft[]) => void;
  /** Appends the queued events now, in order, and returns them (a restore returns its event). */
  flushAudit: () => Promise<AuditEvent[]>;
  /** How many events are queued and not yet appended. */
  pendingAudit: () => number;
};

/**
 * The one way to write to the database. Checks the rule's role, opens one read-write
 * transaction on `tables` and the rule tables, checks what the rule asks of the register, and
 * runs `body`. Every record the body writes through the transaction is validated with its
 * schema (entities.ts), meets the record rules of its scope (closed-year lock, package scope,
 * approval withdrawal: scopeGuard.ts) unless the rule writes a verified file as given, and
 * leaves its audit event, appended in order when the body has finished. A refusal anywhere
 * rolls the whole transaction back.
 */
export const writeTransaction = async <T>(
  db: ValvoDatabase,
  context: WriteContext,
  { rule, tables }: WriteRequest,
  body: (tx: DoorTransaction) => Promise<T>,
): Promise<T> => {
  assertRole(rule, context);
  const names = [...new Set([...tables, ...RULE_TABLES])];
  return db.transaction('rw', names, async () => {
    // Every write stops here in a database this code must not change (a newer schema).
    if (db.readOnlyReason) throw new DomainError(db.readOnlyReason);
    await assertRuleHolds(rule, db);
    const queue = joinAuditQueue();
    const guard = createScopeGuard(db, context, (drafts) => queue.push(context, drafts));
    const writer = createRecordWriter({
      db,
      context,
      rule,
      audit: (drafts) => queue.push(context, drafts),
      check: guard.check,
    });
    const tx: DoorTransaction = {
      ...writer,
      db,
      context,
      check: guard.check,
      requireYear: guard.requireYear,
      audit: (drafts) => queue.push(context, drafts),
      flushAudit: () => queue.flush(db),
      pendingAudit: queue.pending,
    };
    const result = await body(tx);
    if (queue.isOwner) await queue.flush(db);
    return result;
  });
};
