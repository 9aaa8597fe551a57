import type { YearCompareInput } from '../../../shared/review/year-compare';
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { readMatrix } from '../risks/riskSettings';
import { readSetting } from '../settings/settingsRepository';

export type CompareData = YearCompareInput & { organisationName: string };

/** Everything the comparison of two plan years is computed from; undefined while loading. */
export const useCompareData = (fromYear: number, toYear: number): CompareData | undefined => {
  return useScopedLiveQuery(
    async (db) => {
      const [organisation, units, actions, risks, assessments, matrix] = await Promise.all([
        readSetting(db, 'organisation'),
        db.units.toArray(),
        db.controlActions.where('year').anyOf([fromYear, toYear]).toArray(),
        db.risks.toArray(),
        db.assessments.toArray(),
        readMatrix(db),
      ]);
      return {
        organisationName: organisation?.name ?? '',
        fromYear,
        toYear,
        units,
        actions,
        risks,
        assessments,
        matrix,
      };
    },
    [fromYear, toYear],
  );
};
