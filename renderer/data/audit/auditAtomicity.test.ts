import type { DBCore, DBCoreMutateRequest } from 'dexie';
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit';
import type { ActionStatus } from '../../../shared/domain/control-action';
import { createRepositories } from '../createRepositories';
import { ValvoDatabase } from '../core/database';
import { isDomainError } from '../core/domainError';
import { testContext } from '../../test/testDatabase';
import { loadExampleOrganisation, startEmptyOrganisation } from '../setup/setupOrganisation';
import type { DatabaseSnapshot } from './testFixtures';
import {
  PROFILE_NAME,
  auditEventsOf,
  changedRecords,
  riskValues,
  rowValues,
  snapshotDatabase,
} from './testFixtures';

/**
 * D1: a change and its audit events commit together. A DBCore middleware fails the Nth write
 * (mutate) of an operation; whatever N and the operation, a failed operation leaves every table
 * exactly as it was, and a successful one gives each changed record exactly one new event.
 */

class InjectedFailure extends Error {
  constructor(readonly call: number) {
    super(`Injected failure at write ${call}`);
  }
}

/** A fresh database with the failing middleware registered before it opens. */
const openFailingDatabase = () => {
  const fault = { failAt: Number.POSITIVE_INFINITY, calls: 0 };
  const db = new ValvoDatabase('valvo-d1', { indexedDB: new IDBFactory(), IDBKeyRange });
  db.use({
    stack: 'dbcore',
    name: 'fail-nth-mutate',
    create: (down: DBCore): Partial<DBCore> => ({
      ...down,
      table: (name: string) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            fault.calls += 1;
            if (fault.calls === fault.failAt)
              return Promise.reject(new InjectedFailure(fault.calls));
            return table.mutate(request);
          },
        };
      },
    }),
  });
  const arm = (failAt: number) => {
    fault.calls = 0;
    fault.failAt = failAt;
  };
  const disarm = () => arm(Number.POSITIVE_INFINITY);
  return { db, fault, arm, disarm };
};

const TODAY = '2026-03-02';
const STATUSES: ActionStatus[] = ['in_progress', 'done', 'not_started', 'postponed'];

/** An organisation with three areas, rows, a linked risk, and an approval an edit will withdraw. */
const seed = async (db: ValvoDatabase) => {
  const context = testContext(PROFILE_NAME);
  const repos = createRepositories(db, context);
  await repos.settings.save('profile', { name: PROFILE_NAME, role: 'controller' });
  const root = await startEmptyOrganisation(db, context, 'Kemijärven kaupunki', 2026);
  const people = { code: '', accountable: '', manager: '' };
  const division = await repos.units.create(root.id, 'division', { name: 'Elinvoima', ...people });
  const areaA = await repos.units.create(division.id, 'area', { name: 'Hallinto', ...people });
  const areaB = await repos.units.create(division.id, 'area', { name: 'Viestintä', ...people });
  const costUnit = await repos.units.create(areaA.id, 'costUnit', { name: 'Talous', ...people });
  for (const objective of ['Riskienhallinta', 'Sopimushallinta', 'Hankinnat']) {
    await repos.actions.create(areaA.id, 2026, rowValues({ objective }));
  }
  await repos.actions.create(areaB.id, 2026, rowValues({ objective: 'Viestintäsuunnitelma' }));
  const rows = await db.controlActions.where('unitId').equals(areaA.id).toArray();
  const risk = await repos.risks.create(areaA.id, riskValues({ linkedActionIds: [rows[0]!.id] }));
  await repos.assessments.add(
    risk.id,
    {
      date: '1.3.2026',
      assessor: PROFILE_NAME,
      likelihood: 2,
      impact: 2,
      kind: 'inherent',
      rationale: '',
    },
    TODAY,
  );
  await repos.years.setStatus(2026, 'review');
  await repos.reviews.approve(areaA.id, 2026);
  await repos.years.setStatus(2026, 'active');
  return { context, repos, ids: { areaA: areaA.id, areaB: areaB.id, costUnit: costUnit.id } };
};

type Seeded = Awaited<ReturnType<typeof seed>>;

const liveRows = (db: ValvoDatabase, unitId: string) =>
  db.controlActions
    .where('unitId')
    .equals(unitId)
    .filter((row) => row.deletedAt === null)
    .sortBy('sortOrder');

/** Operations across the repositories, each touching one or several records. */
const OPERATIONS: Record<
  string,
  (db: ValvoDatabase, seeded: Seeded, n: number) => Promise<unknown>
