import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { PackageRecords } from '../../../shared/packages/format';
import { riskAssessment, unitRow } from '../../../shared/packages/packages.test-support';
import type { RepositorySet } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import type { PreparedMerge } from './prepareMerge';
import {
  OTHER_UNIT,
  RETURN_ID,
  UNIT,
  returnText,
  setupRegister,
  snapshotAll,
  uuid,
} from './testFixtures';

const SOURCE = `Yksikköpaketti Sivistystoimi 2026, palautus Yksikön esihenkilö 1.6.2026 (${RETURN_ID})`;

/**
 * The unit's return: row 1 owner changed (theirs only), row 3 objective and indicator changed,
 * row 4 status changed, row 5 deleted, a new row and a new assessment.
 */
const theirsOf = (base: PackageRecords): PackageRecords => {
  const [row1, row2, row3, row4, row5] = base.controlActions as ControlAction[];
  const later = { updatedAt: '2026-05-20T10:00:00.000Z', updatedBy: 'Yksikön esihenkilö', rev: 2 };
  return {
    controlActions: [
      { ...row1!, ...later, owner: 'Uusi vastuuhenkilö' },
      row2!,
      { ...row3!, ...later, objective: 'Yksikön tavoite', indicator: 'Yksikön mittari' },
      { ...row4!, ...later, status: 'in_progress' },
      { ...row5!, ...later, deletedAt: '2026-05-20T10:00:00.000Z' },
      unitRow(6, { objective: 'Yksikön uusi rivi', sortOrder: 6 }),
    ],
    indicators: base.indicators,
    risks: base.risks,
    assessments: [
      ...base.assessments,
      riskAssessment(2, base.risks[0]!.id, { date: '2026-05-20' }),
    ],
  };
};

/** The controller's own edits since issuing: row 2 actions, row 3 objective, row 4 moved away. */
const editOurs = async (db: ValvoDatabase) => {
  const edit = async (n: number, changes: Partial<ControlAction>) => {
    const record = (await db.controlActions.get(uuid('row', n)))!;
    await db.controlActions.put({ ...record, ...changes, rev: record.rev + 1 });
  };
  await edit(2, { actions: 'Controllerin toimenpiteet' });
  await edit(3, { objective: 'Controllerin tavoite' });
  await edit(4, { unitId: OTHER_UNIT });
};

