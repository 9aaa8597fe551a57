import type { Assessment, Risk } from '../../../shared/domain/risk';
import { useLiveQueryInScope, useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { countRescaled } from './riskSettingsRepository';
import { readCategories, readMatrix } from './riskSettings';

/** The organisation's risk matrix (the preset until one is saved); undefined while loading. */
export const useMatrix = () => {
  return useScopedLiveQuery((db) => readMatrix(db), []);
};

export const useCategories = () => {
  return useScopedLiveQuery((db) => readCategories(db), []);
};

/** How many assessments would show as rescaled on a matrix of `size`. */
export const useRescaledCount = (size: number) => {
  return useScopedLiveQuery((db) => countRescaled(db, size), [size]);
};

export const useRisk = (riskId: string) => {
  return useScopedLiveQuery(async (db) => (await db.risks.get(riskId)) ?? null, [riskId]);
};

const groupByRisk = (rows: readonly Assessment[]) => {
  const byRisk = new Map<string, Assessment[]>();
  for (const row of rows) byRisk.set(row.riskId, [...(byRisk.get(row.riskId) ?? []), row]);
  return byRisk;
};

/** Assessments of the given risks, grouped by risk id. */
export const useAssessmentsByRisk = (riskIds: readonly string[]) => {
  return useScopedLiveQuery(
    async (db) =>
      groupByRisk(
        await db.assessments
          .where('riskId')
          .anyOf([...riskIds])
          .toArray(),
      ),
    [riskIds],
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
  const result = useLiveQueryInScope(
    async (db) => {
      const risks = await db.risks
        .where('unitId')
        .anyOf([...unitIds])
        .filter((risk) => risk.deletedAt === null)
        .toArray();
      const rows = await db.assessments
        .where('riskId')
        .anyOf(risks.map((risk) => risk.id))
        .toArray();
      return { unitIds: [...unitIds], risks, assessments: groupByRisk(rows) };
    },
    [unitIds],
  );
  return result && { ...result.value, isCurrent: result.isCurrent };
};

/** A unit's live rows over all years, for linking risks to the actions that reduce them. */
export const useUnitActionsForLinking = (unitId: string) => {
  return useScopedLiveQuery(
    (db) =>
      db.controlActions
        .where('unitId')
        .equals(unitId)
        .filter((row) => row.deletedAt === null)
        .sortBy('year'),
    [unitId],
  );
};
