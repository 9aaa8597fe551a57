import type { Indicator } from '../../../shared/domain/indicator';
import type { TableKind } from '../../../shared/domain/table-kind';
import type { YearCompareInput } from '../../../shared/review/year-compare';
import { readTableKinds } from '../goals/goalSettings';
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { readMatrix } from '../risks/riskSettings';
import { readSetting } from '../settings/settingsRepository';

export type CompareData = YearCompareInput & {
  organisationName: string;
  /** Both years' indicators, for each goal row's judgement in its year. */
  indicators: Indicator[];
  /** The table kinds in the budget's order: the comparison is grouped by them. */
  kinds: TableKind[];
};

/** Everything the comparison of two plan years is computed from; undefined while loading. */
export const useCompareData = (fromYear: number, toYear: number): CompareData | undefined => {
  return useScopedLiveQuery(
    async (db) => {
      const [organisation, units, actions, risks, assessments, matrix, indicators, kinds] =
        await Promise.all([
          readSetting(db, 'organisation'),
          db.units.toArray(),
          db.controlActions.where('year').anyOf([fromYear, toYear]).toArray(),
          db.risks.toArray(),
          db.assessments.toArray(),
          readMatrix(db),
          db.indicators.where('year').anyOf([fromYear, toYear]).toArray(),
          readTableKinds(db),
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
        indicators,
        kinds,
      };
    },
    [fromYear, toYear],
  );
};
