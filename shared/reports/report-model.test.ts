import { describe, expect, it } from 'vitest';
import type { ActionStatus, ControlAction } from '../domain/control-action';
import type { Assessment, Risk } from '../domain/risk';
import type { Unit, UnitKind } from '../domain/unit';
import { PRESET_TABLE_KINDS } from '../table-kind-presets';
import { PRESET_CATEGORIES, presetMatrix } from '../risk-presets';
import type { ReportData } from './report-model';
import { auditCommitteeReport, statementFigures, unitSummary } from './report-model';
import { countActions } from './report-rows';

const meta = (id: string) => ({ id, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'A', rev: 1, deletedAt: null });
const unit = (id: string, parentId: string | null, kind: UnitKind, name = id): Unit => ({
  ...meta(id),
  parentId,
  kind,
  name,
  code: '',
  accountable: '',
  manager: '',
  sortOrder: 0,
  active: true,
});
let order = 0;
const row = (id: string, unitId: string, status: ActionStatus, deadline: string | null = null, extra: Partial<ControlAction> = {}): ControlAction => ({
  ...meta(id),
  year: 2026,
  unitId,
  objective: `Tavoite ${id}`,
  actions: '',
  indicator: '',
  owner: '',
  deadline,
  status,
  sortOrder: (order += 1),
  notes: [],
  outcome: null,
  riskIds: [],
  carriedFromId: null,
  kindId: 'internalControl',
  priorityId: null,
  judgementOverride: null,
  ...extra,
});
const risk = (id: string, unitId: string, status: Risk['status'] = 'open'): Risk => ({
  ...meta(id),
  unitId,
  title: `Riski ${id}`,
  description: '',
  category: 'financial',
  cause: '',
  consequence: '',
  owner: '',
  treatment: null,
  controls: '',
  status,
  reviewDate: null,
  toleranceOverride: null,
  objectiveActionId: null,
  objectiveText: '',
});
const assessment = (riskId: string, likelihood: number, impact: number, kind: Assessment['kind'] = 'residual'): Assessment => ({
  ...meta(`${riskId}-${kind}-${likelihood}`),
  riskId,
  date: '2026-02-01',
  assessor: 'A',
  likelihood,
  impact,
  scale: 5,
  kind,
  rationale: '',
  isExample: false,
});

const data = (): ReportData => ({
  organisationName: 'Kaupunki',
  year: 2026,
  today: '2026-06-15',
  units: [unit('city', null, 'organisation', 'Kaupunki'), unit('div', 'city', 'division', 'Toimiala'), unit('a', 'div', 'area', 'Alue A'), unit('b', 'div', 'area', 'Alue B'), unit('c', 'a', 'costUnit', 'Tulosyksikkö')],
  actions: [
    row('1', 'a', 'done', '2026-03-01'),
    row('2', 'a', 'in_progress', '2026-05-01'),
    row('3', 'c', 'partly_done'),
    row('4', 'b', 'not_done'),
    row('5', 'b', 'postponed', '2026-04-01'),
    row('6', 'b', 'not_started', '2026-12-01', { notes: [{ id: '00000000-0000-4000-8000-000000000001', date: '2026-05-02', author: 'A', text: 'Aloitetaan syksyllä', status: null }] }),
    row('gone', 'b', 'done', null, { deletedAt: '2026-02-02T00:00:00.000Z' }),
    row('old', 'b', 'done', null, { year: 2025 }),
  ],
  risks: [risk('r1', 'a'), risk('r2', 'b'), risk('r3', 'b', 'closed'), risk('r4', 'c')],
  assessments: [assessment('r1', 5, 4), assessment('r2', 2, 2), assessment('r3', 5, 5), assessment('r4', 4, 3, 'inherent')],
  matrix: presetMatrix(5),
  categories: PRESET_CATEGORIES,
  indicators: [],
  kinds: PRESET_TABLE_KINDS,
  priorities: [],
});

