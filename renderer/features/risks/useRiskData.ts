import { useLiveQuery } from 'dexie-react-hooks';
import type { Assessment, Risk } from '../../../shared/domain/risk';
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

export const useRisk = (riskId: string) => {
  const db = useDatabase();
  return useLiveQuery(async () => (await db.risks.get(riskId)) ?? null, [db, riskId]);
};

const groupByRisk = (rows: readonly Assessment[]) => {
  const byRisk = new Map<string, Assessment[]>();
  for (const row of rows) byRisk.set(row.riskId, [...(byRisk.get(row.riskId) ?? []), row]);
  return byRisk;
};

/** Assessments of the given risks, grouped by risk id. */
export const useAssessmentsByRisk = (riskIds: readonly string[]) => {
  const db = useDatabase();
  const key = riskIds.join(',');
  return useLiveQuery(
    async () =>
      groupByRisk(
        await db.assessments
          .where('riskId')
          .anyOf([...riskIds])
          .toArray(),
      ),
    [db, key],
  );
};

/** Risks of some units with their assessments, read together: `unitIds` says whose they are. */
export type RisksWithAssessments = {
  unitIds: readonly string[];
  risks: Risk[];
  assessments: Map<string, Assessment[]>;
  /** Whether these are the units last asked for (false while those are still being read). */
  isCurrent: boolean;
};

/**
 * Live risks of the given units with their assessments, read in one query so the two always
 * belong together: read apart, a change of units showed the new units' risks with the old
 * ones' assessments for a moment (risks counted as unassessed). While other units are being
 * read, the previous units' result stays, marked not current, so a screen can keep showing it
 * under its own name instead of flashing empty.
 */
export const useRisksWithAssessments = (
  unitIds: readonly string[],
): RisksWithAssessments | undefined => {
  const db = useDatabase();
  const key = unitIds.join(',');
  const result = useLiveQuery(async () => {
    const risks = await db.risks
      .where('unitId')
      .anyOf([...unitIds])
      .filter((risk) => risk.deletedAt === null)
      .toArray();
    const rows = await db.assessments
      .where('riskId')
      .anyOf(risks.map((risk) => risk.id))
      .toArray();
    return { key, unitIds: [...unitIds], risks, assessments: groupByRisk(rows) };
  }, [db, key]);
  if (!result) return undefined;
  const { key: resultKey, ...rest } = result;
  return { ...rest, isCurrent: resultKey === key };
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
