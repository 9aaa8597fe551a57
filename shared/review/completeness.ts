import type { IsoDate } from '../dates';
import { yearOf } from '../dates';
import { isFinalStatus, isOverdue } from '../deadlines';
import type { ControlAction } from '../domain/control-action';
import type { Indicator } from '../domain/indicator';
import type { Assessment, Risk } from '../domain/risk';
import { isMeasurableRow } from '../goals/judgement';
import type { Unit } from '../domain/unit';
import { scopeUnits } from '../reports/report-model';

export const APPROVAL_STATES = ['approved', 'returned', 'withdrawn'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];
export type UnitApproval = { unitId: string; state: ApprovalState };

export type ReviewInput = {
  year: number;
  today: IsoDate;
  units: Unit[];
  actions: ControlAction[];
  risks: Risk[];
  assessments: Assessment[];
  /** The indicators of the year's rows (any year's may be given: others are ignored). */
  indicators: Indicator[];
  /** Decisions in the order they were made: the last one for a unit stands. */
  approvals: UnitApproval[];
};

export type UnitReview = {
  unitId: string;
  actionsTotal: number;
  actionsWithOutcome: number;
  /** Live actions of the year without an outcome or not in a final status, in sortOrder. */
  missingOutcome: ControlAction[];
  overdue: ControlAction[];
  /** Indicators of the unit's measurable rows: each needs its judgement. */
  indicatorsTotal: number;
  indicatorsJudged: number;
  /** Measurable rows with an indicator not yet judged, in sortOrder, with how many are left. */
  unjudged: { action: ControlAction; count: number }[];
  risksTotal: number;
  risksAssessed: number;
  /** Live, non-closed risks with no live assessment dated in the year, by Finnish title. */
  risksNotAssessed: Risk[];
  approval: ApprovalState | null;
  /**
   * (actionsWithOutcome + indicatorsJudged + risksAssessed) / (actionsTotal + indicatorsTotal +
   * risksTotal); 1 when there is nothing to review.
   */
  completeness: number;
  isComplete: boolean;
};

export type ReviewTotals = {
  actionsTotal: number;
  actionsWithOutcome: number;
  indicatorsTotal: number;
  indicatorsJudged: number;
  risksTotal: number;
  risksAssessed: number;
  completeness: number;
};

export type ReviewChecklist = {
  year: number;
  scopeId: string;
  units: UnitReview[];
  totals: ReviewTotals;
};

export const BLOCKER_KINDS = [
  'missingOutcome',
  'indicatorNotJudged',
  'riskNotAssessed',
  'notApproved',
] as const;
export type BlockerKind = (typeof BLOCKER_KINDS)[number];
export type CloseBlocker = { kind: BlockerKind; unitId: string; recordId?: string };

/** An action counts as reviewed only with both an outcome and a final status: one without the other is unfinished. */
export const hasOutcome = (action: Pick<ControlAction, 'outcome' | 'status'>): boolean =>
  action.outcome !== null && isFinalStatus(action.status);

const ratio = (done: number, total: number): number => (total === 0 ? 1 : done / total);

const byOrder = (a: ControlAction, b: ControlAction) =>
  a.sortOrder - b.sortOrder ||
  a.objective.localeCompare(b.objective, 'fi') ||
  a.id.localeCompare(b.id);

const byTitle = (a: Risk, b: Risk) =>
  a.title.localeCompare(b.title, 'fi') || a.id.localeCompare(b.id);

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
};

/**
 * The year-end review of a scope: for each unit in tree order that has live actions of the year or
 * live open risks, what is reviewed, what is missing and whether the unit's plan is approved.
 * Units without anything to review are left out; so are actions and risks of deleted units.
 */
