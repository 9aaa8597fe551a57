import { useLiveQuery } from 'dexie-react-hooks';
import type { ReportData } from '../../../shared/reports/report-model';
import { useDatabase } from '../../db/DatabaseProvider';
import { readCategories, readMatrix } from '../risks/riskSettings';
import { readSetting } from '../settings/settingsRepository';
import { readStatement } from './reportStatementRepository';

/** Everything the reports of one year are computed from; undefined while loading. */
export const useReportData = (year: number, today: string): ReportData | undefined => {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [organisation, units, actions, risks, assessments, matrix, categories] =
      await Promise.all([
        readSetting(db, 'organisation'),
        db.units.toArray(),
        db.controlActions.where('year').equals(year).toArray(),
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
    };
  }, [db, year, today]);
};

export const useSavedStatement = (year: number, scopeUnitId: string) => {
  const db = useDatabase();
  return useLiveQuery(() => readStatement(db, year, scopeUnitId), [db, year, scopeUnitId]);
};

/** The newest audit event's hash: the chain head printed on every report. */
export const useChainHead = () => {
  const db = useDatabase();
  return useLiveQuery(async () => (await db.auditEvents.orderBy('seq').last())?.hash ?? null, [db]);
};
