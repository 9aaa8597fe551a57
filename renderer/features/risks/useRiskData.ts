import { useLiveQuery } from 'dexie-react-hooks';
import type { Assessment } from '../../../shared/domain/risk';
import { useDatabase } from '../../db/DatabaseProvider';
import { countRescaled } from './riskSettingsRepository';
import { readCategories, readMatrix } from './riskSettings';

/** The organisation's risk matrix (the preset until one is saved); undefined while loading. */
export const useMatrix = () => {
  const db = useDatabase();
  return useLiveQuery(() => readMatrix(db), [db]);
};

export const useCategories = () => {
  const db = useDatabase();
  return useLiveQuery(() => readCategories(db), [db]);
};

/** How many assessments would show as rescaled on a matrix of `size`. */
export const useRescaledCount = (size: number) => {
  const db = useDatabase();
  return useLiveQuery(() => countRescaled(db, size), [db, size]);
};

/** Live risks of the given units (a unit, or a whole subtree for the risk map). */
export const useRisksOfUnits = (unitIds: readonly string[]) => {
  const db = useDatabase();
  const key = unitIds.join(',');
  return useLiveQuery(
    () =>
      db.risks
        .where('unitId')
        .anyOf([...unitIds])
        .filter((risk) => risk.deletedAt === null)
        .toArray(),
    [db, key],
  );
};

export const useRisk = (riskId: string) => {
  const db = useDatabase();
  return useLiveQuery(async () => (await db.risks.get(riskId)) ?? null, [db, riskId]);
};

/** Assessments of the given risks, grouped by risk id. */
export const useAssessmentsByRisk = (riskIds: readonly string[]) => {
  const db = useDatabase();
  const key = riskIds.join(',');
  return useLiveQuery(async () => {
    const rows = await db.assessments
      .where('riskId')
      .anyOf([...riskIds])
      .toArray();
    const byRisk = new Map<string, Assessment[]>();
    for (const row of rows) byRisk.set(row.riskId, [...(byRisk.get(row.riskId) ?? []), row]);
    return byRisk;
  }, [db, key]);
};

/** A unit's live rows over all years, for linking risks to the actions that reduce them. */
export const useUnitRowsForLinking = (unitId: string) => {
  const db = useDatabase();
  return useLiveQuery(
    () =>
      db.controlActions
        .where('unitId')
        .equals(unitId)
        .filter((row) => row.deletedAt === null)
        .sortBy('year'),
    [db, unitId],
  );
};
