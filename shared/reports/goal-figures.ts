import type { ControlAction } from '../domain/control-action';
import type { Indicator, Judgement, JudgementOverride } from '../domain/indicator';
import { JUDGEMENTS } from '../domain/indicator';
import type { TableKind } from '../domain/table-kind';
import type { Unit } from '../domain/unit';
import { isMeasurableRow, judgeRow } from '../goals/judgement';
import { unitPath } from '../unit-tree';

export type GoalCounts = Record<Judgement | 'pending', number> & {
  goals: number;
  /** Indicators of measurable rows, and how many of them are judged met. */
  indicators: number;
  indicatorsMet: number;
};

export type GoalLine = { unit: Unit; kind: TableKind; counts: GoalCounts };

export type GoalListing = {
  unitName: string;
  row: ControlAction;
  kind: TableKind;
  /** The row's judgement as it counts (override or rule), null while undecided. */
  judgement: Judgement | null;
  override: JudgementOverride | null;
  /** How many of the row's indicators are judged other than met. */
  notMet: number;
};

export type GoalFigures = {
  /** Per division (or the scope itself where it has none) and kind, in tree and budget order. */
  lines: GoalLine[];
  totals: GoalCounts;
  /** Rows judged met by a person although an indicator was not met. */
  metDespite: GoalListing[];
  /** The group companies' goals, each with its judgement. */
  companyGoals: GoalListing[];
};

/** A row without a measurable indicator counts by its written outcome's status. */
const OUTCOME_JUDGEMENT: Partial<Record<ControlAction['status'], Judgement>> = {
  done: 'met',
  partly_done: 'partlyMet',
  not_done: 'notMet',
  postponed: 'notMet',
  cancelled: 'notAssessable',
};

const emptyCounts = (): GoalCounts => ({
  met: 0,
  partlyMet: 0,
  notMet: 0,
  notAssessable: 0,
  pending: 0,
  goals: 0,
  indicators: 0,
  indicatorsMet: 0,
});

/** What a row counts as: its override, else the rule over its indicators, else its outcome. */
export const rowJudgement = (row: ControlAction, indicators: readonly Indicator[]) => {
  const measurable = isMeasurableRow(indicators);
  const judged = judgeRow(measurable ? indicators : [], row.judgementOverride);
  const effective =
    judged.effective ??
    (measurable || row.outcome === null ? null : (OUTCOME_JUDGEMENT[row.status] ?? null));
  return {
    effective,
    measurable,
    indicatorsMet: measurable ? judged.counts.met : 0,
    indicators: measurable ? indicators.length : 0,
  };
};

/**
 * The goals part of the audit committee's pack, in the way Finnish audit committees report it:
 * per division and table kind, how many goals are met, partly met, not met or not assessable,
 * and the share of indicators met (a goal is met only when all its indicators are). `units` are
 * the scope's units in tree order; `rows` their live rows of the year; `indicators` those rows'
 * live indicators.
 */
export const goalFigures = (
  units: readonly Unit[],
  scope: Unit,
  rows: readonly ControlAction[],
  indicators: readonly Indicator[],
  kinds: readonly TableKind[],
): GoalFigures => {
  const byRow = new Map<string, Indicator[]>();
  for (const indicator of indicators)
    byRow.set(indicator.actionId, [...(byRow.get(indicator.actionId) ?? []), indicator]);
  const unitsById = new Map(units.map((unit) => [unit.id, unit]));
  /** The division a unit belongs to within the scope; the scope itself above divisions. */
  const lineUnits = new Map<string, Unit>();
  const lineUnit = (unitId: string): Unit => {
    const known = lineUnits.get(unitId);
    if (known) return known;
    const path = unitPath(units, unitId);
    const below = path.slice(
      Math.max(
        0,
        path.findIndex((unit) => unit.id === scope.id),
      ),
    );
    const found = below.find((unit) => unit.kind === 'division') ?? scope;
    lineUnits.set(unitId, found);
    return found;
  };
  const lines = new Map<string, GoalLine>();
  const totals = emptyCounts();
  const metDespite: GoalListing[] = [];
  const companyGoals: GoalListing[] = [];
  for (const row of rows) {
    const kind = kinds.find((item) => item.id === row.kindId);
    if (!kind) continue;
    const unit = lineUnit(row.unitId);
    const key = `${unit.id}|${kind.id}`;
    const line = lines.get(key) ?? { unit, kind, counts: emptyCounts() };
    lines.set(key, line);
    const rowIndicators = byRow.get(row.id) ?? [];
    const judged = rowJudgement(row, rowIndicators);
    for (const counts of [line.counts, totals]) {
      counts.goals += 1;
      counts[judged.effective ?? 'pending'] += 1;
      counts.indicators += judged.indicators;
      counts.indicatorsMet += judged.indicatorsMet;
    }
    const notMet = judged.measurable
      ? rowIndicators.filter((indicator) => indicator.judgement !== 'met').length
      : 0;
    const listing: GoalListing = {
      unitName: unitsById.get(row.unitId)?.name ?? '',
      row,
      kind,
      judgement: judged.effective,
      override: row.judgementOverride,
      notMet,
    };
    if (row.judgementOverride?.judgement === 'met' && notMet > 0) metDespite.push(listing);
    if (kind.builtIn === 'companyGoal') companyGoals.push(listing);
  }
  const treeOrder = new Map(units.map((unit, index) => [unit.id, index]));
  const kindOrder = new Map(kinds.map((kind, index) => [kind.id, index]));
  const ordered = [...lines.values()].sort(
    (a, b) =>
      (a.unit.id === scope.id ? -1 : 0) - (b.unit.id === scope.id ? -1 : 0) ||
      (treeOrder.get(a.unit.id) ?? 0) - (treeOrder.get(b.unit.id) ?? 0) ||
      (kindOrder.get(a.kind.id) ?? 0) - (kindOrder.get(b.kind.id) ?? 0),
  );
  return { lines: ordered, totals, metDespite, companyGoals };
};

/** The judgements in the order a table of goal figures shows them. */
export const GOAL_COLUMNS = [...JUDGEMENTS, 'pending'] as const;
