import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit';
import type { ActionStatus } from '../../../shared/domain/control-action';
import { ACTION_STATUSES } from '../../../shared/domain/control-action';
import type { RepositorySet } from '../createRepositories';
import { createRepositories } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import { isDomainError } from '../core/domainError';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { startEmptyOrganisation } from '../setup/setupOrganisation';
import { readSetting } from '../settings/settingsRepository';
import {
  PROFILE_NAME,
  auditEventsOf,
  changedRecords,
  riskValues,
  rowValues,
  snapshotDatabase,
} from './testFixtures';

/**
 * A1, model-based: random sequences of what users do (rows created, edited, given a status,
 * moved, deleted and restored; units renamed; risks created and assessed) run against the real
 * repositories and a small model of the expected state. After every step the state matches the
 * model, the audit chain verifies, seq has no gaps, and a step that changed anything added at
 * least one event, every one by the profile.
 */

type RowModel = {
  id: string;
  unitId: string;
  status: ActionStatus;
  notes: number;
  owner: string;
  deleted: boolean;
};
type Model = {
  units: { id: string; name: string }[];
  rows: RowModel[];
  risks: { id: string; assessments: number }[];
};
type Real = { db: ValvoDatabase; repos: RepositorySet; advance: (minutes: number) => void };

const TODAY = '2026-03-02';

/**
 * Runs one user operation and checks the invariants around it. An operation the model expects
 * to be refused (on a deleted row) must fail with a DomainError and change nothing; any other
 * must succeed.
 */
const step = async (real: Real, refused: boolean, operation: () => Promise<void>) => {
  const { db } = real;
  real.advance(1);
  const before = await snapshotDatabase(db);
  let thrown: unknown = null;
  try {
    await operation();
  } catch (error) {
    thrown = error;
  }
  const after = await snapshotDatabase(db);
  const events = auditEventsOf(after);
  const added = events.slice(auditEventsOf(before).length);

  if (refused) {
    expect(isDomainError(thrown), String(thrown)).toBe(true);
    expect(after).toEqual(before);
  } else {
    if (thrown !== null) throw thrown;
    const changed = changedRecords(before, after);
    if (changed.length > 0) expect(added.length).toBeGreaterThanOrEqual(1);
    else expect(added).toEqual([]);
  }
  const profile = await readSetting(db, 'profile');
  for (const event of added) expect(event.actor).toBe(profile?.name);
  expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
  expect(verifyAuditChain(events)).toMatchObject({ ok: true, count: events.length });
};

/** The model and the database agree on every row, unit name and assessment count. */
const compare = async (model: Model, { db }: Real) => {
  const rows = await db.controlActions.toArray();
  expect(rows.length).toBe(model.rows.length);
  for (const row of model.rows) {
    const stored = rows.find((item) => item.id === row.id);
    expect(stored).toMatchObject({
      unitId: row.unitId,
      status: row.status,
      owner: row.owner,
    });
    expect(stored!.notes.length).toBe(row.notes);
    expect(stored!.deletedAt !== null).toBe(row.deleted);
  }
  for (const unit of model.units) expect((await db.units.get(unit.id))?.name).toBe(unit.name);
  for (const risk of model.risks) {
    expect(await db.assessments.where('riskId').equals(risk.id).count()).toBe(risk.assessments);
  }
};

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length]!;

type Command = fc.AsyncCommand<Model, Real>;

/** A command; `refused` says, before it runs, whether the model expects a refusal. */
const command = (
  label: string,
  check: (model: Model) => boolean,
  refused: (model: Model) => boolean,
  run: (model: Model, real: Real) => Promise<void>,
): Command => ({
  check,
  run: async (model, real) => {
    await step(real, refused(model), () => run(model, real));
    await compare(model, real);
  },
  toString: () => label,
});

const never = () => false;
const rowDeleted = (rowIndex: number) => (model: Model) => pick(model.rows, rowIndex).deleted;

const hasRows = (model: Model) => model.rows.length > 0;

const createRow = (unitIndex: number, objective: string) =>
  command(
    `createRow(${unitIndex}, ${objective})`,
    () => true,
    never,
    async (model, { repos }) => {
      const unit = pick(model.units, unitIndex);
      const row = await repos.actions.create(unit.id, 2026, rowValues({ objective }));
      model.rows.push({
        id: row.id,
        unitId: unit.id,
        status: 'not_started',
        notes: 0,
        owner: row.owner,
        deleted: false,
      });
    },
  );

const updateRow = (rowIndex: number, owner: string) =>
  command(
    `updateRow(${rowIndex}, ${owner})`,
    hasRows,
    rowDeleted(rowIndex),
    async (model, { db, repos }) => {
      const row = pick(model.rows, rowIndex);
      const stored = (await db.controlActions.get(row.id))!;
      await repos.actions.update(
        row.id,
        stored.rev,
        rowValues({ objective: stored.objective, owner, status: stored.status }),
      );
      row.owner = owner.trim();
    },
  );

const setStatus = (rowIndex: number, status: ActionStatus, note: string) =>
  command(
    `setStatus(${rowIndex}, ${status}, ${JSON.stringify(note)})`,
    hasRows,
    rowDeleted(rowIndex),
    async (model, { db, repos }) => {
      const row = pick(model.rows, rowIndex);
      const stored = (await db.controlActions.get(row.id))!;
      await repos.actions.setStatus(row.id, stored.rev, { status, note }, TODAY);
      // The same status with no note is no change at all.
      if (row.status !== status || note.trim() !== '') {
        row.status = status;
        row.notes += 1;
      }
    },
  );

