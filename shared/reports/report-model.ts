import type { IsoDate } from '../dates';
import type { ControlAction } from '../domain/control-action';
import type { RiskBand, RiskCategory, RiskMatrix } from '../domain/risk-matrix';
import type { Assessment, Risk } from '../domain/risk';
import type { Indicator } from '../domain/indicator';
import type { StrategyPriority } from '../domain/priority';
import type { TableKind } from '../domain/table-kind';
import { INTERNAL_CONTROL_KIND_ID } from '../domain/table-kind';
import type { Unit } from '../domain/unit';
import type { GoalFigures } from './goal-figures';
import { goalFigures } from './goal-figures';
import type { UnitGoalOutcomes } from './goal-outcomes';
import { unitGoalOutcomes } from './goal-outcomes';
import type { ReportRow, StatusCounts } from './report-rows';
import { countActions, toReportRow } from './report-rows';
import type { AssessmentKind, HeatMapCell, RiskLevel } from '../risk-analysis';
import { currentLevel, exceedsTolerance, heatMapCells, reviewReason } from '../risk-analysis';
import { buildUnitTree, descendantIds, flattenUnitTree, unitPath } from '../unit-tree';

/** Everything a report is computed from; the renderer loads it, this module only reads it. */
export type ReportData = {
  organisationName: string;
  year: number;
  today: IsoDate;
  units: Unit[];
  actions: ControlAction[];
  risks: Risk[];
  assessments: Assessment[];
  matrix: RiskMatrix;
  categories: RiskCategory[];
  /** The year's indicators (mittarit) of goal rows, and the organisation's table kinds. */
  indicators: Indicator[];
  kinds: readonly TableKind[];
  /** The year's strategy priorities, in the budget's order. */
  priorities: readonly StrategyPriority[];
};

export type ReportRisk = Pick<Risk, 'id' | 'title' | 'owner' | 'status'> & {
  unitName: string;
  category: string;
  inherent: RiskLevel | null;
  residual: RiskLevel | null;
  isAboveTolerance: boolean;
  needsReview: boolean;
};

export type UnitSection = {
  unit: Unit;
  path: string[];
  rows: ReportRow[];
  risks: ReportRisk[];
  counts: StatusCounts;
};

/** The units of a scope: the scope unit and everything under it, in tree order. */
export const scopeUnits = (units: readonly Unit[], scopeId: string): Unit[] => {
  const ids = new Set([scopeId, ...descendantIds(units, scopeId)]);
  return flattenUnitTree(buildUnitTree(units))
    .map((node) => node.unit)
    .filter((unit) => ids.has(unit.id));
};

const groupBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

/** Indexes the year's live records of a scope once, for the report builders. */
export const prepareScope = (data: ReportData, scopeId: string) => {
  const units = scopeUnits(data.units, scopeId);
  const ids = new Set(units.map((unit) => unit.id));
  const liveActions = data.actions
    .filter(
      (action) => action.deletedAt === null && action.year === data.year && ids.has(action.unitId),
    )
    .sort((a, b) => a.sortOrder - b.sortOrder);
  // The internal-control parts count and list only its own rows; goals have a part of their own.
  const controlActions = liveActions.filter((action) => action.kindId === INTERNAL_CONTROL_KIND_ID);
  const liveRisks = data.risks.filter((risk) => risk.deletedAt === null && ids.has(risk.unitId));
  const assessmentsByRisk = groupBy(
    data.assessments.filter((item) => item.deletedAt === null),
    (item) => item.riskId,
  );
  const unitName = (unitId: string) => data.units.find((unit) => unit.id === unitId)?.name ?? '';
  const reportRisk = (risk: Risk): ReportRisk => {
    const history = assessmentsByRisk.get(risk.id) ?? [];
    const inherent = currentLevel(history, 'inherent', data.matrix);
    const residual = currentLevel(history, 'residual', data.matrix);
    const current = residual ?? inherent;
    return {
      id: risk.id,
      title: risk.title,
      owner: risk.owner,
      status: risk.status,
      unitName: unitName(risk.unitId),
      category: data.categories.find((item) => item.id === risk.category)?.name ?? '',
      inherent,
      residual,
      isAboveTolerance:
        current !== null &&
        risk.status !== 'closed' &&
        exceedsTolerance(risk, current, data.matrix),
      needsReview: reviewReason(risk, history, data.today) !== null,
    };
  };
  const actionsByUnit = groupBy(controlActions, (action) => action.unitId);
  const risksByUnit = groupBy(liveRisks, (risk) => risk.unitId);
  const section = (unit: Unit): UnitSection => {
    const actions = actionsByUnit.get(unit.id) ?? [];
    return {
      unit,
      path: unitPath(data.units, unit.id).map((item) => item.name),
      rows: actions.map((action) => toReportRow(action, data.today)),
      risks: (risksByUnit.get(unit.id) ?? [])
        .map(reportRisk)
        .sort((a, b) => a.title.localeCompare(b.title, 'fi')),
      counts: countActions(actions, data.today),
    };
  };
  const goalOutcomes = (scopeUnits: readonly Unit[]) =>
    unitGoalOutcomes(
      scopeUnits,
      data.units,
      liveActions,
      data.indicators,
      data.kinds,
      data.priorities,
    );
  return {
    units,
    liveActions,
    controlActions,
    liveRisks,
    assessmentsByRisk,
    reportRisk,
    section,
    goalOutcomes,
  };
};

