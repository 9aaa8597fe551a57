import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { AuditEvent, FieldChanges } from './domain/audit-event';

/** The hash before the first event of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Bookkeeping fields that change on every write and say nothing about the change itself. */
const UNTRACKED_FIELDS = new Set(['updatedAt', 'updatedBy', 'rev']);

const isEqual = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/** The fields that differ between two versions of a record, as field → [before, after]. */
export const diffRecords = (
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): FieldChanges => {
  const changes: FieldChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of [...keys].sort()) {
    if (UNTRACKED_FIELDS.has(key)) continue;
    const previous = before?.[key] ?? null;
    const next = after?.[key] ?? null;
    if (!isEqual(previous, next)) changes[key] = [previous, next];
  }
  return changes;
};

/**
 * JSON with object keys sorted at every level, so that the same event always hashes the same.
 * `undefined` properties are dropped, as JSON.stringify does.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new Error('Non-finite numbers cannot be hashed');
    }
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
};

export type UnhashedAuditEvent = Omit<AuditEvent, 'hash' | 'prevHash'>;

/** SHA-256 over the previous hash and the canonical event; synchronous so it can run inside a transaction. */
export const hashAuditEvent = (event: UnhashedAuditEvent, prevHash: string): string =>
  bytesToHex(sha256(utf8ToBytes(`${prevHash}\n${canonicalJson(event)}`)));

export const chainAuditEvent = (event: UnhashedAuditEvent, prevHash: string): AuditEvent => ({
  ...event,
  prevHash,
  hash: hashAuditEvent(event, prevHash),
});

export type ChainVerdict =
  { ok: true; head: string; count: number } | { ok: false; brokenAtSeq: number };

/** Walks the chain in seq order and names the first event whose link or hash does not hold. */
export const verifyAuditChain = (events: readonly AuditEvent[]): ChainVerdict => {
  let prevHash = GENESIS_HASH;
  let expectedSeq = events[0]?.seq ?? 1;
  for (const event of events) {
    const { hash, prevHash: storedPrev, ...rest } = event;
    if (
      event.seq !== expectedSeq ||
      storedPrev !== prevHash ||
      hashAuditEvent(rest, prevHash) !== hash
    ) {
      return { ok: false, brokenAtSeq: event.seq };
    }
    prevHash = hash;
    expectedSeq += 1;
  }
  return { ok: true, head: prevHash, count: events.length };
};
