import type { ControlAction } from '../domain/control-action';
import type { Indicator } from '../domain/indicator';
import type { StrategyPriority } from '../domain/priority';
import { prioritiesOf } from '../domain/priority';
import type { TableKind } from '../domain/table-kind';
import type { Assessment, Risk } from '../domain/risk';
import type { RiskCategory, RiskMatrix } from '../domain/risk-matrix';
import type { Unit } from '../domain/unit';
import { buildUnitTree, descendantIds, flattenUnitTree } from '../unit-tree';
import type { ActionSource } from './action-columns';
import { ACTION_COLUMNS } from './action-columns';
import type { ExportContext, ExportTable, RiskSource } from './columns';
import { RISK_COLUMNS, TABLE_NAMES, toTable } from './columns';
import { kindNameOf, kindTables } from './kind-tables';

/**
 * What an export of one scope reads: the scope's live units, rows of one year with their
 * indicators, risks, the organisation's table kinds and the year's strategy priorities.
 */
export type RegisterData = {
  units: readonly Unit[];
  actions: readonly ControlAction[];
  indicators: readonly Indicator[];
  kinds: readonly TableKind[];
  priorities: readonly StrategyPriority[];
  risks: readonly Risk[];
  assessments: readonly Assessment[];
  matrix: RiskMatrix;
  categories: readonly RiskCategory[];
};

/**
 * The unit and every unit below it, in the order the organisation tree lists them; empty when
 * the unit is not among the live units.
 */
export const scopeUnits = (units: readonly Unit[], rootId: string): Unit[] => {
  const inScope = descendantIds(units, rootId).add(rootId);
  return flattenUnitTree(buildUnitTree(units))
    .map((node) => node.unit)
    .filter((unit) => inScope.has(unit.id));
};

/**
 * The tables of a scope, in the order the register shows them: units in tree order, a unit's
 * rows in their saved order and its risks by Finnish title. Deleted records are left out.
 * `actions`: every row in one table (the CSV); `kindTables`: the rows on one sheet per table
 * kind (the XLSX, see ./kind-tables).
 */
export const registerTables = (
  data: RegisterData,
  rootId: string,
  year: number,
  context: ExportContext,
): { actions: ExportTable; kindTables: ExportTable[]; risks: ExportTable } => {
  const units = scopeUnits(data.units, rootId);
  const priorities = prioritiesOf(data.priorities, year);
  const assessmentsByRisk = new Map<string, Assessment[]>();
  for (const assessment of data.assessments) {
    const list = assessmentsByRisk.get(assessment.riskId) ?? [];
    list.push(assessment);
    assessmentsByRisk.set(assessment.riskId, list);
  }
  const indicatorsByRow = new Map<string, Indicator[]>();
  for (const indicator of data.indicators) {
    if (indicator.deletedAt) continue;
    indicatorsByRow.set(indicator.actionId, [
      ...(indicatorsByRow.get(indicator.actionId) ?? []),
      indicator,
    ]);
  }
  const priorityName = (action: ControlAction) => {
    const kind = data.kinds.find((item) => item.id === action.kindId);
    if (!kind?.usesPriorities || action.priorityId === null) return null;
    return priorities.find((item) => item.id === action.priorityId)?.name ?? null;
  };
  const actionSources: ActionSource[] = units.flatMap((unit) =>
    data.actions
      .filter((action) => action.unitId === unit.id && action.year === year && !action.deletedAt)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((action) => ({
        unit,
        action,
        kindName: kindNameOf(data.kinds, action.kindId, context),
        priorityName: priorityName(action),
        indicators: (indicatorsByRow.get(action.id) ?? []).sort(
          (a, b) => a.sortOrder - b.sortOrder,
        ),
      })),
  );
  const riskSources: RiskSource[] = units.flatMap((unit) =>
    data.risks
      .filter((risk) => risk.unitId === unit.id && !risk.deletedAt)
      .sort((a, b) => a.title.localeCompare(b.title, 'fi'))
      .map((risk) => ({
        unit,
        risk,
        assessments: assessmentsByRisk.get(risk.id) ?? [],
        matrix: data.matrix,
        categories: data.categories,
      })),
  );
  return {
    actions: toTable(TABLE_NAMES.actions, ACTION_COLUMNS, actionSources, context),
    kindTables: kindTables(actionSources, data.kinds, priorities, context),
    risks: toTable(TABLE_NAMES.risks, RISK_COLUMNS, riskSources, context),
  };
};
