import { describe, expect, it } from 'vitest';
import { MergeInputError } from './merge';
import {
  DELETED_AT,
  only,
  planFor as plan,
  riskAssessment,
  saved,
  unitRisk,
  unitRow,
  uuid,
} from './packages.test-support';

const base = unitRow(1, { owner: 'Anna' });

describe('planMerge: one record', () => {
  it('takes their change when we did not change the field', () => {
    const entry = only(
      plan(
        { controlActions: [base] },
        { controlActions: [saved(base, { status: 'done' })] },
        { controlActions: [base] },
      ).entries,
    );
    expect(entry).toMatchObject({
      kind: 'theirs',
      theirsFields: ['status'],
      oursFields: [],
      conflicts: [],
    });
    expect(entry.result).toEqual({ ...base, status: 'done' });
  });

  it('keeps our change when they did not change the field', () => {
    const ours = saved(base, { owner: 'Ben' });
    const entry = only(
      plan({ controlActions: [base] }, { controlActions: [base] }, { controlActions: [ours] })
        .entries,
    );
    expect(entry).toMatchObject({ kind: 'ours', oursFields: ['owner'], result: ours });
  });

  it('merges changes to different fields of the same record without a conflict', () => {
    const entry = only(
      plan(
        { controlActions: [base] },
        { controlActions: [saved(base, { status: 'in_progress', deadline: '2026-06-30' })] },
        { controlActions: [saved(base, { owner: 'Ben' })] },
      ).entries,
    );
    expect(entry.kind).toBe('merged');
    expect(entry.theirsFields).toEqual(['deadline', 'status']);
    expect(entry.result).toMatchObject({
      owner: 'Ben',
      status: 'in_progress',
      deadline: '2026-06-30',
      rev: 2,
    });
  });

  it('agrees when both made the same change, and conflicts when the changes differ', () => {
    const entry = only(
      plan(
        { controlActions: [base] },
        { controlActions: [saved(base, { status: 'done', owner: 'Ben' })] },
        { controlActions: [saved(base, { status: 'done', owner: 'Cecilia' })] },
      ).entries,
    );
    expect(entry.kind).toBe('conflict');
    expect(entry.agreedFields).toEqual(['status']);
    expect(entry.conflicts).toEqual([
      { field: 'owner', base: 'Anna', ours: 'Cecilia', theirs: 'Ben' },
    ]);
    expect(entry.result).toMatchObject({ owner: 'Cecilia', status: 'done' });
  });

  it('compares nested values deeply, whatever their key order', () => {
    const note = {
      id: uuid('note'),
      date: '2026-02-01',
      author: 'A',
      text: 'Aloitettu',
      status: null,
    };
    const reordered = {
      status: null,
      text: 'Aloitettu',
      author: 'A',
      date: '2026-02-01',
      id: uuid('note'),
    };
    const entry = only(
      plan(
        { controlActions: [base] },
        { controlActions: [saved(base, { notes: [note] })] },
        { controlActions: [saved(base, { notes: [reordered] })] },
      ).entries,
    );
    expect(entry).toMatchObject({ kind: 'unchanged', agreedFields: ['notes'], conflicts: [] });
  });

  it('applies their tombstone unless we changed deletedAt too', () => {
    const deleted = saved(base, { deletedAt: DELETED_AT });
    const applied = only(
      plan(
        { controlActions: [base] },
        { controlActions: [deleted] },
        { controlActions: [saved(base, { owner: 'Ben' })] },
      ).entries,
    );
    expect(applied.kind).toBe('merged');
    expect(applied.result).toMatchObject({ deletedAt: DELETED_AT, owner: 'Ben' });
    const bothDeleted = saved(base, { deletedAt: '2026-04-04T00:00:00.000Z' });
    const conflict = only(
      plan(
        { controlActions: [base] },
        { controlActions: [deleted] },
        { controlActions: [bothDeleted] },
      ).entries,
    );
    expect(conflict.conflicts.map((c) => c.field)).toEqual(['deletedAt']);
  });

  it('treats a record missing from their file as unchanged on their side', () => {
    const ours = saved(base, { owner: 'Ben' });
    expect(
      only(plan({ controlActions: [base] }, {}, { controlActions: [base] }).entries),
    ).toMatchObject({ kind: 'unchanged', result: base });
    expect(
      only(plan({ controlActions: [base] }, {}, { controlActions: [ours] }).entries),
    ).toMatchObject({ kind: 'ours', result: ours });
    expect(only(plan({ controlActions: [base] }, {}, {}).entries)).toMatchObject({
      kind: 'unchanged',
      result: null,
    });
  });

  it('adds a record only they have, and compares one we already have without a base', () => {
    const added = unitRow(2);
    expect(only(plan({}, { controlActions: [added] }, {}).entries)).toMatchObject({
      kind: 'added',
      result: added,
    });
    expect(
      only(plan({}, { controlActions: [added] }, { controlActions: [saved(added, {})] }).entries),
    ).toMatchObject({
      kind: 'unchanged',
      conflicts: [],
    });
    const differing = only(
      plan({}, { controlActions: [added] }, { controlActions: [saved(added, { owner: 'Ben' })] })
        .entries,
    );
    expect(differing.conflicts).toEqual([
      { field: 'owner', base: null, ours: 'Ben', theirs: 'Vastuuhenkilö' },
    ]);
  });
});

describe('planMerge: the plan as a whole', () => {
  it('lists every record once, by table and id, with counts', () => {
    const risk = unitRisk(1);
    const result = plan(
      { controlActions: [unitRow(2), unitRow(1)], risks: [risk] },
      {
        controlActions: [saved(unitRow(2), { status: 'done' }), unitRow(3)],
        assessments: [riskAssessment(1, risk.id)],
      },
      { controlActions: [unitRow(1), unitRow(2)], risks: [risk] },
    );
    expect(result.entries.map((entry) => [entry.table, entry.id, entry.kind])).toEqual([
      ['controlActions', uuid('row', 1), 'unchanged'],
      ['controlActions', uuid('row', 2), 'theirs'],
      ['controlActions', uuid('row', 3), 'added'],
      ['risks', risk.id, 'unchanged'],
      ['assessments', uuid('asmt', 1), 'added'],
    ]);
    expect(result.counts).toEqual({ added: 2, changed: 1, refused: 0, conflicts: 0, unchanged: 2 });
  });

  it('refuses input with two versions of one record on one side', () => {
    expect(() => plan({}, { controlActions: [unitRow(1), unitRow(1)] }, {})).toThrow(
      MergeInputError,
    );
  });
});
