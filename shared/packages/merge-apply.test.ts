import { describe, expect, it } from 'vitest';
import type { MergeResolutions } from './merge-apply';
import { MergeResolutionError, applyResolutions } from './merge-apply';
import { planMerge } from './merge';
import { NOW, OTHER_UNIT, UNIT, YEAR, records, unitRow } from './packages.test-support';

const META = { now: NOW, actor: 'Controller' };
const base = unitRow(1, { owner: 'Anna' });
const ours = { ...base, owner: 'Cecilia', status: 'in_progress' as const, rev: 4 };
const theirs = { ...base, owner: 'Ben', deadline: '2026-06-30', rev: 3 };
const added = { ...unitRow(2), rev: 5, createdAt: '2026-02-02T00:00:00.000Z' };
const plan = planMerge({
  base: records({ controlActions: [base] }),
  theirs: records({ controlActions: [theirs, added, unitRow(3, { unitId: OTHER_UNIT })] }),
  ours: records({ controlActions: [ours] }),
  scope: { unitId: UNIT, year: YEAR },
});
const KEY = `controlActions:${base.id}`;
const resolve = (resolution: MergeResolutions[string][string]): MergeResolutions => ({
  [KEY]: { owner: resolution },
});

describe('applyResolutions', () => {
  it('writes the merged record with the next rev, and an added one with its own rev', () => {
    const { writes } = applyResolutions(plan, resolve({ choice: 'theirs' }), META);
    expect(writes).toEqual([
      {
        table: 'controlActions',
        before: ours,
        after: {
          ...ours,
          owner: 'Ben',
          deadline: '2026-06-30',
          rev: 5,
          updatedAt: NOW,
          updatedBy: 'Controller',
        },
      },
      {
        table: 'controlActions',
        before: null,
        after: { ...added, updatedAt: NOW, updatedBy: 'Controller' },
      },
    ]);
  });

  it('keeps our value or takes an edited one as the controller chose', () => {
    const kept = applyResolutions(plan, resolve({ choice: 'ours' }), META).writes[0]?.after;
    expect(kept).toMatchObject({ owner: 'Cecilia', deadline: '2026-06-30' });
    const edited = applyResolutions(
      plan,
      resolve({ choice: 'edited', value: 'Ben ja Cecilia' }),
      META,
    ).writes[0]?.after;
    expect(edited).toMatchObject({ owner: 'Ben ja Cecilia', status: 'in_progress' });
  });

  it('writes nothing for a record that ends as ours is', () => {
    const onlyConflict = planMerge({
      base: records({ controlActions: [base] }),
      theirs: records({ controlActions: [{ ...base, owner: 'Ben' }] }),
      ours: records({ controlActions: [{ ...base, owner: 'Cecilia' }] }),
      scope: { unitId: UNIT, year: YEAR },
    });
    expect(applyResolutions(onlyConflict, resolve({ choice: 'ours' }), META).writes).toEqual([]);
  });

  it('refuses to apply a plan with an unresolved conflict field, naming it', () => {
    for (const resolutions of [{}, resolve({ choice: 'edited' })]) {
      const error = (() => {
        try {
          applyResolutions(plan, resolutions, META);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(MergeResolutionError);
      expect(error).toMatchObject({
        code: 'unresolved',
        problems: [{ table: 'controlActions', id: base.id, field: 'owner' }],
      });
    }
  });

  it('refuses an edited value the record cannot hold', () => {
    expect(() =>
      applyResolutions(plan, resolve({ choice: 'edited', value: 'x'.repeat(201) }), META),
    ).toThrow(expect.objectContaining({ code: 'invalidValue' }));
  });
});