const moveRow = (rowIndex: number, direction: -1 | 1) =>
  command(
    `move(${rowIndex}, ${direction})`,
    hasRows,
    rowDeleted(rowIndex),
    async (model, { db, repos }) => {
      const row = pick(model.rows, rowIndex);
      const order = async () =>
        (
          await db.controlActions
            .where('[unitId+year]')
            .equals([row.unitId, 2026])
            .filter((item) => item.deletedAt === null)
            .sortBy('sortOrder')
        ).map((item) => item.id);
      const before = await order();
      await repos.actions.move(row.id, direction);
      const index = before.indexOf(row.id);
      const expected = [...before];
      const neighbour = expected[index + direction];
      if (neighbour !== undefined) {
        expected[index] = neighbour;
        expected[index + direction] = row.id;
      }
      expect(await order()).toEqual(expected);
    },
  );

const softDelete = (rowIndex: number) =>
  command(`softDelete(${rowIndex})`, hasRows, rowDeleted(rowIndex), async (model, { repos }) => {
    const row = pick(model.rows, rowIndex);
    await repos.actions.softDelete(row.id);
    row.deleted = true;
  });

/** Restoring a row that is not deleted succeeds and changes nothing. */
const restore = (rowIndex: number) =>
  command(`restore(${rowIndex})`, hasRows, never, async (model, { repos }) => {
    const row = pick(model.rows, rowIndex);
    await repos.actions.restore(row.id);
    row.deleted = false;
  });

const renameUnit = (unitIndex: number, name: string) =>
  command(
    `renameUnit(${unitIndex}, ${name})`,
    () => true,
    never,
    async (model, { db, repos }) => {
      const unit = pick(model.units, unitIndex);
      const stored = (await db.units.get(unit.id))!;
      await repos.units.update(unit.id, stored.rev, {
        name,
        code: stored.code,
        accountable: stored.accountable,
        manager: stored.manager,
      });
      unit.name = name.trim();
    },
  );

const createRisk = (unitIndex: number, title: string, linkFirstRow: boolean) =>
  command(
    `createRisk(${unitIndex}, ${title}, ${linkFirstRow})`,
    () => true,
    never,
    async (model, { repos }) => {
      const unit = pick(model.units, unitIndex);
      const linked = model.rows.find((row) => row.unitId === unit.id && !row.deleted);
      const risk = await repos.risks.create(
        unit.id,
        riskValues({ title, linkedActionIds: linkFirstRow && linked ? [linked.id] : [] }),
      );
      model.risks.push({ id: risk.id, assessments: 0 });
    },
  );

const assess = (
  riskIndex: number,
  kind: 'inherent' | 'residual',
  likelihood: number,
  impact: number,
) =>
  command(
    `assess(${riskIndex}, ${kind}, ${likelihood}, ${impact})`,
    (model) => model.risks.length > 0,
    never,
    async (model, { repos }) => {
      const risk = pick(model.risks, riskIndex);
      await repos.assessments.add(
        risk.id,
        { date: '1.3.2026', assessor: PROFILE_NAME, likelihood, impact, kind, rationale: '' },
        TODAY,
      );
      risk.assessments += 1;
    },
  );

const text = fc.constantFrom('Talous', 'Hallinto', ' Viestintä ', 'Ä"ö;<b>', 'x'.repeat(150));
const index = fc.nat({ max: 20 });

const newRow = fc.tuple(index, text).map(([unit, objective]) => createRow(unit, objective));

const commands = [
  // Twice: most commands need rows to act on.
  newRow,
  newRow,
  fc.tuple(index, text).map(([row, owner]) => updateRow(row, owner)),
  fc
    .tuple(index, fc.constantFrom(...ACTION_STATUSES), fc.constantFrom('', 'Edistyy', '  '))
    .map(([row, status, note]) => setStatus(row, status, note)),
  fc.tuple(index, fc.constantFrom(-1 as const, 1 as const)).map(([row, dir]) => moveRow(row, dir)),
  index.map(softDelete),
  index.map(restore),
  fc.tuple(index, text).map(([unit, name]) => renameUnit(unit, name)),
  fc.tuple(index, text, fc.boolean()).map(([unit, title, link]) => createRisk(unit, title, link)),
  fc
    .tuple(
      index,
      fc.constantFrom('inherent' as const, 'residual' as const),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 1, max: 3 }),
    )
    .map(([risk, kind, likelihood, impact]) => assess(risk, kind, likelihood, impact)),
];

const setup = async () => {
  const db = openTestDatabase();
  const context = testContext(PROFILE_NAME);
  const repos = createRepositories(db, context);
  await repos.settings.save('profile', { name: PROFILE_NAME, role: 'controller' });
  const root = await startEmptyOrganisation(db, context, 'Kemijärven kaupunki', 2026);
  const people = { code: '', accountable: '', manager: '' };
  const division = await repos.units.create(root.id, 'division', { name: 'Elinvoima', ...people });
  const area = await repos.units.create(division.id, 'area', { name: 'Hallinto', ...people });
  const model: Model = {
    units: [root, division, area].map((unit) => ({ id: unit.id, name: unit.name })),
    rows: [],
    risks: [],
  };
  return { model, real: { db, repos, advance: context.advance } };
};

describe('the audit log over random user operations', () => {
  it('keeps the chain verifying, seq gapless and one or more events per change, by the profile', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25, size: 'max' }), async (cmds) => {
        const { model, real } = await setup();
        try {
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        } finally {
          real.db.close();
        }
      }),
      { numRuns: 50 },
    );
  });
});
