import type { PackageMergeRecord } from '../../../shared/domain/unit-package';
import type { MergeReport } from '../../../shared/packages/merge-report';
import { MergeReportSchema } from '../../../shared/packages/merge-report';
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { readSetting } from '../settings/settingsRepository';

/** The merge list shows this many; a city merges a few hundred packages a year. */
export const MERGE_HISTORY_LIMIT = 200;

export type MergeHistoryItem = PackageMergeRecord & { unitName: string };

/** Earlier merges, newest first, with their unit's name. undefined while loading. */
export const useMergeHistory = () => {
  return useScopedLiveQuery(async (db) => {
    const merges = (await db.packageMerges.toArray())
      .filter((merge) => merge.deletedAt === null)
      .sort((a, b) => (a.mergedAt < b.mergedAt ? 1 : a.mergedAt > b.mergedAt ? -1 : 0))
      .slice(0, MERGE_HISTORY_LIMIT);
    const units = await db.units.bulkGet([...new Set(merges.map((merge) => merge.unitId))]);
    const names = new Map(units.flatMap((unit) => (unit ? [[unit.id, unit.name]] : [])));
    return merges.map((merge) => ({ ...merge, unitName: names.get(merge.unitId) ?? '' }));
  }, []);
};

export type MergeReportData = {
  merge: PackageMergeRecord;
  report: MergeReport | null;
  unitName: string;
  organisationName: string;
  /** Names of the units, risks and rows the report's values refer to. */
  names: ReadonlyMap<string, string>;
  chainHead: string | null;
};

/** One merge with what its report shows; null when there is no such merge, undefined while loading. */
export const useMergeReport = (mergeId: string) => {
  return useScopedLiveQuery(
    async (db): Promise<MergeReportData | null> => {
      const merge = await db.packageMerges.get(mergeId);
      if (!merge) return null;
      const parsed = MergeReportSchema.safeParse(merge.report);
      const [units, risks, rows, organisation, head] = await Promise.all([
        db.units.toArray(),
        db.risks.where('unitId').equals(merge.unitId).toArray(),
        db.controlActions.where('[unitId+year]').equals([merge.unitId, merge.year]).toArray(),
        readSetting(db, 'organisation'),
        db.auditEvents.orderBy('seq').last(),
      ]);
      const names = new Map<string, string>([
        ...units.map((unit) => [unit.id, unit.name] as const),
        ...risks.map((risk) => [risk.id, risk.title] as const),
        ...rows.map((row) => [row.id, row.objective] as const),
      ]);
      return {
        merge,
        report: parsed.success ? parsed.data : null,
        unitName: names.get(merge.unitId) ?? '',
        organisationName: organisation?.name ?? '',
        names,
        chainHead: head?.hash ?? null,
      };
    },
    [mergeId],
  );
};
