import { useCallback } from 'react';
import type { RegisterData } from '../../../shared/exports/register-tables';
import { scopeUnits } from '../../../shared/exports/register-tables';
import type { ValvoDatabase } from '../core/database';
import { useDatabase } from '../core/DatabaseProvider';
import { readUnits } from '../units/readUnits';
import { readCategories, readMatrix } from '../risks/riskSettings';
import { readPriorities, readTableKinds } from '../goals/goalSettings';

/**
 * Everything an export of a unit and its subtree reads for one year (rows with their
 * indicators, the table kinds and priorities, risks), read when the export is asked for, in one
 * read transaction: the file holds what is saved at that moment, even a row imported a moment
 * before that the screen has not shown yet.
 */
export const readExportData = (
  db: ValvoDatabase,
  unitId: string,
  year: number,
): Promise<RegisterData> =>
  db.transaction('r', db.tables, async () => {
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
  });

/** The export's reader for a unit's subtree and a year, bound to the open database. */
export const useExportReader = (unitId: string, year: number) => {
  const db = useDatabase();
  return useCallback(() => readExportData(db, unitId, year), [db, unitId, year]);
};
