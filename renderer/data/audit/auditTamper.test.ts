import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UnhashedAuditEvent } from '../../../shared/audit';
import { hashAuditEvent, verifyAuditChain } from '../../../shared/audit';
import type { AuditEvent } from '../../../shared/domain/audit-event';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { createActionRepository } from '../actions/actionRepository';
import { loadExampleOrganisation } from '../setup/setupOrganisation';
import { createChainWalker, verifyStoredChain } from './chainCheck';
import { PROFILE_NAME } from './testFixtures';

/**
 * A2: the log is changed behind the app's back, through the raw IndexedDB connection (no Dexie,
 * no middleware, no repository), the way someone with the profile folder and a script could.
 * The chain check must name the first event that no longer holds.
 */

let db: ValvoDatabase;
let original: AuditEvent[];

/** A raw IndexedDB transaction on the audit store of the same fake-indexeddb factory. */
const raw = <T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> =>
  new Promise((resolve, reject) => {
    const transaction = db.backendDB().transaction('auditEvents', mode);
    const request = work(transaction.objectStore('auditEvents'));
    transaction.oncomplete = () => resolve(request ? request.result : undefined);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });

const readRaw = async () =>
  ((await raw('readonly', (store) => store.getAll())) as AuditEvent[]).sort(
    (a, b) => a.seq - b.seq,
  );
const putRaw = (...events: AuditEvent[]) =>
  raw('readwrite', (store) => {
    for (const event of events) store.put(event);
  });
const deleteRaw = (seq: number) => raw('readwrite', (store) => store.delete(seq));
const restoreOriginal = () =>
  raw('readwrite', (store) => {
    store.clear();
    for (const event of original) store.put(event);
  });

const eventAt = (seq: number) => structuredClone(original.find((event) => event.seq === seq)!);
const flipHex = (hex: string) => `${hex[0] === 'a' ? 'b' : 'a'}${hex.slice(1)}`;

/** The verdicts of verifyAuditChain, the chunked walker and the stored-chain check must agree. */
const verdicts = async (chunkSize: number) => {
  const events = await readRaw();
  const whole = verifyAuditChain(events);
  const walker = createChainWalker();
  for (let start = 0; start < events.length; start += chunkSize) {
    if (!walker.feed(events.slice(start, start + chunkSize))) break;
  }
  expect(walker.verdict()).toEqual(whole);
  expect(await verifyStoredChain(db, { chunkSize })).toEqual(whole);
  return whole;
};

type Tampering =
  | { kind: 'field'; seq: number; field: 'actor' | 'at' | 'op' | 'entityId' | 'changes' }
  | { kind: 'delete'; seq: number }
  | { kind: 'swap'; first: number; second: number }
  | { kind: 'hash' | 'prevHash' | 'rehash'; seq: number };

/** Applies the tampering raw and says which seq the check must report. */
const tamper = async (change: Tampering): Promise<number> => {
  switch (change.kind) {
    case 'field': {
      const event = eventAt(change.seq);
      const edits = {
        actor: { actor: `${event.actor} (muokattu)` },
        at: { at: '2020-01-01T00:00:00.000Z' },
        op: { op: event.op === 'delete' ? 'update' : 'delete' },
        entityId: { entityId: '00000000-0000-4000-8000-ffffffffffff' },
        changes: { changes: { ...event.changes, owner: ['Joku', 'Joku muu'] } },
      } as const;
      await putRaw({ ...event, ...edits[change.field] } as AuditEvent);
      return change.seq;
    }
    case 'delete':
      await deleteRaw(change.seq);
      return change.seq + 1;
    case 'swap': {
      // The key is the seq, so a swap moves each event's content under the other's number.
      // Both go first: each event id is unique in the store.
      const first = eventAt(change.first);
      const second = eventAt(change.second);
      await raw('readwrite', (store) => {
        store.delete(first.seq);
        store.delete(second.seq);
        store.put({ ...second, seq: first.seq });
        store.put({ ...first, seq: second.seq });
      });
      return change.first;
    }
    case 'hash': {
      const event = eventAt(change.seq);
      await putRaw({ ...event, hash: flipHex(event.hash) });
      return change.seq;
    }
    case 'prevHash': {
      const event = eventAt(change.seq);
      await putRaw({ ...event, prevHash: flipHex(event.prevHash) });
      return change.seq;
    }
    case 'rehash': {
      // A forger who knows the algorithm fixes the edited event's own hash; the next link breaks.
      const event = eventAt(change.seq);
      const edited = Object.fromEntries(
        Object.entries({ ...event, actor: 'Väärentäjä' }).filter(
          ([key]) => key !== 'hash' && key !== 'prevHash',
        ),
      ) as UnhashedAuditEvent;
      await putRaw({
        ...edited,
        prevHash: event.prevHash,
        hash: hashAuditEvent(edited, event.prevHash),
      });
      return change.seq + 1;
    }
  }
};