> = {
  createRow: (_db, { repos, ids }, n) =>
    repos.actions.create(ids.areaA, 2026, rowValues({ objective: `Uusi rivi ${n}` })),
  updateRow: async (db, { repos, ids }, n) => {
    const [row] = await liveRows(db, ids.areaA);
    return repos.actions.update(
      row!.id,
      row!.rev,
      rowValues({ objective: row!.objective, owner: `Omistaja ${n}` }),
    );
  },
  setStatus: async (db, { repos, ids }, n) => {
    const [row] = await liveRows(db, ids.areaA);
    return repos.actions.setStatus(
      row!.id,
      row!.rev,
      { status: STATUSES[n % STATUSES.length]!, note: `Merkintä ${n}` },
      TODAY,
    );
  },
  moveRow: async (db, { repos, ids }) => {
    const rows = await liveRows(db, ids.areaA);
    return repos.actions.move(rows.at(-1)!.id, -1);
  },
  deleteAndCount: async (db, { repos, ids }) => {
    const rows = await liveRows(db, ids.areaB);
    const deleted = await db.controlActions.filter((row) => row.deletedAt !== null).first();
    return deleted ? repos.actions.restore(deleted.id) : repos.actions.softDelete(rows[0]!.id);
  },
  renameUnit: async (db, { repos, ids }, n) => {
    const unit = (await db.units.get(ids.areaB))!;
    return repos.units.update(unit.id, unit.rev, {
      name: `Viestintä ${n}`,
      code: unit.code,
      accountable: unit.accountable,
      manager: unit.manager,
    });
  },
  moveUnit: async (db, { repos, ids }) => {
    const unit = (await db.units.get(ids.costUnit))!;
    return repos.units.move(unit.id, unit.parentId === ids.areaA ? ids.areaB : ids.areaA);
  },
  createLinkedRisk: async (db, { repos, ids }, n) => {
    const rows = await liveRows(db, ids.areaA);
    return repos.risks.create(
      ids.areaA,
      riskValues({ title: `Riski ${n}`, linkedActionIds: rows.slice(0, 2).map((row) => row.id) }),
    );
  },
  updateRisk: async (db, { repos }, n) => {
    const risk = (await db.risks.filter((item) => item.deletedAt === null).first())!;
    return repos.risks.update(
      risk.id,
      risk.rev,
      riskValues({ title: `${risk.title} ${n}`, linkedActionIds: [] }),
    );
  },
  assess: async (db, { repos }, n) => {
    const risk = (await db.risks.filter((item) => item.deletedAt === null).first())!;
    return repos.assessments.add(
      risk.id,
      {
        date: '2.3.2026',
        assessor: PROFILE_NAME,
        likelihood: 1 + (n % 3),
        impact: 1 + ((n + 1) % 3),
        kind: n % 2 ? 'inherent' : 'residual',
        rationale: `Arvio ${n}`,
      },
      TODAY,
    );
  },
  addCategory: (_db, { repos }, n) => repos.riskSettings.addCategory(`Luokka ${n}`),
  yearStatus: async (db, { repos }) => {
    const year = (await db.planYears.where('year').equals(2026).first())!;
    return repos.years.setStatus(2026, year.status === 'active' ? 'review' : 'active');
  },
};

describe('an operation whose Nth write fails', () => {
  it('leaves the whole database as it was, and a successful one gives each changed record one event', async () => {
    const steps = fc.array(
      fc.record({
        operation: fc.constantFrom(...Object.keys(OPERATIONS)),
        // 0 lets the operation run through; N fails its Nth write (most make two to four).
        failAt: fc.oneof(
          { arbitrary: fc.constant(0), weight: 1 },
          { arbitrary: fc.integer({ min: 1, max: 4 }), weight: 3 },
          { arbitrary: fc.integer({ min: 1, max: 8 }), weight: 1 },
        ),
      }),
      { minLength: 1, maxLength: 8 },
    );
    let failed = 0;
    let succeeded = 0;
    await fc.assert(
      fc.asyncProperty(steps, async (plan) => {
        const { db, fault, arm, disarm } = openFailingDatabase();
        try {
          const seeded = await seed(db);
          for (const [index, step] of plan.entries()) {
            const before = await snapshotDatabase(db);
            seeded.context.advance(1);
            arm(step.failAt || Number.POSITIVE_INFINITY);
            let outcome: 'ok' | 'injected' | 'refused';
            try {
              await OPERATIONS[step.operation]!(db, seeded, index);
              outcome = 'ok';
            } catch (error) {
              if (error instanceof InjectedFailure) outcome = 'injected';
              else if (isDomainError(error)) outcome = 'refused';
              else throw error;
            } finally {
              disarm();
            }
            const after = await snapshotDatabase(db);
            if (outcome === 'ok') {
              succeeded += 1;
              expect(fault.calls).toBeLessThan(step.failAt || Number.POSITIVE_INFINITY);
              expectOneEventPerChange(before, after);
            } else {
              if (outcome === 'injected') failed += 1;
              expect(after).toEqual(before);
            }
            expect(verifyAuditChain(auditEventsOf(after))).toMatchObject({ ok: true });
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 40 },
    );
    // The property must have seen both sides.
    expect(failed).toBeGreaterThan(10);
    expect(succeeded).toBeGreaterThan(10);
  });

  it('rolls back a first-run example load that fails at any of its writes', async () => {
    const probe = openFailingDatabase();
    await loadExampleOrganisation(probe.db, testContext(PROFILE_NAME));
    const writes = probe.fault.calls;
    probe.db.close();
    expect(writes).toBeGreaterThan(20);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: writes }), async (failAt) => {
        const { db, arm } = openFailingDatabase();
        try {
          const empty = await snapshotDatabase(db);
          arm(failAt);
          await expect(
            loadExampleOrganisation(db, testContext(PROFILE_NAME)),
          ).rejects.toBeInstanceOf(InjectedFailure);
          expect(await snapshotDatabase(db)).toEqual(empty);
        } finally {
          db.close();
        }
      }),
      { numRuns: 15 },
    );
  });
});

/** Each added, changed or removed record has exactly one new event, and no event is about anything else. */
const expectOneEventPerChange = (before: DatabaseSnapshot, after: DatabaseSnapshot) => {
  const oldEvents = auditEventsOf(before);
  const newEvents = auditEventsOf(after).slice(oldEvents.length);
  expect(auditEventsOf(after).slice(0, oldEvents.length)).toEqual(oldEvents);
  const described = newEvents.map((event) => `${event.entity}:${event.entityId}`).sort();
  expect(described).toEqual(changedRecords(before, after));
  for (const event of newEvents) expect(event.actor).toBe(PROFILE_NAME);
};
