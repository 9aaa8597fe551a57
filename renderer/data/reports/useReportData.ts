import type { ReportData } from '../../../shared/reports/report-model';
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { readCategories, readMatrix } from '../risks/riskSettings';
import { readSetting } from '../settings/settingsRepository';
import { prioritiesOf } from '../../../shared/domain/priority';
import { readPriorities, readTableKinds } from '../goals/goalSettings';
import { readStatement } from './reportStatementRepository';

/** Everything the reports of one year are computed from; undefined while loading. */
export const useReportData = (year: number, today: string): ReportData | undefined => {
  return useScopedLiveQuery(
    async (db) => {
      const [
        organisation,
        units,
        actions,
        indicators,
        kinds,
        priorities,
        risks,
        assessments,
        matrix,
        categories,
      ] = await Promise.all([
        readSetting(db, 'organisation'),
        db.units.toArray(),
        db.controlActions.where('year').equals(year).toArray(),
        db.indicators.where('year').equals(year).toArray(),
        readTableKinds(db),
        readPriorities(db),
        db.risks.toArray(),
        db.assessments.toArray(),
        readMatrix(db),
        readCategories(db),
      ]);
      return {
        organisationName: organisation?.name ?? '',
        year,
        today,
        units,
        actions,
        risks,
        assessments,
        matrix,
        categories,
        indicators,
        kinds,
        priorities: prioritiesOf(priorities, year),
      };
    },
    [year, today],
  );
};

export const useSavedStatement = (year: number, scopeUnitId: string) => {
  return useScopedLiveQuery((db) => readStatement(db, year, scopeUnitId), [year, scopeUnitId]);
};

/** The newest audit event's hash: the chain head printed on every report. */
export const useChainHead = () => {
  return useScopedLiveQuery(
    async (db) => (await db.auditEvents.orderBy('seq').last())?.hash ?? null,
    [],
  );
};