describe('report models', () => {
  it('counts rows by status, overdue and without outcome', () => {
    const counts = countActions(data().actions.slice(0, 6), '2026-06-15');
    expect(counts).toMatchObject({ planned: 6, done: 1, in_progress: 1, partly_done: 1, not_done: 1, postponed: 1, not_started: 1, overdue: 1, withoutOutcome: 6 });
  });

  it('builds a unit summary with traffic lights, overdue and the latest note', () => {
    const summary = unitSummary(data(), 'b')!;
    expect(summary.path).toEqual(['Kaupunki', 'Toimiala', 'Alue B']);
    expect(summary.rows.map((item) => [item.id, item.light, item.isOverdue])).toEqual([
      ['4', 'red', false],
      ['5', 'yellow', false],
      ['6', 'grey', false],
    ]);
    expect(summary.rows[2]?.latest).toEqual({ date: '2026-05-02', text: 'Aloitetaan syksyllä', isOutcome: false });
    expect(summary.risks.map((item) => [item.id, item.residual?.score, item.isAboveTolerance])).toEqual([
      ['r2', 4, false],
      ['r3', 25, false],
    ]);
  });

  it('builds the audit committee report for a division: summary per area, map, risks above tolerance', () => {
    const report = auditCommitteeReport(data(), 'div')!;
    expect(report.totals).toMatchObject({ planned: 6, done: 1, overdue: 1 });
    expect(report.summary.map((line) => [line.unit.name, line.depth, line.counts.planned])).toEqual([
      ['Toimiala', 0, 6],
      ['Alue A', 1, 3],
      ['Alue B', 1, 3],
    ]);
    expect(report.sections.map((item) => item.unit.id)).toEqual(['a', 'c', 'b']);
    expect(report.riskMap.flat().reduce((sum, cell) => sum + cell.riskIds.length, 0)).toBe(3);
    expect(report.risksAboveTolerance.map((item) => item.id)).toEqual(['r1', 'r4']);
    expect(report.withoutOutcome).toHaveLength(6);
    expect(report.risksByLevel.map((item) => [item.band.id, item.count])).toEqual([
      ['low', 1],
      ['moderate', 0],
      ['significant', 1],
      ['critical', 2],
    ]);
    expect(statementFigures(report)).toMatchObject({ planned: 6, riskCount: 4, assessedRisks: 4, aboveTolerance: 2, topRisks: ['Riski r1', 'Riski r4'] });
  });

  it('adds the goals part only where the scope has goal tables, leaving internal control out of it', () => {
    expect(auditCommitteeReport(data(), 'div')!.goals).toBeNull();
    const withGoal = data();
    withGoal.actions.push(row('goal', 'a', 'done', null, { kindId: 'otherGoal' }));
    const goals = auditCommitteeReport(withGoal, 'div')!.goals!;
    expect(goals.lines.map((line) => [line.unit.id, line.kind.id, line.counts.goals])).toEqual([
      ['div', 'otherGoal', 1],
    ]);
    expect(statementFigures(auditCommitteeReport(withGoal, 'div')!).goals).toMatchObject({
      goals: 1,
      pending: 1,
    });
  });

  it('counts only internal-control rows in the internal-control parts, goal rows in the goals part', () => {
    const mixed = data();
    mixed.actions.push(
      row('goal-a', 'a', 'done', '2026-03-01', { kindId: 'strategyGoal' }),
      row('goal-b', 'b', 'not_started', '2026-02-01', { kindId: 'otherGoal' }),
      row('goal-c', 'c', 'in_progress', null, { kindId: 'productivity' }),
    );
    const report = auditCommitteeReport(mixed, 'div')!;
    expect(report.totals).toMatchObject({ planned: 6, done: 1, not_started: 1, overdue: 1, withoutOutcome: 6 });
    expect(report.summary.map((line) => [line.unit.name, line.counts.planned])).toEqual([
      ['Toimiala', 6],
      ['Alue A', 3],
      ['Alue B', 3],
    ]);
    expect(report.sections.flatMap((item) => item.rows.map((entry) => entry.id))).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(report.withoutOutcome.map((entry) => entry.row.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(statementFigures(report)).toMatchObject({ planned: 6, done: 1, overdue: 1, withoutOutcome: 6 });
    expect(report.goals!.totals).toMatchObject({ goals: 3, pending: 3 });
    expect(report.goalOutcomes.map((item) => [item.unit.id, item.groups.flatMap((group) => group.goals.map((goal) => goal.row.id))])).toEqual([
      ['a', ['goal-a']],
      ['c', ['goal-c']],
      ['b', ['goal-b']],
    ]);
    const summary = unitSummary(mixed, 'b')!;
    expect(summary.counts.planned).toBe(3);
    expect(summary.rows.map((entry) => entry.id)).toEqual(['4', '5', '6']);
    expect(summary.goals?.groups.map((group) => group.kind.id)).toEqual(['otherGoal']);
    expect(unitSummary(data(), 'b')!.goals).toBeNull();
  });

  it('reports an empty scope as empty, not as an error', () => {
    const empty = auditCommitteeReport({ ...data(), actions: [], risks: [] }, 'div')!;
    expect(empty.isEmpty).toBe(true);
    expect(empty.sections).toEqual([]);
    expect(auditCommitteeReport(data(), 'missing')).toBeNull();
  });
});
