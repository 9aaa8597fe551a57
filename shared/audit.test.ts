import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UnhashedAuditEvent } from './audit';
import {
  GENESIS_HASH,
  canonicalJson,
  chainAuditEvent,
  diffRecords,
  verifyAuditChain,
} from './audit';
import type { AuditEvent } from './domain/audit-event';

const event = (seq: number, changes: Record<string, [unknown, unknown]>): UnhashedAuditEvent => ({
  seq,
  id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
  at: '2026-03-01T10:00:00.000Z',
  actor: 'Maija Meikäläinen',
  entity: 'controlAction',
  entityId: '11111111-1111-4111-8111-111111111111',
  op: 'update',
  changes,
  hashVersion: 1,
});

const chain = (count: number): AuditEvent[] => {
  const events: AuditEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const chained = chainAuditEvent(event(seq, { status: ['not_started', `s${seq}`] }), prev);
    events.push(chained);
    prev = chained.hash;
  }
  return events;
};

describe('diffRecords', () => {
  it('lists changed fields with before and after, ignoring bookkeeping fields', () => {
    expect(
      diffRecords(
        { status: 'not_started', owner: 'A', rev: 1, updatedAt: 'x', notes: [] },
        { status: 'done', owner: 'A', rev: 2, updatedAt: 'y', notes: [] },
      ),
    ).toEqual({ status: ['not_started', 'done'] });
  });

  it('records a creation as every field from null', () => {
    expect(diffRecords(null, { name: 'Hallinto', rev: 1 })).toEqual({ name: [null, 'Hallinto'] });
  });
});

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
        expect(JSON.parse(canonicalJson(record))).toEqual(JSON.parse(JSON.stringify(record)));
      }),
    );
  });
});

describe('verifyAuditChain', () => {
  it('accepts an intact chain and returns its head', () => {
    const events = chain(5);
    expect(verifyAuditChain(events)).toEqual({ ok: true, head: events[4]?.hash, count: 5 });
  });

  it('names the first broken event when a field is changed, an event removed or two swapped', () => {
    const edited = chain(5);
    edited[2] = { ...edited[2]!, actor: 'Joku muu' };
    expect(verifyAuditChain(edited)).toEqual({ ok: false, brokenAtSeq: 3 });

    const removed = chain(5);
    removed.splice(1, 1);
    expect(verifyAuditChain(removed)).toEqual({ ok: false, brokenAtSeq: 3 });

    const swapped = chain(5);
    [swapped[3], swapped[4]] = [swapped[4]!, swapped[3]!];
    expect(verifyAuditChain(swapped)).toEqual({ ok: false, brokenAtSeq: 5 });
  });
});
