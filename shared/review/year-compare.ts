import type { ControlAction } from '../domain/control-action';
import type { RiskMatrix } from '../domain/risk-matrix';
import type { Assessment, Risk } from '../domain/risk';
import type { Unit } from '../domain/unit';
import { scopeUnits } from '../reports/report-model';
import type { AssessmentKind, RiskLevel } from '../risk-analysis';
import { currentLevel } from '../risk-analysis';

export const COMPARED_FIELDS = ['objective', 'actions', 'indicator', 'owner'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export const RISK_MOVES = ['up', 'down', 'same', 'new', 'unassessed'] as const;
export type RiskMove = (typeof RISK_MOVES)[number];

export type YearCompareInput = {
  fromYear: number;
  toYear: number;
  units: Unit[];
  actions: ControlAction[];
  risks: Risk[];
  assessments: Assessment[];
  matrix: RiskMatrix;
};

/** A risk's level at the end of a year, and which kind of assessment gave it. */
export type YearLevel = RiskLevel & { kind: AssessmentKind };

export type CarriedPair = {
  from: ControlAction;
  to: ControlAction;
  changedFields: ComparedField[];
};
export type RiskMoveLine = {
  risk: Risk;
  from: YearLevel | null;
  to: YearLevel | null;
  direction: RiskMove;
};

export type YearComparison = {
  /** Actions of toYear that do not continue an action of fromYear in the scope. */
  added: ControlAction[];
  carried: CarriedPair[];
  /** Actions of fromYear that no action of toYear continues. */
  dropped: ControlAction[];
  riskMoves: RiskMoveLine[];
};

/**
 * A risk's level as it stood on 31 December of `year`: its latest residual assessment made by
 * then, or the latest inherent one when no residual assessment existed yet.
 */
export const levelAtYearEnd = (
  assessments: readonly Assessment[],
  year: number,
  matrix: RiskMatrix,
): YearLevel | null => {
  const yearEnd = `${String(year).padStart(4, '0')}-12-31`;
  const known = assessments.filter((item) => item.date <= yearEnd);
  for (const kind of ['residual', 'inherent'] as const) {
    const level = currentLevel(known, kind, matrix);
    if (level) return { ...level, kind };
  }
  return null;
};

const moveOf = (from: YearLevel | null, to: YearLevel | null): RiskMove => {
  if (to === null) return 'unassessed';
  if (from === null) return 'new';
  return to.score > from.score ? 'up' : to.score < from.score ? 'down' : 'same';
};

/**
 * What changed in a scope from one year's plan to another's: actions added, continued (with the
 * plan fields that were rewritten) and dropped, and how each live risk's level moved between
 * the two year-ends. Deleted records take no part; lists follow the unit tree, then Finnish
 * alphabetical order.
 */
export const compareYears = (input: YearCompareInput, scopeId: string): YearComparison => {
  const isScopeLive = input.units.some((unit) => unit.id === scopeId && unit.deletedAt === null);
  const units = isScopeLive ? scopeUnits(input.units, scopeId) : [];
  const position = new Map(units.map((unit, index) => [unit.id, index]));
  const inScope = <T extends { unitId: string; deletedAt: string | null }>(item: T) =>
    item.deletedAt === null && position.has(item.unitId);
  const unitOrder = (a: { unitId: string }, b: { unitId: string }) =>
    (position.get(a.unitId) ?? 0) - (position.get(b.unitId) ?? 0);
  const actionOrder = (a: ControlAction, b: ControlAction) =>
    unitOrder(a, b) || a.objective.localeCompare(b.objective, 'fi') || a.id.localeCompare(b.id);

  const fromActions = input.actions
    .filter((action) => inScope(action) && action.year === input.fromYear)
    .sort(actionOrder);
  const toActions = input.actions
    .filter((action) => inScope(action) && action.year === input.toYear)
    .sort(actionOrder);
  const fromById = new Map(fromActions.map((action) => [action.id, action]));

  const added: ControlAction[] = [];
  const carried: CarriedPair[] = [];
  for (const to of toActions) {
    const from = to.carriedFromId === null ? undefined : fromById.get(to.carriedFromId);
    if (from)
      carried.push({
        from,
        to,
        changedFields: COMPARED_FIELDS.filter((field) => from[field] !== to[field]),
      });
    else added.push(to);
  }
  const continued = new Set(carried.map((pair) => pair.from.id));
  const dropped = fromActions.filter((action) => !continued.has(action.id));

  const assessmentsOf = new Map<string, Assessment[]>();
  for (const item of input.assessments) {
    const history = assessmentsOf.get(item.riskId);
    if (history) history.push(item);
    else assessmentsOf.set(item.riskId, [item]);
  }
  const riskMoves = input.risks
    .filter(inScope)
    .sort(
      (a, b) => unitOrder(a, b) || a.title.localeCompare(b.title, 'fi') || a.id.localeCompare(b.id),
    )
    .map((risk): RiskMoveLine => {
      const history = assessmentsOf.get(risk.id) ?? [];
      const from = levelAtYearEnd(history, input.fromYear, input.matrix);
      const to = levelAtYearEnd(history, input.toYear, input.matrix);
      return { risk, from, to, direction: moveOf(from, to) };
    });

  return { added, carried, dropped, riskMoves };
};
