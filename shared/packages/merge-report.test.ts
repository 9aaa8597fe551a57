import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planMerge } from './merge';
import { MergeReportSchema, buildMergeReport } from './merge-report';
import { scenarioArb } from './merge-scenarios.test-support';
import {
  DELETED_AT,
  OTHER_UNIT,
  UNIT,
  YEAR,
  records,
  riskAssessment,
  unitRisk,
  unitRow,
} from './packages.test-support';

const risk = unitRisk(1, { title: 'Tietovuoto' });
const changedRow = unitRow(1);
const conflictRow = unitRow(2, { owner: 'Anna' });
const assessment = riskAssessment(1, risk.id);
const plan = planMerge({
  base: records({ controlActions: [changedRow, conflictRow], risks: [risk] }),
  theirs: records({
    controlActions: [
      { ...changedRow, status: 'done', deletedAt: DELETED_AT },
      { ...conflictRow, owner: 'Ben', indicator: 'Raportti' },
      unitRow(3, { unitId: OTHER_UNIT, objective: 'Toisen yksikön rivi' }),
    ],
    risks: [risk],
    assessments: [assessment],
  }),
  ours: records({
    controlActions: [changedRow, { ...conflictRow, owner: 'Cecilia' }],
    risks: [risk],
  }),
  scope: { unitId: UNIT, year: YEAR },
});

describe('buildMergeReport', () => {
  it('lists added, changed, conflicting and refused records with what happened to each', () => {
    const report = buildMergeReport(plan, {
      [`controlActions:${conflictRow.id}`]: {
        owner: { choice: 'edited', value: 'Ben ja Cecilia' },
      },
    });
    expect(report.counts).toEqual({ added: 1, changed: 1, refused: 1, conflicts: 1, unchanged: 1 });
    expect(report.added).toEqual([
      {
        table: 'assessments',
        id: assessment.id,
        label: '2026-02-01',
        context: 'Tietovuoto',
        isDeleted: false,
      },
    ]);
    expect(report.changed).toEqual([
      {
        table: 'controlActions',
        id: changedRow.id,
        label: changedRow.objective,
        context: null,
        isDeleted: true,
        changes: [
          { field: 'deletedAt', before: null, after: DELETED_AT },
          { field: 'status', before: 'not_started', after: 'done' },
        ],
      },
    ]);
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        id: conflictRow.id,
        fields: [
          {
            field: 'owner',
            base: 'Anna',
            ours: 'Cecilia',
            theirs: 'Ben',
            choice: 'edited',
            value: 'Ben ja Cecilia',
          },
        ],
        changes: [{ field: 'indicator', before: conflictRow.indicator, after: 'Raportti' }],
      }),
    ]);
    expect(report.refused).toEqual([
      expect.objectContaining({
        label: 'Toisen yksikön rivi',
        reason: 'packages.refused.otherUnit',
      }),
    ]);
  });

  it('shows an unresolved conflict as not chosen yet', () => {
    const [conflict] = buildMergeReport(plan, {}).conflicts;
    expect(conflict?.fields[0]).toMatchObject({ choice: null, value: null });
  });

  it('survives JSON and its own schema, for any merge', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const report = buildMergeReport(planMerge(scenario), {});
        const stored = JSON.parse(JSON.stringify(report)) as unknown;
        expect(stored).toEqual(report);
        expect(MergeReportSchema.parse(stored)).toEqual(report);
      }),
      { numRuns: 100 },
    );
  });
});