describe('merging a returned unit package', () => {
  let db: ValvoDatabase;
  let repos: RepositorySet;
  let base: PackageRecords;
  let prepared: PreparedMerge;

  beforeEach(async () => {
    ({ db, repos, base } = await setupRegister());
    await editOurs(db);
    const preparation = await repos.merge.prepare(returnText(theirsOf(base)));
    if (preparation.status !== 'ready') throw new Error(JSON.stringify(preparation));
    prepared = preparation;
  });

  it('plans theirs-only, ours-only, both-changed and out-of-scope changes record by record', () => {
    const kinds = Object.fromEntries(
      prepared.plan.entries.map((entry) => [`${entry.table}:${entry.id}`, entry.kind]),
    );
    expect(kinds).toEqual({
      [`controlActions:${uuid('row', 1)}`]: 'theirs',
      [`controlActions:${uuid('row', 2)}`]: 'ours',
      [`controlActions:${uuid('row', 3)}`]: 'conflict',
      [`controlActions:${uuid('row', 4)}`]: 'refused',
      [`controlActions:${uuid('row', 5)}`]: 'theirs',
      [`controlActions:${uuid('row', 6)}`]: 'added',
      [`risks:${uuid('risk', 1)}`]: 'unchanged',
      [`assessments:${uuid('asmt', 1)}`]: 'unchanged',
      [`assessments:${uuid('asmt', 2)}`]: 'added',
    });
    const conflict = prepared.plan.entries.find((entry) => entry.kind === 'conflict')!;
    expect(conflict.conflicts).toEqual([
      {
        field: 'objective',
        base: `Tavoite ${uuid('row', 3)}`,
        ours: 'Controllerin tavoite',
        theirs: 'Yksikön tavoite',
      },
    ]);
    expect(conflict.theirsFields).toEqual(['indicator']);
    expect(prepared.plan.entries.find((entry) => entry.kind === 'refused')?.reason).toBe(
      'packages.refused.oursOtherUnit',
    );
    expect(prepared.plan.counts).toEqual({
      added: 2,
      changed: 2,
      refused: 1,
      conflicts: 1,
      unchanged: 3,
    });
    expect(prepared.source).toBe(SOURCE);
    expect(prepared.warnings).toEqual([]);
  });

  it('writes exactly the merged records, each with an event naming the package, in one chain', async () => {
    const before = await snapshotAll(db);
    const eventsBefore = await db.auditEvents.count();
    const outcome = await repos.merge.apply(prepared, {
      [`controlActions:${uuid('row', 3)}`]: {
        objective: { choice: 'edited', value: 'Yhdessä sovittu tavoite' },
      },
    });
    expect(outcome).toMatchObject({ written: 5, isRepeat: false });

    const row = (n: number) => db.controlActions.get(uuid('row', n));
    expect(await row(1)).toMatchObject({
      owner: 'Uusi vastuuhenkilö',
      rev: 2,
      updatedBy: 'Controller',
    });
    expect(await row(2)).toEqual(
      (before.controlActions as ControlAction[]).find((r) => r.id === uuid('row', 2)),
    );
    expect(await row(3)).toMatchObject({
      objective: 'Yhdessä sovittu tavoite',
      indicator: 'Yksikön mittari',
      rev: 3,
    });
    expect(await row(4)).toMatchObject({ unitId: OTHER_UNIT, status: 'not_started', rev: 2 });
    expect((await row(5))?.deletedAt).toBe('2026-05-20T10:00:00.000Z');
    expect(await row(6)).toMatchObject({ objective: 'Yksikön uusi rivi', unitId: UNIT });
    expect(await db.assessments.get(uuid('asmt', 2))).toMatchObject({ date: '2026-05-20' });

    const events = await db.auditEvents.orderBy('seq').toArray();
    const added = events.slice(eventsBefore);
    expect(added.map((event) => [event.entity, event.entityId, event.op, event.source])).toEqual([
      ['controlAction', uuid('row', 1), 'merge', SOURCE],
      ['controlAction', uuid('row', 3), 'merge', SOURCE],
      ['controlAction', uuid('row', 5), 'merge', SOURCE],
      ['controlAction', uuid('row', 6), 'merge', SOURCE],
      ['assessment', uuid('asmt', 2), 'merge', SOURCE],
      ['packageMerge', outcome.mergeId, 'merge', SOURCE],
    ]);
    expect(added[1]!.changes).toMatchObject({
      objective: ['Controllerin tavoite', 'Yhdessä sovittu tavoite'],
      indicator: [`Mittari ${uuid('row', 3)}`, 'Yksikön mittari'],
    });
    expect(verifyAuditChain(events)).toMatchObject({ ok: true, count: events.length });

    const merge = (await db.packageMerges.get(outcome.mergeId))!;
    expect(merge).toMatchObject({
      returnId: RETURN_ID,
      unitId: UNIT,
      year: 2026,
      returnedBy: 'Yksikön esihenkilö',
      mergedBy: 'Controller',
      counts: prepared.plan.counts,
    });
    expect(merge.report).toMatchObject({
      conflicts: [
        { fields: [{ field: 'objective', choice: 'edited', value: 'Yhdessä sovittu tavoite' }] },
      ],
      refused: [
        { id: uuid('row', 4), reason: 'packages.refused.oursOtherUnit', fields: ['status'] },
      ],
    });
  });

  it('changes nothing when the same package is merged a second time', async () => {
    const resolutions = {
      [`controlActions:${uuid('row', 3)}`]: { objective: { choice: 'theirs' as const } },
    };
    const first = await repos.merge.apply(prepared, resolutions);
    const afterFirst = await snapshotAll(db);
    const second = await repos.merge.apply(prepared, resolutions);
    expect(second).toEqual({ mergeId: first.mergeId, written: 0, isRepeat: true });
    expect(await snapshotAll(db)).toEqual(afterFirst);
    expect(await repos.merge.prepare(returnText(theirsOf(base)))).toMatchObject({
      status: 'alreadyMerged',
      mergeId: first.mergeId,
      mergedBy: 'Controller',
    });
  });

  it('withdraws the unit approval for the year when a merge changes its records', async () => {
    await db.unitReviews.add({
      id: uuid('review'),
      createdAt: '2026-05-01T00:00:00.000Z',
      updatedAt: '2026-05-01T00:00:00.000Z',
      updatedBy: 'Controller',
      rev: 1,
      deletedAt: null,
      year: 2026,
      unitId: UNIT,
      state: 'approved',
      comment: '',
      decidedBy: 'Controller',
      decidedAt: '2026-05-01T00:00:00.000Z',
    });
    await repos.merge.apply(prepared, {
      [`controlActions:${uuid('row', 3)}`]: { objective: { choice: 'ours' } },
    });
    expect(await db.unitReviews.get(uuid('review'))).toMatchObject({ state: 'withdrawn' });
  });
});
