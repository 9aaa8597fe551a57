import type { ControlAction } from '../domain/control-action';
import type {
  Indicator,
  IndicatorReading,
  Judgement,
  JudgementOverride,
} from '../domain/indicator';
import type { StrategyPriority } from '../domain/priority';
import type { TableKind } from '../domain/table-kind';
import { INTERNAL_CONTROL_KIND_ID } from '../domain/table-kind';
import type { Unit } from '../domain/unit';
import { judgeRow, latestReading } from '../goals/judgement';
import { planSections } from '../goals/plan-sections';
import { unitPath } from '../unit-tree';
import { rowJudgement } from './goal-figures';

export type IndicatorOutcome = {
  indicator: Indicator;
  /** The newest actual value; null while none is recorded. */
  actual: IndicatorReading | null;
};

/** Where a goal's judgement comes from: a person's override, the indicators' rule, the written outcome. */
export type JudgementBasis = 'override' | 'rule' | 'outcome';

export type GoalOutcome = {
  row: ControlAction;
  indicators: IndicatorOutcome[];
  /** False where the goal has no indicator that compares with a target. */
  measurable: boolean;
  /** What the goal counts as, null while undecided. */
  judgement: Judgement | null;
  basis: JudgementBasis | null;
  /** The rule's judgement over the indicators, and how many are met (measurable goals). */
  byRule: Judgement | null;
  indicatorsMet: number;
  override: JudgementOverride | null;
  /** The written outcome of the year-end review, if recorded. */
  outcome: string | null;
};

export type GoalOutcomeGroup = {
  kind: TableKind;
  /** The strategy priority the goals sit under; null for kinds without priorities. */
  priority: StrategyPriority | null;
  goals: GoalOutcome[];
};

export type UnitGoalOutcomes = { unit: Unit; path: string[]; groups: GoalOutcomeGroup[] };

const goalOutcome = (row: ControlAction, indicators: readonly Indicator[]): GoalOutcome => {
  const judged = rowJudgement(row, indicators);
  const override = row.judgementOverride;
  const basis: JudgementBasis | null = override
    ? 'override'
    : judged.effective === null
      ? null
      : judged.measurable
        ? 'rule'
        : 'outcome';
  return {
    row,
    indicators: indicators.map((indicator) => ({
      indicator,
      actual: latestReading(indicator.values),
    })),
    measurable: judged.measurable,
    judgement: judged.effective,
    basis,
    byRule: judged.measurable ? judgeRow(indicators, null).derived : null,
    indicatorsMet: judged.indicatorsMet,
    override,
    outcome: row.outcome?.text.trim() ? row.outcome.text : null,
  };
};

/**
 * Toiminnallisten tavoitteiden toteutuminen, as the activity report gives it for each unit: its
 * goals (every kind but internal control) in the budget's order — kind, then priority for
 * strategy goals, then row order — each with its indicators and judgement. `units` are the
 * scope's units in tree order; `rows` their live rows of the year, in row order; `indicators`
 * the year's live indicators. Units without goals are left out.
 */
export const unitGoalOutcomes = (
  units: readonly Unit[],
  allUnits: readonly Unit[],
  rows: readonly ControlAction[],
  indicators: readonly Indicator[],
  kinds: readonly TableKind[],
  priorities: readonly StrategyPriority[],
): UnitGoalOutcomes[] => {
  const byRow = new Map<string, Indicator[]>();
  for (const indicator of [...indicators].sort((a, b) => a.sortOrder - b.sortOrder))
    if (indicator.deletedAt === null)
      byRow.set(indicator.actionId, [...(byRow.get(indicator.actionId) ?? []), indicator]);
  const goalRows = rows.filter((row) => row.kindId !== INTERNAL_CONTROL_KIND_ID);
  return units.flatMap((unit) => {
    const own = goalRows.filter((row) => row.unitId === unit.id);
    if (own.length === 0) return [];
    const groups = planSections(own, kinds, priorities).flatMap(({ kind, groups: placed }) =>
      placed.map(({ priority, rows: goals }) => ({
        kind,
        priority,
        goals: goals.map((row) => goalOutcome(row, byRow.get(row.id) ?? [])),
      })),
    );
    return [{ unit, path: unitPath(allUnits, unit.id).map((item) => item.name), groups }];
  });
};