beforeAll(async () => {
  db = openTestDatabase();
  const context = testContext(PROFILE_NAME);
  await loadExampleOrganisation(db, context);
  const actions = createActionRepository(db, context);
  const [row] = await db.controlActions.toArray();
  context.advance(60);
  await actions.setStatus(
    row!.id,
    row!.rev,
    { status: 'in_progress', note: 'Aloitettu' },
    '2026-03-02',
  );
  await actions.update(row!.id, row!.rev + 1, {
    objective: row!.objective,
    actions: row!.actions,
    indicator: row!.indicator,
    owner: 'Hallintojohtaja',
    deadline: '30.9.2026',
    status: 'in_progress',
  });
  original = await db.auditEvents.orderBy('seq').toArray();
});

describe('tampering with the stored audit log', () => {
  it('starts from an intact chain of the example and two edits', async () => {
    expect(original.length).toBeGreaterThan(50);
    expect(await verdicts(7)).toEqual({
      ok: true,
      head: original.at(-1)!.hash,
      count: original.length,
    });
  });

  it('names the first broken seq for any field edit, deletion, swap or hash edit', async () => {
    const n = original.length;
    const seq = fc.integer({ min: 1, max: n });
    const middle = fc.integer({ min: 1, max: n - 1 });
    const tampering: fc.Arbitrary<Tampering> = fc.oneof(
      fc.record({
        kind: fc.constant('field' as const),
        seq,
        field: fc.constantFrom('actor', 'at', 'op', 'entityId', 'changes') as fc.Arbitrary<
          'actor' | 'at' | 'op' | 'entityId' | 'changes'
        >,
      }),
      fc.record({ kind: fc.constant('delete' as const), seq: middle }),
      fc
        .tuple(seq, seq)
        .filter(([a, b]) => a !== b)
        .map(([a, b]) => ({
          kind: 'swap' as const,
          first: Math.min(a, b),
          second: Math.max(a, b),
        })),
      fc.record({ kind: fc.constantFrom('hash' as const, 'prevHash' as const), seq }),
      fc.record({ kind: fc.constant('rehash' as const), seq: middle }),
    );
    await fc.assert(
      fc.asyncProperty(tampering, fc.integer({ min: 1, max: 40 }), async (change, chunkSize) => {
        try {
          const expected = await tamper(change);
          expect(await verdicts(chunkSize)).toEqual({ ok: false, brokenAtSeq: expected });
        } finally {
          await restoreOriginal();
        }
      }),
      { numRuns: 60 },
    );
    expect(await verdicts(500)).toMatchObject({ ok: true, count: original.length });
  });

  it.each([
    ['a changed field', { kind: 'field', seq: 10, field: 'changes' }, 10],
    ['a deleted middle event', { kind: 'delete', seq: 10 }, 11],
    ['the first event deleted', { kind: 'delete', seq: 1 }, 2],
    ['two swapped events', { kind: 'swap', first: 5, second: 20 }, 5],
    ['an edited stored hash', { kind: 'hash', seq: 30 }, 30],
    ['an edit with its own hash recomputed', { kind: 'rehash', seq: 12 }, 13],
  ] as const)('reports %s at the right seq', async (_name, change, seq) => {
    try {
      expect(await tamper(change)).toBe(seq);
      expect(await verdicts(16)).toEqual({ ok: false, brokenAtSeq: seq });
    } finally {
      await restoreOriginal();
    }
  });

  it('cannot see a cut-off tail in the chain alone, but the head hash changes', async () => {
    // Why the head goes on printed reports and backups: it pins the end of the chain.
    try {
      await deleteRaw(original.length);
      const verdict = await verdicts(16);
      expect(verdict).toMatchObject({ ok: true, count: original.length - 1 });
      expect(verdict.ok && verdict.head).not.toBe(original.at(-1)!.hash);
    } finally {
      await restoreOriginal();
    }
  });
});