/** One unit's internal-control section, with its goals where it has any. */
export type UnitSummary = UnitSection & { goals: UnitGoalOutcomes | null };

/** Yksikön yhteenveto: one unit's internal-control rows for the year, its risks and its goals. */
export const unitSummary = (data: ReportData, unitId: string): UnitSummary | null => {
  const unit = data.units.find((item) => item.id === unitId && item.deletedAt === null);
  if (!unit) return null;
  const prepared = prepareScope(data, unitId);
  return { ...prepared.section(unit), goals: prepared.goalOutcomes([unit])[0] ?? null };
};

export type SummaryLine = { unit: Unit; depth: number; counts: StatusCounts };
export type LevelCount = { band: RiskBand; count: number };

export type AuditCommitteeReport = {
  scope: Unit;
  year: number;
  organisationName: string;
  totals: StatusCounts;
  /** Divisions and areas in the scope (or the scope unit alone), each with its subtree's counts. */
  summary: SummaryLine[];
  mapKind: AssessmentKind;
  riskMap: HeatMapCell[][];
  riskCount: number;
  risksByLevel: LevelCount[];
  risksAboveTolerance: ReportRisk[];
  sections: UnitSection[];
  withoutOutcome: { unitName: string; row: ReportRow }[];
  /** The goal tables' figures (all kinds but internal control); null where there are none. */
  goals: GoalFigures | null;
  /** Each unit's goals with their indicators and judgements, for units that have goals. */
  goalOutcomes: UnitGoalOutcomes[];
  isEmpty: boolean;
};

const SUMMARY_KINDS = new Set(['organisation', 'division', 'area', 'company']);

/**
 * Tarkastuslautakunnalle: the year's internal-control figures for a scope, its risk map, every
 * unit's internal-control table, and the goal tables' figures and outcomes.
 */
export const auditCommitteeReport = (
  data: ReportData,
  scopeId: string,
): AuditCommitteeReport | null => {
  const scope = data.units.find((unit) => unit.id === scopeId && unit.deletedAt === null);
  if (!scope) return null;
  const prepared = prepareScope(data, scopeId);
  const sections = prepared.units
    .map(prepared.section)
    .filter((item) => item.rows.length > 0 || item.risks.length > 0);
  const rootDepth = unitPath(data.units, scopeId).length;
  const summary = prepared.units
    .filter((unit) => unit.id === scopeId || SUMMARY_KINDS.has(unit.kind))
    .map((unit) => {
      const ids = new Set([unit.id, ...descendantIds(data.units, unit.id)]);
      return {
        unit,
        depth: unitPath(data.units, unit.id).length - rootDepth,
        counts: countActions(
          prepared.controlActions.filter((action) => ids.has(action.unitId)),
          data.today,
        ),
      };
    });
  const risks = prepared.liveRisks.map(prepared.reportRisk);
  // The goal tables' part: internal control has its own figures above (the summary).
  const goalRows = prepared.liveActions.filter(
    (action) => action.kindId !== INTERNAL_CONTROL_KIND_ID,
  );
  const goalRowIds = new Set(goalRows.map((action) => action.id));
  const goals =
    goalRows.length > 0
      ? goalFigures(
          prepared.units,
          scope,
          goalRows,
          data.indicators.filter(
            (item) => item.deletedAt === null && goalRowIds.has(item.actionId),
          ),
          data.kinds,
        )
      : null;
  const levelOf = (risk: ReportRisk) => risk.residual ?? risk.inherent;
  const score = (risk: ReportRisk) => levelOf(risk)?.score ?? 0;
  return {
    scope,
    year: data.year,
    organisationName: data.organisationName,
    totals: countActions(prepared.controlActions, data.today),
    summary,
    mapKind: 'residual',
    riskMap: heatMapCells(prepared.liveRisks, prepared.assessmentsByRisk, data.matrix, 'residual'),
    riskCount: risks.length,
    risksByLevel: data.matrix.bands.map((band) => ({
      band,
      count: risks.filter((risk) => levelOf(risk)?.band.id === band.id).length,
    })),
    risksAboveTolerance: risks
      .filter((risk) => risk.isAboveTolerance)
      .sort((a, b) => score(b) - score(a) || a.title.localeCompare(b.title, 'fi')),
    sections,
    withoutOutcome: sections.flatMap((item) =>
      item.rows
        .filter((row) => !row.latest?.isOutcome)
        .map((row) => ({ unitName: item.unit.name, row })),
    ),
    goals,
    goalOutcomes: prepared.goalOutcomes(prepared.units),
    isEmpty: prepared.liveActions.length === 0 && risks.length === 0,
  };
};

export type StatementFigures = StatusCounts & {
  year: number;
  scopeName: string;
  riskCount: number;
  assessedRisks: number;
  aboveTolerance: number;
  topRisks: string[];
  /** The goal tables' totals, where the scope has goal tables. */
  goals: GoalFigures['totals'] | null;
};

/** The figures the §115 statement draft is written from. */
export const statementFigures = (report: AuditCommitteeReport): StatementFigures => ({
  ...report.totals,
  year: report.year,
  scopeName: report.scope.name,
  riskCount: report.riskCount,
  assessedRisks: report.sections
    .flatMap((item) => item.risks)
    .filter((risk) => risk.inherent || risk.residual).length,
  aboveTolerance: report.risksAboveTolerance.length,
  topRisks: report.risksAboveTolerance.slice(0, 3).map((risk) => risk.title),
  goals: report.goals?.totals ?? null,
});
