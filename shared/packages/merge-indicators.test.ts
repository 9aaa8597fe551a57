import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../audit';
import type { IndicatorReading } from '../domain/indicator';
import { packageBaseHash } from './format';
import { applyResolutions } from './merge-apply';
import { buildMergeReport } from './merge-report';
import {
  DELETED_AT,
  NOW,
  OTHER_UNIT,
  only,
  planFor,
  saved,
  unitIndicator,
  unitRow,
  uuid,
} from './packages.test-support';

const META = { now: NOW, actor: 'Controller' };
const goalRow = unitRow(1, { kindId: 'strategyGoal', objective: 'Asukastyytyväisyys kasvaa' });
const otherRow = unitRow(2, { kindId: 'productivity', objective: 'Käsittelyaika lyhenee' });
const measure = unitIndicator(1, goalRow.id, { text: 'Tyytyväisten osuus', unit: '%' });
const reading: IndicatorReading = {
  id: uuid('reading', 1),
  date: '2026-05-31',
  value: 12,
  by: 'Yksikön esihenkilö',
  at: '2026-06-01T08:00:00.000Z',
};
const measured = saved(measure, { values: [reading], judgement: 'met' });

describe('planMerge: indicators field by field, like rows', () => {
  it('takes their actual value and judgement and keeps our new target', () => {
    const ours = saved(measure, { target: 11 });
    const plan = planFor(
      { controlActions: [goalRow], indicators: [measure] },
      { controlActions: [goalRow], indicators: [measured] },
      { controlActions: [goalRow], indicators: [ours] },
    );
    const entry = only(plan.entries.filter((item) => item.table === 'indicators'));
    expect(entry).toMatchObject({
      kind: 'merged',
      theirsFields: ['judgement', 'values'],
      oursFields: ['target'],
    });
    const { writes } = applyResolutions(plan, {}, META);
    expect(writes).toEqual([
      {
        table: 'indicators',
        before: ours,
        after: expect.objectContaining({
          target: 11,
          values: [reading],
          judgement: 'met',
          rev: ours.rev + 1,
          updatedBy: 'Controller',
        }),
      },
    ]);
  });

  it('makes a conflict of a judgement both sides changed, and writes what the controller chose', () => {
    const ours = saved(measure, { judgement: 'partlyMet' });
    const plan = planFor(
      { controlActions: [goalRow], indicators: [measure] },
      { controlActions: [goalRow], indicators: [measured] },
      { controlActions: [goalRow], indicators: [ours] },
    );
    const entry = only(plan.entries.filter((item) => item.kind === 'conflict'));
    expect(entry.conflicts).toEqual([
      { field: 'judgement', base: null, ours: 'partlyMet', theirs: 'met' },
    ]);
    expect(() => applyResolutions(plan, {}, META)).toThrow(/unresolved: indicators:/);
    const key = `indicators:${measure.id}`;
    const { writes } = applyResolutions(plan, { [key]: { judgement: { choice: 'theirs' } } }, META);
    expect(only(writes as never[])).toMatchObject({
      after: { judgement: 'met', values: [reading] },
    });
  });

  it('adds a new indicator of theirs and applies their deletion of one', () => {
    const added = unitIndicator(2, goalRow.id, { text: 'Palautteiden määrä', sortOrder: 1 });
    const plan = planFor(
      { controlActions: [goalRow], indicators: [measure] },
      { controlActions: [goalRow], indicators: [saved(measure, { deletedAt: DELETED_AT }), added] },
      { controlActions: [goalRow], indicators: [measure] },
    );
    expect(plan.counts).toMatchObject({ added: 1, changed: 1 });
    const { writes } = applyResolutions(plan, {}, META);
    expect(writes.map(({ after }) => [after.id, after.deletedAt])).toEqual([
      [measure.id, DELETED_AT],
      [added.id, null],
    ]);
  });

  it('refuses the change of an indicator whose row left the scope or that moved to another row', () => {
    const movedRow = { ...otherRow, unitId: OTHER_UNIT };
    const ofMoved = unitIndicator(3, otherRow.id);
    const plan = planFor(
      { controlActions: [goalRow, otherRow], indicators: [measure, ofMoved] },
      {
        controlActions: [goalRow, otherRow],
        indicators: [
          saved(measure, { actionId: otherRow.id }),
          saved(ofMoved, { judgement: 'met' }),
        ],
      },
      { controlActions: [goalRow, movedRow], indicators: [measure, ofMoved] },
    );
    const refused = plan.entries.filter((item) => item.kind === 'refused');
    expect(refused.map(({ id, reason }) => [id, reason])).toEqual([
      [measure.id, 'packages.refused.rowChanged'],
      [ofMoved.id, 'packages.refused.rowOutsideScope'],
    ]);
    expect(applyResolutions(plan, {}, META).writes).toEqual([]);
  });
});

describe('buildMergeReport: indicators', () => {
  it('names an indicator by its text with its row, and lists its changed fields', () => {
    const plan = planFor(
      { controlActions: [goalRow], indicators: [measure] },
      { controlActions: [goalRow], indicators: [measured] },
      { controlActions: [goalRow], indicators: [measure] },
    );
    expect(buildMergeReport(plan, {}).changed).toEqual([
      {
        table: 'indicators',
        id: measure.id,
        label: 'Tyytyväisten osuus',
        context: 'Asukastyytyväisyys kasvaa',
        isDeleted: false,
        changes: [
          { field: 'judgement', before: null, after: 'met' },
          { field: 'values', before: [], after: [reading] },
        ],
      },
    ]);
  });
});

describe('packageBaseHash', () => {
  it('hashes a base without indicators as format 1 did, so its returns are still recognised', () => {
    // As a format-1 package or an issued record stored before version 2 holds it.
    const formatOne = { controlActions: [goalRow], risks: [], assessments: [] };
    expect(packageBaseHash({ ...formatOne, indicators: [] })).toBe(packageBaseHash(formatOne));
    expect(canonicalJson(formatOne)).not.toContain('indicators');
    expect(packageBaseHash({ ...formatOne, indicators: [measure] })).not.toBe(
      packageBaseHash(formatOne),
    );
  });
});
