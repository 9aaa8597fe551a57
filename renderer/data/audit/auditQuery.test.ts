import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../shared/domain/audit-event';
import { AUDITED_ENTITIES, AUDIT_OPERATIONS } from '../../../shared/domain/audit-event';
import { createRepositories } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { loadExampleOrganisation } from '../setup/setupOrganisation';
import type { AuditFilters } from './auditQuery';
import {
  compileFilters,
  filtersFromParams,
  pageFromParams,
  readAuditPage,
  readRecordHistory,
} from './auditQuery';
import { PROFILE_NAME } from './testFixtures';

let db: ValvoDatabase;
let all: AuditEvent[];

const noFilters: AuditFilters = {
  entity: null,
  op: null,
  actor: '',
  from: '',
  to: '',
  entityId: '',
};

/** The example load, then edits by two people over three days. */
beforeAll(async () => {
  db = openTestDatabase();
  const maija = testContext(PROFILE_NAME, '2026-03-02T08:00:00.000Z');
  await loadExampleOrganisation(db, maija);
  const pekka = testContext('Pekka Virtanen', '2026-03-03T21:30:00.000Z');
  const rows = await db.controlActions.toArray();
  for (const [index, row] of rows.entries()) {
    const repos = createRepositories(db, index % 2 ? pekka : maija);
    await repos.actions.setStatus(
      row.id,
      row.rev,
      { status: 'in_progress', note: `#${index}` },
      '2026-03-03',
    );
    pekka.advance(10);
  }
  all = await db.auditEvents.orderBy('seq').toArray();
});

/** Every page in turn, concatenated. */
const readAll = async (filters: AuditFilters, pageSize: number) => {
  const events: AuditEvent[] = [];
  for (let page = 1; ; page += 1) {
    const result = await readAuditPage(db, filters, page, pageSize);
    expect(result.events.length).toBeLessThanOrEqual(pageSize);
    events.push(...result.events);
    if (!result.hasNext) return events;
    expect(result.events.length).toBe(pageSize);
  }
};

describe('the change log query', () => {
  it('pages the whole log newest first, never more than a page at a time', async () => {
    const first = await readAuditPage(db, noFilters, 1, 25);
    expect(first.total).toBe(all.length);
    expect(first.events.map((event) => event.seq)).toEqual(
      all
        .map((event) => event.seq)
        .reverse()
        .slice(0, 25),
    );
    expect(await readAll(noFilters, 25)).toEqual([...all].reverse());
  });

  it('combines the filters with AND, across pages, like a plain filter over the whole log', async () => {
    const filters = fc.record({
      entity: fc.constantFrom(null, ...AUDITED_ENTITIES),
      op: fc.constantFrom(null, ...AUDIT_OPERATIONS),
      actor: fc.constantFrom('', 'pekka', 'MAIJA', 'nobody'),
      from: fc.constantFrom('', '2.3.2026', '3.3.2026', '4.3.2026', '2026-03-03', 'huomenna'),
      to: fc.constantFrom('', '2.3.2026', '3.3.2026', '4.3.2026'),
      entityId: fc.constantFrom('', all[3]!.entityId, all[3]!.entityId.slice(-6).toUpperCase()),
    });
    await fc.assert(
      fc.asyncProperty(filters, fc.integer({ min: 1, max: 40 }), async (chosen, pageSize) => {
        const { predicate } = compileFilters(chosen);
        const expected = [...all].reverse().filter((event) => predicate?.(event) ?? true);
        expect(await readAll(chosen, pageSize)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('reads the date range as whole local days, both ends included', () => {
    const day = (from: string, to = from) =>
      all.filter(compileFilters({ ...noFilters, from, to }).predicate!).length;
    expect(day('2.3.2026') + day('3.3.2026') + day('4.3.2026')).toBe(all.length);
    expect(day('2.3.2026', '4.3.2026')).toBe(all.length);
    expect(day('5.3.2026')).toBe(0);
    expect(day('2.3.2026')).toBeGreaterThan(0);
    expect(day('4.3.2026')).toBeGreaterThan(0);
    expect(compileFilters({ ...noFilters, from: '31.2.2026' })).toMatchObject({
      predicate: null,
      invalidFrom: true,
      invalidTo: false,
    });
  });

  it('reads filters and page from the URL, ignoring values it does not know', () => {
    const params = new URLSearchParams(
      'entity=risk&op=nope&actor=Pekka&from=1.3.2026&id=ab&page=3',
    );
    expect(filtersFromParams(params)).toEqual({
      entity: 'risk',
      op: null,
      actor: 'Pekka',
      from: '1.3.2026',
      to: '',
      entityId: 'ab',
    });
    expect(pageFromParams(params)).toBe(3);
    expect(pageFromParams(new URLSearchParams('page=-1'))).toBe(1);
    expect(pageFromParams(new URLSearchParams('page=x'))).toBe(1);
  });

  it('gives a record’s history newest first with names for the records it points to', async () => {
    const row = (await db.controlActions.toArray())[0]!;
    const { events, hasMore, names } = await readRecordHistory(db, 'controlAction', row.id, 10);
    expect(events.map((event) => event.op)).toEqual(
      all
        .filter((event) => event.entityId === row.id)
        .reverse()
        .map((event) => event.op),
    );
    expect(hasMore).toBe(false);
    expect(names.get(row.id)).toBe(row.objective);
    expect(names.get(row.unitId)).toBe((await db.units.get(row.unitId))?.name);
  });
});
