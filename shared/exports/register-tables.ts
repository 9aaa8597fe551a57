import type { ControlAction } from '../domain/control-action';
import type { Assessment, Risk } from '../domain/risk';
import type { RiskCategory, RiskMatrix } from '../domain/risk-matrix';
import type { Unit } from '../domain/unit';
import { buildUnitTree, descendantIds, flattenUnitTree } from '../unit-tree';
import type { ActionSource, ExportContext, ExportTable, RiskSource } from './columns';
import { ACTION_COLUMNS, RISK_COLUMNS, TABLE_NAMES, toTable } from './columns';

/** What an export of one scope reads: the scope's live units, rows of one year and risks. */
export type RegisterData = {
  units: readonly Unit[];
  actions: readonly ControlAction[];
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
 * Both tables for a scope, in the order the register shows them: units in tree order, a unit's
 * rows in their saved order and its risks by Finnish title. Deleted records are left out.
 */
export const registerTables = (
  data: RegisterData,
  rootId: string,
  year: number,
  context: ExportContext,
): { actions: ExportTable; risks: ExportTable } => {
  const units = scopeUnits(data.units, rootId);
  const assessmentsByRisk = new Map<string, Assessment[]>();
  for (const assessment of data.assessments) {
    const list = assessmentsByRisk.get(assessment.riskId) ?? [];
    list.push(assessment);
    assessmentsByRisk.set(assessment.riskId, list);
  }
  const actionSources: ActionSource[] = units.flatMap((unit) =>
    data.actions
      .filter((action) => action.unitId === unit.id && action.year === year && !action.deletedAt)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((action) => ({ unit, action })),
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
    risks: toTable(TABLE_NAMES.risks, RISK_COLUMNS, riskSources, context),
  };
};
