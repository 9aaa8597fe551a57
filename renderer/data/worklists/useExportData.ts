import type { RegisterData } from '../../../shared/exports/register-tables';
import { scopeUnits } from '../../../shared/exports/register-tables';
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { readUnits } from '../units/readUnits';
import { readCategories, readMatrix } from '../risks/riskSettings';
import { readPriorities, readTableKinds } from '../goals/goalSettings';

/**
 * Everything an export of a unit and its subtree reads for one year (rows with their
 * indicators, the table kinds and priorities, risks), kept live so the file always matches the
 * screen; undefined while loading.
 */
export const useExportData = (unitId: string, year: number) => {
  return useScopedLiveQuery(
    async (db): Promise<RegisterData> => {
      const units = scopeUnits(await readUnits(db), unitId);
      const unitIds = units.map((unit) => unit.id);
      const actions = await db.controlActions
        .where('[unitId+year]')
        .anyOf(unitIds.map((id) => [id, year]))
        .filter((row) => row.deletedAt === null)
        .toArray();
      const indicators = await db.indicators
        .where('[unitId+year]')
        .anyOf(unitIds.map((id) => [id, year]))
        .filter((indicator) => indicator.deletedAt === null)
        .toArray();
      const risks = await db.risks
        .where('unitId')
        .anyOf(unitIds)
        .filter((risk) => risk.deletedAt === null)
        .toArray();
      const assessments = await db.assessments
        .where('riskId')
        .anyOf(risks.map((risk) => risk.id))
        .toArray();
      return {
        units,
        actions,
        indicators,
        kinds: await readTableKinds(db),
        priorities: await readPriorities(db),
        risks,
        assessments,
        matrix: await readMatrix(db),
        categories: await readCategories(db),
      };
    },
    [unitId, year],
  );
};