export const reviewChecklist = (input: ReviewInput, scopeId: string): ReviewChecklist => {
  const isScopeLive = input.units.some((unit) => unit.id === scopeId && unit.deletedAt === null);
  const units = isScopeLive ? scopeUnits(input.units, scopeId) : [];
  const ids = new Set(units.map((unit) => unit.id));
  const actionsByUnit = groupBy(
    input.actions.filter(
      (action) => action.deletedAt === null && action.year === input.year && ids.has(action.unitId),
    ),
    (action) => action.unitId,
  );
  const risksByUnit = groupBy(
    input.risks.filter(
      (risk) => risk.deletedAt === null && risk.status !== 'closed' && ids.has(risk.unitId),
    ),
    (risk) => risk.unitId,
  );
  const assessedInYear = new Set(
    input.assessments
      .filter((item) => item.deletedAt === null && yearOf(item.date) === input.year)
      .map((item) => item.riskId),
  );
  const approvals = new Map(input.approvals.map((item) => [item.unitId, item.state]));
  const indicatorsByRow = groupBy(
    input.indicators.filter(
      (indicator) => indicator.deletedAt === null && indicator.year === input.year,
    ),
    (indicator) => indicator.actionId,
  );

  const reviews = units.flatMap((unit): UnitReview[] => {
    const actions = [...(actionsByUnit.get(unit.id) ?? [])].sort(byOrder);
    const risks = [...(risksByUnit.get(unit.id) ?? [])].sort(byTitle);
    if (actions.length === 0 && risks.length === 0) return [];
    const missingOutcome = actions.filter((action) => !hasOutcome(action));
    const risksNotAssessed = risks.filter((risk) => !assessedInYear.has(risk.id));
    const actionsWithOutcome = actions.length - missingOutcome.length;
    const risksAssessed = risks.length - risksNotAssessed.length;
    // A row whose indicators are all texts keeps its written outcome; a measurable row's
    // indicators are each judged, as the rule "met only when all are met" needs them.
    const measured = actions.flatMap((action) => {
      const indicators = indicatorsByRow.get(action.id) ?? [];
      return isMeasurableRow(indicators) ? [{ action, indicators }] : [];
    });
    const indicatorsTotal = measured.reduce((sum, row) => sum + row.indicators.length, 0);
    const unjudged = measured.flatMap(({ action, indicators }) => {
      const count = indicators.filter((indicator) => indicator.judgement === null).length;
      return count > 0 ? [{ action, count, indicators }] : [];
    });
    const indicatorsJudged = indicatorsTotal - unjudged.reduce((sum, row) => sum + row.count, 0);
    return [
      {
        unitId: unit.id,
        actionsTotal: actions.length,
        actionsWithOutcome,
        missingOutcome,
        overdue: actions.filter((action) => isOverdue(action, input.today)),
        indicatorsTotal,
        indicatorsJudged,
        unjudged: unjudged.map(({ action, count }) => ({ action, count })),
        risksTotal: risks.length,
        risksAssessed,
        risksNotAssessed,
        approval: approvals.get(unit.id) ?? null,
        completeness: ratio(
          actionsWithOutcome + indicatorsJudged + risksAssessed,
          actions.length + indicatorsTotal + risks.length,
        ),
        isComplete:
          missingOutcome.length === 0 && unjudged.length === 0 && risksNotAssessed.length === 0,
      },
    ];
  });

  const sum = (pick: (review: UnitReview) => number) =>
    reviews.reduce((total, review) => total + pick(review), 0);
  const actionsTotal = sum((review) => review.actionsTotal);
  const actionsWithOutcome = sum((review) => review.actionsWithOutcome);
  const indicatorsTotal = sum((review) => review.indicatorsTotal);
  const indicatorsJudged = sum((review) => review.indicatorsJudged);
  const risksTotal = sum((review) => review.risksTotal);
  const risksAssessed = sum((review) => review.risksAssessed);
  return {
    year: input.year,
    scopeId,
    units: reviews,
    totals: {
      actionsTotal,
      actionsWithOutcome,
      indicatorsTotal,
      indicatorsJudged,
      risksTotal,
      risksAssessed,
      completeness: ratio(
        actionsWithOutcome + indicatorsJudged + risksAssessed,
        actionsTotal + indicatorsTotal + risksTotal,
      ),
    },
  };
};

/**
 * What stops the year from closing, unit by unit in tree order: every action of the year needs an
 * outcome, every indicator of a measurable row its judgement, every open risk an assessment dated
 * in the year, and every unit with actions an approval.
 * An empty list means the year may be closed.
 */
export const closeBlockers = (checklist: ReviewChecklist): CloseBlocker[] =>
  checklist.units.flatMap((review): CloseBlocker[] => [
    ...review.missingOutcome.map((action) => ({
      kind: 'missingOutcome' as const,
      unitId: review.unitId,
      recordId: action.id,
    })),
    ...review.unjudged.map(({ action }) => ({
      kind: 'indicatorNotJudged' as const,
      unitId: review.unitId,
      recordId: action.id,
    })),
    ...review.risksNotAssessed.map((risk) => ({
      kind: 'riskNotAssessed' as const,
      unitId: review.unitId,
      recordId: risk.id,
    })),
    ...(review.actionsTotal > 0 && review.approval !== 'approved'
      ? [{ kind: 'notApproved' as const, unitId: review.unitId }]
      : []),
  ]);
