import { describe, expect, it } from 'vitest';
import type { RepositorySet } from '../createRepositories';
import { RULES } from './rules';
import type { Register } from './doorTestSupport';
import { doorRegister, traces } from './doorTestSupport';
import type { WritePath } from './writePaths';
import { writePaths } from './writePaths';

type Write = Extract<WritePath, { call: unknown }>;

const outcomeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'written',
    (error: { key?: string }) => error.key ?? String(error),
  );

/** Each write of the table, by `repository.method`. */
const writesOf = (register: Register): [string, Write][] =>
  Object.entries(writePaths(register)).flatMap(([name, methods]) =>
    Object.entries(methods).flatMap(([method, path]) =>
      'call' in path ? [[`${name}.${method}`, path] as [string, Write]] : [],
    ),
  );

/** Each write in a register of its own, as the write would find it. */
const eachInFreshRegister = async (
  test: (name: string, path: Write, register: Register) => Promise<void>,
) => {
  const names = writesOf(await doorRegister()).map(([name]) => name);
  for (const name of names) {
    const register = await doorRegister();
    const path = new Map(writesOf(register)).get(name)!;
    await path.prepare?.(register.repos);
    await test(name, path, register);
  }
};

/** Everything a refused write must leave as it was. */
const stateOf = async ({ db }: Register) => ({
  rows: await db.controlActions.toArray(),
  indicators: await db.indicators.toArray(),
  risks: await db.risks.toArray(),
  units: await db.units.toArray(),
  years: await db.planYears.toArray(),
  reviews: await db.unitReviews.toArray(),
  settings: await db.settings.toArray(),
  packages: await db.unitPackages.count(),
  assessments: await db.assessments.count(),
  events: await db.auditEvents.count(),
});

/**
 * Every write path of every repository through the door: the table (writePaths.ts) must name
 * each repository method, so a new write cannot slip past the rules. The closed-year lock and
 * the package scope have their own tables (closedYear.test.ts, packageScope.test.ts).
 */
describe('every repository write goes through the door and meets its rules', () => {
  it('names every repository method', async () => {
    const register = await doorRegister();
    const table = writePaths(register);
    const listed = Object.fromEntries(
      Object.entries(table).map(([name, methods]) => [name, Object.keys(methods).sort()]),
    );
    const actual = Object.fromEntries(
      Object.entries(register.repos).map(([name, repository]) => [
        name,
        Object.keys(repository).sort(),
      ]),
    );
    expect(listed).toEqual(actual);
  });

  it('refuses a reader every write its rule keeps from readers, and changes nothing', async () => {
    for (const role of ['reader', null] as const) {
      const register = await doorRegister();
      const reader: RepositorySet = register.as(role);
      for (const [name, path] of writesOf(register)) {
        const { roles, refusal } = RULES[path.rule];
        if (roles === 'any') continue;
        const before = await stateOf(register);
        const outcome = await outcomeOf(path.call(reader));
        expect({ name, role, outcome }).toEqual({ name, role, outcome: refusal });
        expect({ name, after: await stateOf(register) }).toEqual({ name, after: before });
      }
    }
  });

  it('lets a unit manager make the edits an editor makes, and no controller write', async () => {
    await eachInFreshRegister(async (name, path, register) => {
      const outcome = await outcomeOf(path.call(register.as('unitManager')));
      const { roles, refusal } = RULES[path.rule];
      const expected = roles === 'any' || roles.includes('unitManager') ? 'written' : refusal;
      expect({ name, outcome }).toEqual({ name, outcome: expected });
    });
  });

  it('leaves each successful write’s audit events, and withdraws the approval where it applies', async () => {
    await eachInFreshRegister(async (name, path, register) => {
      const before = await traces(register.db, register.ids.division);
      expect({ name, review: before.review }).toEqual({ name, review: 'approved' });
      await expect(path.call(register.repos), name).resolves.not.toThrow();
      const after = await traces(register.db, register.ids.division);
      const events = (await register.db.auditEvents.orderBy('seq').toArray()).slice(before.events);
      const entities = new Set(events.map((event) => event.entity));
      expect({ name, audits: path.audits.filter((entity) => !entities.has(entity)) }).toEqual({
        name,
        audits: [],
      });
      expect({ name, withdrawn: after.review === 'withdrawn' }).toEqual({
        name,
        withdrawn: path.withdraws,
      });
      if (path.withdraws) {
        const withdrawal = events.find((event) => event.entity === 'unitReview');
        expect(withdrawal?.changes.state, name).toEqual(['approved', 'withdrawn']);
      }
    });
  });

  it('refuses a write at a revision the user no longer sees, and changes nothing', async () => {
    const register = await doorRegister();
    for (const [name, path] of writesOf(register)) {
      if (typeof path.stale === 'string') continue;
      const before = await stateOf(register);
      const outcome = await outcomeOf(path.stale.call(register.repos));
      expect({ name, outcome }).toEqual({ name, outcome: path.stale.key });
      expect({ name, after: await stateOf(register) }).toEqual({ name, after: before });
    }
  });
});
